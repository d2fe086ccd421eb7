<?php

namespace ExampleCorp\StockGallery\Adobe;

use Firebase\JWT\JWT;
use GuzzleHttp\Client;
use GuzzleHttp\Exception\GuzzleException;
use Psr\Log\LoggerInterface;

/**
 * Fetches a technical-account access token for the Stock licensing calls.
 */
final class ServiceToken
{
    private ?string $cached = null;
    private int $validUntil = 0;

    public function __construct(
        private readonly array $cfg,
        private readonly Client $http,
        private readonly LoggerInterface $logger,
    ) {
    }

    private function claims(): array
    {
        $base = $this->cfg['ims_base'];
        return [
            'exp' => time() + (int) $this->cfg['token_ttl'],
            'iss' => $this->cfg['org_id'],
            'sub' => $this->cfg['tech_account_id'],
            'aud' => $base . 'c/' . $this->cfg['api_key'],
            $base . 's/' . $this->cfg['metascope'] => true,
        ];
    }

    private function signedAssertion(): string
    {
        $pem = file_get_contents(dirname(__DIR__, 2) . '/' . $this->cfg['private_key']);
        return JWT::encode($this->claims(), $pem, 'RS256');
    }

    public function get(): string
    {
        if ($this->cached !== null && time() < $this->validUntil - 30) {
            return $this->cached;
        }
        try {
            $res = $this->http->post($this->cfg['ims_base'] . $this->cfg['exchange_uri'], [
                'form_params' => [
                    'client_id'     => $this->cfg['api_key'],
                    'client_secret' => $this->cfg['client_secret'],
                    'jwt_token'     => $this->signedAssertion(),
                ],
                'timeout' => 20,
            ]);
        } catch (GuzzleException $e) {
            $this->logger->error('Adobe IMS token call failed', ['exception' => $e->getMessage()]);
            throw $e;
        }
        $data = json_decode((string) $res->getBody(), true, 512, JSON_THROW_ON_ERROR);
        $this->cached = $data['access_token'];
        $this->validUntil = time() + intdiv((int) $data['expires_in'], 1000);
        return $this->cached;
    }
}
