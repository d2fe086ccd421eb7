<?php

namespace App\Services\Adobe;

use GuzzleHttp\Client;

class StockClient
{
    private $http;
    private $tokens;

    public function __construct(Client $http, AccessTokenProvider $tokens)
    {
        $this->http = $http;
        $this->tokens = $tokens;
    }

    public function search($words, $limit = 32, $offset = 0)
    {
        $response = $this->http->get(config('adobe.stock.search_url'), [
            'headers' => [
                'x-api-key' => config('adobe.client_id'),
                'x-product' => config('adobe.stock.product'),
                'Authorization' => 'Bearer ' . $this->tokens->getAccessToken(),
            ],
            'query' => [
                'search_parameters[words]' => $words,
                'search_parameters[limit]' => $limit,
                'search_parameters[offset]' => $offset,
                'search_parameters[filters][content_type:photo]' => 1,
            ],
        ]);

        return json_decode((string) $response->getBody(), true);
    }
}
