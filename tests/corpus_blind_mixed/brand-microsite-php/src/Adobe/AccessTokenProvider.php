<?php

declare(strict_types=1);

namespace Acme\Microsite\Adobe;

use Firebase\JWT\JWT;
use GuzzleHttp\ClientInterface;
use Psr\SimpleCache\CacheInterface;

/**
 * Fetches an Adobe I/O access token for the Target Admin API.
 * Based on the PHP sample from the Adobe I/O docs (2021).
 */
final class AccessTokenProvider
{
    private const IMS_HOST = 'https://ims-na1.adobelogin.com/';
    private const AUTH_ENDPOINT = self::IMS_HOST . 'ims/exchange/jwt/';
    private const AUD_ENDPOINT_PREFIX = self::IMS_HOST . 'c/';
    private const METASCOPE_ENDPOINT_PREFIX = self::IMS_HOST . 's/';
    private const CACHE_KEY = 'adobe_io_access_token';

    /** @param array<string, mixed> $config */
    public function __construct(
        private readonly array $config,
        private readonly ClientInterface $http,
        private readonly CacheInterface $cache,
    ) {
    }

    public function getToken(): string
    {
        $cached = $this->cache->get(self::CACHE_KEY);
        if (is_string($cached)) {
            return $cached;
        }

        $response = $this->http->request('POST', self::AUTH_ENDPOINT, [
            'form_params' => [
                'client_id' => $this->config['client_id'],
                'client_secret' => $this->config['client_secret'],
                'jwt_token' => $this->buildJwt(),
            ],
            'timeout' => 20,
        ]);

        $body = json_decode((string) $response->getBody(), true, 512, JSON_THROW_ON_ERROR);
        $ttl = (int) floor($body['expires_in'] / 1000);
        $this->cache->set(self::CACHE_KEY, $body['access_token'], max(60, $ttl - 300));

        return $body['access_token'];
    }

    private function buildJwt(): string
    {
        $payload = [
            'exp' => time() + 300,
            'iss' => $this->config['org_id'],
            'sub' => $this->config['technical_account_id'],
            'aud' => self::AUD_ENDPOINT_PREFIX . $this->config['client_id'],
        ];
        foreach ($this->config['metascopes'] as $metascope) {
            $payload[self::METASCOPE_ENDPOINT_PREFIX . $metascope] = true;
        }

        $privateKey = file_get_contents($this->config['private_key_path']);
        if ($privateKey === false) {
            throw new \RuntimeException('Cannot read Adobe private key');
        }

        return JWT::encode($payload, $privateKey, 'RS256');
    }
}
