<?php

declare(strict_types=1);

namespace Acme\Target\Webhook;

use Firebase\JWT\JWT;
use Firebase\JWT\Key;

/** Verifies the HS256 token that our deploy bot sends with activity-toggle webhooks. */
final class SignatureVerifier
{
    public function __construct(private string $secret)
    {
    }

    public function verify(string $token): array
    {
        $claims = (array) JWT::decode($token, new Key($this->secret, 'HS256'));
        if (($claims['iss'] ?? '') !== 'acme-deploy-bot') {
            throw new \UnexpectedValueException('unexpected issuer');
        }
        return $claims;
    }
}
