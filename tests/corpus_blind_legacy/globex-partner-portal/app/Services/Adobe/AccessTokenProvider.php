<?php

namespace App\Services\Adobe;

use GuzzleHttp\Client;
use Illuminate\Support\Facades\Cache;
use Illuminate\Support\Facades\Log;

class AccessTokenProvider
{
    const IMS_HOST = 'https://ims-na1.adobelogin.com/';
    const AUTH_ENDPOINT = self::IMS_HOST . 'ims/exchange/jwt/';
    const CACHE_KEY = 'adobe.ims.access_token';

    /** @var Client */
    private $http;

    /** @var JWTProvider */
    private $jwtProvider;

    public function __construct(Client $http, JWTProvider $jwtProvider)
    {
        $this->http = $http;
        $this->jwtProvider = $jwtProvider;
    }

    public function getAccessToken()
    {
        // cache for 23 minutes, far below the token lifetime
        return Cache::remember(self::CACHE_KEY, 23, function () {
            return $this->doAdobeIOAuth();
        });
    }

    private function doAdobeIOAuth()
    {
        $response = $this->http->post(self::AUTH_ENDPOINT, [
            'form_params' => [
                'client_id' => config('adobe.client_id'),
                'client_secret' => config('adobe.client_secret'),
                'jwt_token' => $this->jwtProvider->getJwt(),
            ],
            'http_errors' => false,
        ]);

        $body = json_decode((string) $response->getBody(), true);
        if ($response->getStatusCode() !== 200 || empty($body['access_token'])) {
            Log::error('Adobe IMS token request failed', ['status' => $response->getStatusCode(), 'body' => $body]);
            throw new \RuntimeException('Unable to obtain Adobe access token');
        }

        return $body['access_token'];
    }
}
