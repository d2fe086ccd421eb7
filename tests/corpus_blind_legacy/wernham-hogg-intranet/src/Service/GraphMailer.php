<?php

namespace App\Service;

use Symfony\Contracts\HttpClient\HttpClientInterface;

/**
 * Sends the weekly branch newsletter through Microsoft Graph (app-only token).
 */
class GraphMailer
{
    private $http;
    private $tenantId;
    private $clientId;
    private $clientSecret;

    public function __construct(HttpClientInterface $http, string $tenantId, string $clientId, string $clientSecret)
    {
        $this->http = $http;
        $this->tenantId = $tenantId;
        $this->clientId = $clientId;
        $this->clientSecret = $clientSecret;
    }

    private function token(): string
    {
        $response = $this->http->request('POST', "https://login.microsoftonline.com/{$this->tenantId}/oauth2/v2.0/token", [
            'body' => [
                'grant_type' => 'client_credentials',
                'client_id' => $this->clientId,
                'client_secret' => $this->clientSecret,
                'scope' => 'https://graph.microsoft.com/.default',
            ],
        ]);

        return $response->toArray()['access_token'];
    }

    public function send(string $from, array $to, string $subject, string $html): void
    {
        $this->http->request('POST', "https://graph.microsoft.com/v1.0/users/{$from}/sendMail", [
            'auth_bearer' => $this->token(),
            'json' => [
                'message' => [
                    'subject' => $subject,
                    'body' => ['contentType' => 'HTML', 'content' => $html],
                    'toRecipients' => array_map(function ($a) { return ['emailAddress' => ['address' => $a]]; }, $to),
                ],
            ],
        ]);
    }
}
