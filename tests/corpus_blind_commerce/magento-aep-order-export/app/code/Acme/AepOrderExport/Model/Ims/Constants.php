<?php
declare(strict_types=1);

namespace Acme\AepOrderExport\Model\Ims;

/**
 * Adobe IMS constants for the AEP order export (see docs/aep-export.md).
 */
final class Constants
{
    public const IMS_HOST = 'https://ims-na1.adobelogin.com/';
    public const AUTH_ENDPOINT = self::IMS_HOST . 'ims/exchange/jwt/';
    public const AUD_ENDPOINT_PREFIX = self::IMS_HOST . 'c/';
    public const METASCOPE_ENDPOINT_PREFIX = self::IMS_HOST . 's/';
    public const DEFAULT_METASCOPE = 'ent_dataservices_sdk';
    public const JWT_LIFETIME_SECONDS = 300;

    public const XML_PATH_CLIENT_ID = 'acme_aep/ims/client_id';
    public const XML_PATH_CLIENT_SECRET = 'acme_aep/ims/client_secret';
    public const XML_PATH_ORG_ID = 'acme_aep/ims/org_id';
    public const XML_PATH_TECHNICAL_ACCOUNT_ID = 'acme_aep/ims/technical_account_id';
    public const XML_PATH_PRIVATE_KEY_PATH = 'acme_aep/ims/private_key_path';
    public const XML_PATH_PRIVATE_KEY_PASSPHRASE = 'acme_aep/ims/private_key_passphrase';
    public const XML_PATH_METASCOPES = 'acme_aep/ims/metascopes';

    public const CACHE_KEY = 'acme_aep_ims_access_token';
}
