<?php
// Based on the Adobe Developer Console sample samples/adobe-jwt-php

class JWTProvider
{
    private static function b64url(string $data): string
    {
        return rtrim(strtr(base64_encode($data), '+/', '-_'), '=');
    }

    public static function sign(array $payload, $privateKey): string
    {
        $header = self::b64url(json_encode(['alg' => 'RS256', 'typ' => 'JWT']));
        $body = self::b64url(json_encode($payload));
        openssl_sign("$header.$body", $signature, $privateKey, 'sha256');
        return "$header.$body." . self::b64url($signature);
    }
}

class AccessTokenProvider
{
    const IMS_HOST = 'https://ims-na1.adobelogin.com/';
    const AUTH_ENDPOINT = self::IMS_HOST . 'ims/exchange/jwt/';
    const AUD_ENDPOINT_PREFIX = self::IMS_HOST . 'c/';
    const METASCOPE_ENDPOINT_PREFIX = self::IMS_HOST . 's/';

    private $privateKey;

    public function __construct(string $privateKeyPath)
    {
        $this->privateKey = openssl_pkey_get_private('file://' . $privateKeyPath);
    }

    public function doAdobeIOAuth(array $cfg): array
    {
        $payload = [
            'exp' => time() + 60 * 60,
            'iss' => $cfg['org_id'],
            'sub' => $cfg['technical_account_id'],
            'aud' => self::AUD_ENDPOINT_PREFIX . $cfg['api_key'],
        ];
        foreach ($cfg['metascopes'] as $metascope) {
            $payload[self::METASCOPE_ENDPOINT_PREFIX . $metascope] = true;
        }
        $jwt = JWTProvider::sign($payload, $this->privateKey);

        $ch = curl_init(self::AUTH_ENDPOINT);
        curl_setopt($ch, CURLOPT_POST, true);
        curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
        curl_setopt($ch, CURLOPT_POSTFIELDS, http_build_query([
            'client_id' => $cfg['api_key'],
            'client_secret' => $cfg['client_secret'],
            'jwt_token' => $jwt,
        ]));
        $response = json_decode(curl_exec($ch), true);
        curl_close($ch);
        return $response;
    }
}

$cfg = [
    'api_key' => getenv('API_KEY'),
    'client_secret' => getenv('CLIENT_SECRET'),
    'org_id' => getenv('ORG_ID'),
    'technical_account_id' => getenv('TECH_ACCOUNT_ID'),
    'metascopes' => explode(',', getenv('METASCOPE_NAME')),
    'private_key_path' => getenv('PRIVATE_KEY_FILE'),
];
$provider = new AccessTokenProvider($cfg['private_key_path']);
print_r($provider->doAdobeIOAuth($cfg));
