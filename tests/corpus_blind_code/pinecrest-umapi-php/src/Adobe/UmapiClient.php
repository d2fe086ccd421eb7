<?php

declare(strict_types=1);

namespace Pinecrest\Provisioning\Adobe;

use GuzzleHttp\ClientInterface;

class UmapiClient
{
    public function __construct(
        private readonly ClientInterface $http,
        private readonly AccessTokenProvider $tokens,
        private readonly string $orgId,
        private readonly string $clientId,
    ) {
    }

    /**
     * @param array<int, array<string, mixed>> $commands
     */
    public function action(array $commands): array
    {
        $response = $this->http->request('POST', ImsEndpoints::UMAPI_BASE . '/action/' . $this->orgId, [
            'headers' => [
                'Authorization' => 'Bearer ' . $this->tokens->getAccessToken(),
                'X-Api-Key' => $this->clientId,
                'Content-Type' => 'application/json',
            ],
            'json' => $commands,
        ]);

        return json_decode((string) $response->getBody(), true, 512, JSON_THROW_ON_ERROR);
    }

    public function addToGroup(string $email, string $group): array
    {
        return $this->action([[
            'user' => $email,
            'requestID' => 'pinecrest-' . bin2hex(random_bytes(4)),
            'do' => [
                ['createFederatedID' => ['email' => $email, 'country' => 'US', 'option' => 'ignoreIfAlreadyExists']],
                ['add' => ['group' => [$group]]],
            ],
        ]]);
    }
}
