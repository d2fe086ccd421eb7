<?php
declare(strict_types=1);

namespace Acme\AepOrderExport\Model\Ims;

use Magento\Framework\App\CacheInterface;
use Magento\Framework\Encryption\EncryptorInterface;

class TokenCache
{
    public function __construct(
        private readonly CacheInterface $cache,
        private readonly EncryptorInterface $encryptor
    ) {
    }

    public function load(): ?string
    {
        $value = $this->cache->load(Constants::CACHE_KEY);

        return $value ? $this->encryptor->decrypt($value) : null;
    }

    public function save(string $token, int $lifetime): void
    {
        $this->cache->save(
            $this->encryptor->encrypt($token),
            Constants::CACHE_KEY,
            ['acme_aep'],
            max(60, $lifetime)
        );
    }

    public function clean(): void
    {
        $this->cache->remove(Constants::CACHE_KEY);
    }
}
