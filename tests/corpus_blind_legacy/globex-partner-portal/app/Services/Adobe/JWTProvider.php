<?php

namespace App\Services\Adobe;

use Firebase\JWT\JWT;

/**
 * Builds the signed JWT for the Adobe I/O Service Account integration.
 * Ported from the Adobe I/O PHP sample.
 */
class JWTProvider
{
    const AUD_ENDPOINT_PREFIX = AccessTokenProvider::IMS_HOST . 'c/';
    const METASCOPE_ENDPOINT_PREFIX = AccessTokenProvider::IMS_HOST . 's/';

    /**
     * @return string
     */
    public function getJwt()
    {
        $payload = [
            'exp' => time() + 60 * 60 * 24,
            'iss' => config('adobe.org_id'),
            'sub' => config('adobe.technical_account_id'),
            'aud' => self::AUD_ENDPOINT_PREFIX . config('adobe.client_id'),
        ];

        foreach (config('adobe.metascopes') as $metascope) {
            $payload[self::METASCOPE_ENDPOINT_PREFIX . trim($metascope)] = true;
        }

        $privateKey = file_get_contents(config('adobe.private_key_path'));

        return JWT::encode($payload, $privateKey, 'RS256');
    }
}
