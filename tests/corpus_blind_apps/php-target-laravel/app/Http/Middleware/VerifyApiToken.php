<?php

namespace App\Http\Middleware;

use Closure;
use Firebase\JWT\JWT;
use Firebase\JWT\Key;
use Illuminate\Http\Request;

/** Tokens for the internal reporting API (issued by our own SSO bridge). */
class VerifyApiToken
{
    public function handle(Request $request, Closure $next)
    {
        $token = $request->bearerToken();
        abort_unless($token, 401);
        try {
            $claims = JWT::decode($token, new Key(config('app.jwt_secret'), 'HS256'));
        } catch (\Throwable $e) {
            abort(401);
        }
        $request->attributes->set('api_user', $claims->sub);
        return $next($request);
    }
}
