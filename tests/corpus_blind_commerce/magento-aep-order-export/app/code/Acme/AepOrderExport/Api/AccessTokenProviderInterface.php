<?php
declare(strict_types=1);

namespace Acme\AepOrderExport\Api;

interface AccessTokenProviderInterface
{
    /**
     * Bearer token for Adobe Experience Platform APIs.
     *
     * @throws \RuntimeException
     */
    public function getAccessToken(): string;
}
