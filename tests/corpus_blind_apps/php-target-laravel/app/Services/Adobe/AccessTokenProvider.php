<?php

namespace App\Services\Adobe;

use GuzzleHttp\Client;
use Illuminate\Support\Facades\Cache;
use RuntimeException;

class AccessTokenProvider
{
    const IMS_HOST = 'https://ims-na1.adobelogin.com/';
    const AUTH_ENDPOINT = self::IMS_HOST . 'ims/exchange/jwt/';
    const AUD_ENDPOINT_PREFIX = self::IMS_HOST . 'c/';
    const METASCOPE_ENDPOINT_PREFIX = self::IMS_HOST . 's/';

    public function __construct(private Client $http)
    {
    }

    public function getAccessToken(): string
    {
        return Cache::remember('adobe.ims.access_token', now()->addHours(20), function () {
            $response = $this->http->post(self::AUTH_ENDPOINT, [
                'form_params' => [
                    'client_id' => config('adobe.client_id'),
                    'client_secret' => config('adobe.client_secret'),
                    'jwt_token' => $this->buildJwt(),
                ],
                'http_errors' => false,
            ]);
            $body = json_decode((string) $response->getBody(), true);
            if ($response->getStatusCode() !== 200) {
                throw new RuntimeException('IMS: ' . ($body['error_description'] ?? $response->getReasonPhrase()));
            }
            return $body['access_token'];
        });
    }

    private function buildJwt(): string
    {
        $payload = [
            'exp' => time() + 300,
            'iss' => config('adobe.org_id'),
            'sub' => config('adobe.technical_account_id'),
            'aud' => self::AUD_ENDPOINT_PREFIX . config('adobe.client_id'),
        ];
        foreach (config('adobe.metascopes') as $metascope) {
            $payload[self::METASCOPE_ENDPOINT_PREFIX . $metascope] = true;
        }

        $header = $this->b64(json_encode(['alg' => 'RS256', 'typ' => 'JWT']));
        $claims = $this->b64(json_encode($payload));
        $key = openssl_pkey_get_private(file_get_contents(base_path(config('adobe.private_key_path'))));
        openssl_sign("$header.$claims", $signature, $key, 'sha256');

        return "$header.$claims." . $this->b64($signature);
    }

    private function b64(string $raw): string
    {
        return rtrim(strtr(base64_encode($raw), '+/', '-_'), '=');
    }
}
