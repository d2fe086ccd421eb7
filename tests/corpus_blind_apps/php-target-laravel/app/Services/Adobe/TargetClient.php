<?php

namespace App\Services\Adobe;

use GuzzleHttp\Client;

class TargetClient
{
    public function __construct(private Client $http, private AccessTokenProvider $tokens)
    {
    }

    public function activities(int $limit = 50): array
    {
        return $this->get('target/activities', ['limit' => $limit, 'sortBy' => '-modifiedAt']);
    }

    public function performance(int $activityId): array
    {
        return $this->get("target/activities/ab/{$activityId}/report/performance");
    }

    private function get(string $path, array $query = []): array
    {
        $uri = sprintf('%s%s/%s', config('adobe.target.base_uri'), config('adobe.target.tenant'), $path);
        $response = $this->http->get($uri, [
            'query' => $query,
            'headers' => [
                'Authorization' => 'Bearer ' . $this->tokens->getAccessToken(),
                'X-Api-Key' => config('adobe.client_id'),
                'Accept' => 'application/vnd.adobe.target.v3+json',
            ],
        ]);
        return json_decode((string) $response->getBody(), true);
    }
}
