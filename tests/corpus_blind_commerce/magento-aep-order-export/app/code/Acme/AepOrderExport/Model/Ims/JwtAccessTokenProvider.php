<?php
declare(strict_types=1);

namespace Acme\AepOrderExport\Model\Ims;

use Acme\AepOrderExport\Api\AccessTokenProviderInterface;
use Firebase\JWT\JWT;
use Magento\Framework\App\Config\ScopeConfigInterface;
use Magento\Framework\Encryption\EncryptorInterface;
use Magento\Framework\HTTP\Client\CurlFactory;
use Magento\Framework\Serialize\Serializer\Json;
use Psr\Log\LoggerInterface;

class JwtAccessTokenProvider implements AccessTokenProviderInterface
{
    /**
     * @param string[] $metascopes
     */
    public function __construct(
        private readonly ScopeConfigInterface $scopeConfig,
        private readonly EncryptorInterface $encryptor,
        private readonly CurlFactory $curlFactory,
        private readonly Json $json,
        private readonly TokenCache $tokenCache,
        private readonly LoggerInterface $logger,
        private readonly array $metascopes = []
    ) {
    }

    public function getAccessToken(): string
    {
        $cached = $this->tokenCache->load();
        if ($cached !== null) {
            return $cached;
        }

        $clientId = (string)$this->scopeConfig->getValue(Constants::XML_PATH_CLIENT_ID);
        $clientSecret = $this->encryptor->decrypt(
            (string)$this->scopeConfig->getValue(Constants::XML_PATH_CLIENT_SECRET)
        );

        $curl = $this->curlFactory->create();
        $curl->setTimeout(30);
        $curl->post(Constants::AUTH_ENDPOINT, [
            'client_id' => $clientId,
            'client_secret' => $clientSecret,
            'jwt_token' => $this->createSignedJwt($clientId),
        ]);

        if ($curl->getStatus() !== 200) {
            $this->logger->error('Adobe IMS token request failed', [
                'status' => $curl->getStatus(),
                'body' => $curl->getBody(),
            ]);
            throw new \RuntimeException('Unable to obtain an Adobe IMS access token.');
        }

        $response = $this->json->unserialize($curl->getBody());
        // IMS answers with expires_in in milliseconds; keep a one minute safety margin.
        $ttl = (int)floor($response['expires_in'] / 1000) - 60;
        $this->tokenCache->save($response['access_token'], $ttl);

        return $response['access_token'];
    }

    private function createSignedJwt(string $clientId): string
    {
        $payload = [
            'exp' => time() + Constants::JWT_LIFETIME_SECONDS,
            'iss' => (string)$this->scopeConfig->getValue(Constants::XML_PATH_ORG_ID),
            'sub' => (string)$this->scopeConfig->getValue(Constants::XML_PATH_TECHNICAL_ACCOUNT_ID),
            'aud' => Constants::AUD_ENDPOINT_PREFIX . $clientId,
        ];
        foreach ($this->getMetascopes() as $metascope) {
            $payload[Constants::METASCOPE_ENDPOINT_PREFIX . $metascope] = true;
        }

        $keyFile = BP . '/' . ltrim((string)$this->scopeConfig->getValue(Constants::XML_PATH_PRIVATE_KEY_PATH), '/');
        $passphrase = $this->encryptor->decrypt(
            (string)$this->scopeConfig->getValue(Constants::XML_PATH_PRIVATE_KEY_PASSPHRASE)
        );
        $privateKey = openssl_pkey_get_private('file://' . $keyFile, $passphrase);
        if ($privateKey === false) {
            throw new \RuntimeException(sprintf('Cannot read Adobe private key at %s', $keyFile));
        }

        return JWT::encode($payload, $privateKey, 'RS256');
    }

    /**
     * @return string[]
     */
    private function getMetascopes(): array
    {
        $configured = (string)$this->scopeConfig->getValue(Constants::XML_PATH_METASCOPES);
        if ($configured !== '') {
            return array_filter(array_map('trim', explode(',', $configured)));
        }

        return $this->metascopes ?: [Constants::DEFAULT_METASCOPE];
    }
}
