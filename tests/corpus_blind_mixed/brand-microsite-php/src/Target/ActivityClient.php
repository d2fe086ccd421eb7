<?php

declare(strict_types=1);

namespace Acme\Microsite\Target;

use Acme\Microsite\Adobe\AccessTokenProvider;
use GuzzleHttp\ClientInterface;

final class ActivityClient
{
    public function __construct(
        private readonly AccessTokenProvider $tokens,
        private readonly ClientInterface $http,
        private readonly string $tenant,
        private readonly string $apiKey,
    ) {
    }

    /** @return list<array<string, mixed>> */
    public function listActivities(int $limit = 50): array
    {
        $res = $this->http->request('GET', "https://mc.adobe.io/{$this->tenant}/target/activities", [
            'headers' => [
                'Authorization' => 'Bearer ' . $this->tokens->getToken(),
                'X-Api-Key' => $this->apiKey,
                'Accept' => 'application/vnd.adobe.target.v3+json',
            ],
            'query' => ['limit' => $limit],
        ]);

        return json_decode((string) $res->getBody(), true)['activities'] ?? [];
    }
}
