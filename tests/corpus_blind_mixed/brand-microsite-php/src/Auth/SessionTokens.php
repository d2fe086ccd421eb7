<?php

declare(strict_types=1);

namespace Acme\Microsite\Auth;

use Firebase\JWT\JWT;
use Firebase\JWT\Key;

/**
 * Login tokens for the editors' preview area (our own JWTs, HS256).
 */
final class SessionTokens
{
    private const ISSUER = 'https://brand-microsite.acme-brands.example';

    public function __construct(private readonly string $secret)
    {
    }

    public function issue(string $editorId, array $roles): string
    {
        $now = time();
        return JWT::encode([
            'iss' => self::ISSUER,
            'aud' => 'preview',
            'sub' => $editorId,
            'roles' => $roles,
            'iat' => $now,
            'exp' => $now + 3600,
        ], $this->secret, 'HS256');
    }

    public function verify(string $token): object
    {
        return JWT::decode($token, new Key($this->secret, 'HS256'));
    }
}
