<?php

namespace ExampleCorp\StockGallery\Adobe;

use GuzzleHttp\Client;

final class StockClient
{
    public function __construct(
        private readonly array $cfg,
        private readonly Client $http,
        private readonly ServiceToken $token,
    ) {
    }

    public function search(string $words, int $limit = 24): array
    {
        $res = $this->http->get($this->cfg['stock_api'] . 'Media/1/Search/Files', [
            'headers' => [
                'x-api-key' => $this->cfg['api_key'],
                'x-product' => $_ENV['STOCK_PRODUCT'] ?? 'StockGallery/1.0',
            ],
            'query' => ['search_parameters[words]' => $words, 'search_parameters[limit]' => $limit],
        ]);
        return json_decode((string) $res->getBody(), true)['files'] ?? [];
    }

    public function license(int $contentId): array
    {
        $res = $this->http->get($this->cfg['stock_api'] . 'Libraries/1/Content/License', [
            'headers' => [
                'x-api-key' => $this->cfg['api_key'],
                'x-product' => $_ENV['STOCK_PRODUCT'] ?? 'StockGallery/1.0',
                'Authorization' => 'Bearer ' . $this->token->get(),
            ],
            'query' => ['content_id' => $contentId, 'license' => 'Standard'],
        ]);
        return json_decode((string) $res->getBody(), true);
    }
}
