<?php

declare(strict_types=1);

namespace Pinecrest\Provisioning\Adobe;

/**
 * Adobe endpoints used by the provisioning job.
 */
final class ImsEndpoints
{
    public const IMS_HOST = 'https://ims-na1.adobelogin.com/';
    public const AUTH_ENDPOINT = self::IMS_HOST . 'ims/exchange/jwt/';
    public const AUD_ENDPOINT_PREFIX = self::IMS_HOST . 'c/';
    public const METASCOPE_ENDPOINT_PREFIX = self::IMS_HOST . 's/';

    public const UMAPI_BASE = 'https://usermanagement.adobe.io/v2/usermanagement';

    private function __construct()
    {
    }
}
