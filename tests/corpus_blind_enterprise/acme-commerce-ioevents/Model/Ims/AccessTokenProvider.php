<?php
declare(strict_types=1);

namespace Acme\IoEvents\Model\Ims;

use Magento\Framework\App\CacheInterface;
use Magento\Framework\App\Config\ScopeConfigInterface;
use Magento\Framework\Encryption\EncryptorInterface;
use Magento\Framework\Exception\LocalizedException;
use Magento\Framework\HTTP\Client\CurlFactory;
use Magento\Framework\Module\Dir\Reader as ModuleDirReader;
use Magento\Framework\Serialize\Serializer\Json;

/**
 * Obtains an Adobe IMS access token for the I/O Events ingress.
 * Ported from the Adobe I/O PHP sample (JWTProvider::doAdobeIOAuth) in 2021.
 */
class AccessTokenProvider
{
    private const CACHE_KEY = 'acme_ioevents_ims_token';
    private const XML_IMS = 'acme_ioevents/ims/';

    private ScopeConfigInterface $scopeConfig;
    private EncryptorInterface $encryptor;
    private CurlFactory $curlFactory;
    private CacheInterface $cache;
    private Json $json;
    private ModuleDirReader $moduleDirReader;

    public function __construct(
        ScopeConfigInterface $scopeConfig,
        EncryptorInterface $encryptor,
        CurlFactory $curlFactory,
        CacheInterface $cache,
        Json $json,
        ModuleDirReader $moduleDirReader
    ) {
        $this->scopeConfig = $scopeConfig;
        $this->encryptor = $encryptor;
        $this->curlFactory = $curlFactory;
        $this->cache = $cache;
        $this->json = $json;
        $this->moduleDirReader = $moduleDirReader;
    }

    public function getAccessToken(): string
    {
        $cached = $this->cache->load(self::CACHE_KEY);
        if ($cached) {
            return $cached;
        }

        $host = rtrim((string) $this->conf('host'), '/') . '/';
        $claims = [
            'exp' => time() + (int) $this->conf('jwt_ttl'),
            'iss' => $this->conf('org_id'),
            'sub' => $this->conf('technical_account_id'),
            'aud' => $host . 'c/' . $this->conf('client_id'),
        ];
        foreach (explode(',', (string) $this->conf('meta_scopes')) as $scope) {
            $claims[$host . 's/' . trim($scope)] = true;
        }

        $curl = $this->curlFactory->create();
        $curl->addHeader('Cache-Control', 'no-cache');
        $curl->post($host . $this->conf('exchange_path'), [
            'client_id' => $this->conf('client_id'),
            'client_secret' => $this->encryptor->decrypt((string) $this->conf('client_secret')),
            'jwt_token' => $this->sign($claims),
        ]);
        if ($curl->getStatus() !== 200) {
            throw new LocalizedException(__('Adobe IMS token request failed: %1', $curl->getBody()));
        }

        $data = $this->json->unserialize($curl->getBody());
        // IMS sends expires_in in milliseconds; keep a 60 s safety margin
        $ttl = (int) floor($data['expires_in'] / 1000) - 60;
        $this->cache->save($data['access_token'], self::CACHE_KEY, ['acme_ioevents'], $ttl);

        return $data['access_token'];
    }

    private function sign(array $claims): string
    {
        $header = $this->base64Url((string) json_encode(['alg' => 'RS256', 'typ' => 'JWT']));
        $payload = $this->base64Url((string) json_encode($claims));
        $keyFile = $this->moduleDirReader->getModuleDir('', 'Acme_IoEvents') . '/' . $this->conf('private_key_path');
        $key = openssl_pkey_get_private('file://' . $keyFile);
        if ($key === false) {
            throw new LocalizedException(__('Cannot read the I/O private key at %1', $keyFile));
        }
        openssl_sign($header . '.' . $payload, $signature, $key, OPENSSL_ALGO_SHA256);

        return $header . '.' . $payload . '.' . $this->base64Url($signature);
    }

    private function base64Url(string $data): string
    {
        return rtrim(strtr(base64_encode($data), '+/', '-_'), '=');
    }

    private function conf(string $field)
    {
        return $this->scopeConfig->getValue(self::XML_IMS . $field);
    }
}
