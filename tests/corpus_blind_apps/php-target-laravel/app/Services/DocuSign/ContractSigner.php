<?php

namespace App\Services\DocuSign;

use Firebase\JWT\JWT;
use GuzzleHttp\Client;

/**
 * Supplier contracts are sent through DocuSign eSignature.
 * JWT Grant (impersonation of the contracts@ user) -- DocuSign's own OAuth, not Adobe.
 */
class ContractSigner
{
    public function __construct(private Client $http)
    {
    }

    public function accessToken(): string
    {
        $cfg = config('docusign');
        $now = time();
        $assertion = JWT::encode([
            'iss' => $cfg['integration_key'],
            'sub' => $cfg['user_id'],
            'aud' => $cfg['auth_server'],
            'iat' => $now,
            'exp' => $now + 3600,
            'scope' => 'signature impersonation',
        ], file_get_contents($cfg['private_key_path']), 'RS256');

        $response = $this->http->post('https://' . $cfg['auth_server'] . '/oauth/token', [
            'form_params' => [
                'grant_type' => 'urn:ietf:params:oauth:grant-type:jwt-bearer',
                'assertion' => $assertion,
            ],
        ]);

        return json_decode((string) $response->getBody(), true)['access_token'];
    }
}
