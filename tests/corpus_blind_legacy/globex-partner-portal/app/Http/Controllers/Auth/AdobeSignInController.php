<?php

namespace App\Http\Controllers\Auth;

use App\Http\Controllers\Controller;
use App\User;
use Illuminate\Http\Request;
use Illuminate\Support\Facades\Auth;
use League\OAuth2\Client\Provider\GenericProvider;

/**
 * "Sign in with Adobe" for partner designers (Adobe IMS user login, authorization code flow).
 */
class AdobeSignInController extends Controller
{
    private function provider()
    {
        return new GenericProvider([
            'clientId' => config('adobe.signin.client_id'),
            'clientSecret' => config('adobe.signin.client_secret'),
            'redirectUri' => config('adobe.signin.redirect_uri'),
            'urlAuthorize' => 'https://ims-na1.adobelogin.com/ims/authorize/v2',
            'urlAccessToken' => 'https://ims-na1.adobelogin.com/ims/token/v3',
            'urlResourceOwnerDetails' => 'https://ims-na1.adobelogin.com/ims/userinfo/v2',
            'scopes' => config('adobe.signin.scopes'),
            'scopeSeparator' => ',',
        ]);
    }

    public function redirect(Request $request)
    {
        $provider = $this->provider();
        $url = $provider->getAuthorizationUrl();
        $request->session()->put('adobe_oauth_state', $provider->getState());

        return redirect()->away($url);
    }

    public function callback(Request $request)
    {
        abort_unless($request->get('state') === $request->session()->pull('adobe_oauth_state'), 403);

        $provider = $this->provider();
        $token = $provider->getAccessToken('authorization_code', [
            'code' => $request->get('code'),
        ]);
        $owner = $provider->getResourceOwner($token)->toArray();

        $user = User::firstOrCreate(['email' => $owner['email']], ['name' => $owner['name'] ?? $owner['email']]);
        Auth::login($user, true);

        return redirect()->intended('/dashboard');
    }
}
