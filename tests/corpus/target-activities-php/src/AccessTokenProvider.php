<?php

declare(strict_types=1);

namespace Acme\Target;

use GuzzleHttp\Client;

/**
 * Gets an IMS access token for the Target Admin API.
 * Based on Adobe's adobe-jwt-php sample.
 */
class AccessTokenProvider
{
    const IMS_HOST = 'https://ims-na1.adobelogin.com/';
    const AUTH_ENDPOINT = self::IMS_HOST . 'ims/exchange/jwt/';
    const AUD_ENDPOINT_PREFIX = self::IMS_HOST . 'c/';
    const METASCOPE_ENDPOINT_PREFIX = self::IMS_HOST . 's/';

    private array $config;

    public function __construct(string $iniFile)
    {
        $this->config = parse_ini_file($iniFile, true)['adobe'];
    }

    public function getAccessToken(): string
    {
        $payload = [
            'exp' => time() + 300,
            'iss' => $this->config['org_id'],
            'sub' => $this->config['technical_account_id'],
            'aud' => self::AUD_ENDPOINT_PREFIX . $this->config['client_id'],
            self::METASCOPE_ENDPOINT_PREFIX . $this->config['metascopes'] => true,
        ];
        $jwt = $this->sign($payload);

        $response = (new Client())->post(self::AUTH_ENDPOINT, [
            'form_params' => [
                'client_id' => $this->config['client_id'],
                'client_secret' => $this->config['client_secret'],
                'jwt_token' => $jwt,
            ],
        ]);
        $body = json_decode((string) $response->getBody(), true);

        return $body['access_token'];
    }

    private function sign(array $payload): string
    {
        $header = $this->b64(json_encode(['alg' => 'RS256', 'typ' => 'JWT']));
        $body = $this->b64(json_encode($payload));
        $key = openssl_pkey_get_private(file_get_contents($this->config['private_key_path']));
        openssl_sign("$header.$body", $signature, $key, 'sha256');

        return "$header.$body." . $this->b64($signature);
    }

    private function b64(string $data): string
    {
        return rtrim(strtr(base64_encode($data), '+/', '-_'), '=');
    }
}
