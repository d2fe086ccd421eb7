<?php

namespace Drupal\acs_sync\Auth;

use Drupal\Core\Config\ImmutableConfig;
use Drupal\Core\State\StateInterface;
use GuzzleHttp\ClientInterface;

/**
 * OAuth Server-to-Server token provider (client credentials).
 */
class OAuthTokenProvider implements TokenProviderInterface {

  const TOKEN_ENDPOINT = 'https://ims-na1.adobelogin.com/ims/token/v3';
  const STATE_KEY = 'acs_sync.oauth_token';

  public function __construct(
    protected ImmutableConfig $config,
    protected ClientInterface $httpClient,
    protected StateInterface $state,
  ) {}

  public function getToken(): string {
    $cached = $this->state->get(self::STATE_KEY);
    if ($cached && $cached['expires'] > time() + 60) {
      return $cached['token'];
    }
    $response = $this->httpClient->request('POST', self::TOKEN_ENDPOINT, [
      'form_params' => [
        'grant_type' => 'client_credentials',
        'client_id' => $this->config->get('client_id'),
        'client_secret' => $this->config->get('client_secret'),
        'scope' => implode(',', $this->config->get('oauth_scopes')),
      ],
      'timeout' => 20,
    ]);
    $body = json_decode((string) $response->getBody(), TRUE);
    $this->state->set(self::STATE_KEY, [
      'token' => $body['access_token'],
      'expires' => time() + (int) $body['expires_in'],
    ]);
    return $body['access_token'];
  }

}
