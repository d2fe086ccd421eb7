<?php

declare(strict_types=1);

namespace Pinecrest\Provisioning\Adobe;

use Firebase\JWT\JWT;
use GuzzleHttp\ClientInterface;
use Psr\Log\LoggerInterface;
use RuntimeException;

class AccessTokenProvider
{
    private ?string $token = null;
    private int $expiresAt = 0;

    /**
     * @param string[] $metascopes
     */
    public function __construct(
        private readonly ClientInterface $http,
        private readonly LoggerInterface $logger,
        private readonly string $orgId,
        private readonly string $clientId,
        private readonly string $clientSecret,
        private readonly string $technicalAccountId,
        private readonly string $privateKey,
        private readonly array $metascopes,
    ) {
    }

    public static function fromConfig(array $cfg, ClientInterface $http, LoggerInterface $logger): self
    {
        $key = file_get_contents($cfg['private_key_path']);
        if ($key === false) {
            throw new RuntimeException('cannot read Adobe private key at ' . $cfg['private_key_path']);
        }

        return new self($http, $logger, $cfg['org_id'], $cfg['client_id'], $cfg['client_secret'],
            $cfg['technical_account_id'], $key, $cfg['metascopes']);
    }

    public function getAccessToken(): string
    {
        if ($this->token !== null && $this->expiresAt > time() + 60) {
            return $this->token;
        }

        $payload = [
            'exp' => time() + 60 * 60 * 24,
            'iss' => $this->orgId,
            'sub' => $this->technicalAccountId,
            'aud' => ImsEndpoints::AUD_ENDPOINT_PREFIX . $this->clientId,
        ];
        foreach ($this->metascopes as $metascope) {
            $payload[ImsEndpoints::METASCOPE_ENDPOINT_PREFIX . trim($metascope)] = true;
        }

        $jwt = JWT::encode($payload, $this->privateKey, 'RS256');

        $response = $this->http->request('POST', ImsEndpoints::AUTH_ENDPOINT, [
            'form_params' => [
                'client_id' => $this->clientId,
                'client_secret' => $this->clientSecret,
                'jwt_token' => $jwt,
            ],
            'http_errors' => false,
        ]);

        $body = json_decode((string) $response->getBody(), true, 512, JSON_THROW_ON_ERROR);
        if ($response->getStatusCode() !== 200) {
            $this->logger->error('IMS token request failed', ['status' => $response->getStatusCode(), 'error' => $body['error'] ?? null]);
            throw new RuntimeException('Adobe IMS: ' . ($body['error_description'] ?? 'unknown error'));
        }

        $this->token = $body['access_token'];
        $this->expiresAt = time() + intdiv((int) $body['expires_in'], 1000);

        return $this->token;
    }
}
