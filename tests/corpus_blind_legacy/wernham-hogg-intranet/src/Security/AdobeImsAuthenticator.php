<?php

namespace App\Security;

use App\Entity\Employee;
use Doctrine\ORM\EntityManagerInterface;
use KnpU\OAuth2ClientBundle\Client\ClientRegistry;
use KnpU\OAuth2ClientBundle\Security\Authenticator\SocialAuthenticator;
use Symfony\Component\HttpFoundation\RedirectResponse;
use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\Security\Core\Authentication\Token\TokenInterface;
use Symfony\Component\Security\Core\Exception\AuthenticationException;
use Symfony\Component\Security\Core\User\UserProviderInterface;

/**
 * Adobe ID sign-in (authorization code grant) for the creative team.
 */
class AdobeImsAuthenticator extends SocialAuthenticator
{
    private $clients;
    private $em;

    public function __construct(ClientRegistry $clients, EntityManagerInterface $em)
    {
        $this->clients = $clients;
        $this->em = $em;
    }

    public function supports(Request $request)
    {
        return $request->attributes->get('_route') === 'connect_adobe_check';
    }

    public function getCredentials(Request $request)
    {
        return $this->fetchAccessToken($this->clients->getClient('adobe'));
    }

    public function getUser($credentials, UserProviderInterface $userProvider)
    {
        $owner = $this->clients->getClient('adobe')->fetchUserFromToken($credentials)->toArray();

        return $this->em->getRepository(Employee::class)->findOneBy(['email' => strtolower($owner['email'])]);
    }

    public function onAuthenticationSuccess(Request $request, TokenInterface $token, $providerKey)
    {
        return new RedirectResponse('/creative');
    }

    public function onAuthenticationFailure(Request $request, AuthenticationException $exception)
    {
        return new RedirectResponse('/login?error=adobe');
    }

    public function start(Request $request, AuthenticationException $authException = null)
    {
        return new RedirectResponse('/connect/adobe');
    }
}
