<?php

/*
|--------------------------------------------------------------------------
| Adobe I/O
|--------------------------------------------------------------------------
|
| Intégration « Globex Partner Portal » (compte de service / JWT), créée par
| Hélène Lefèvre en 2018. La clé privée générée par la Console développeur est
| déposée dans storage/app/adobe/ (ne pas la régénérer sans prévenir l'équipe).
|
*/

return [

    'ims_host' => env('ADOBE_IMS_HOST', 'https://ims-na1.adobelogin.com/'),

    'client_id' => env('ADOBE_CLIENT_ID'),
    'client_secret' => env('ADOBE_CLIENT_SECRET'),
    'org_id' => env('ADOBE_ORG_ID'),

    'technical_account_id' => env('ADOBE_TECHNICAL_ACCOUNT_ID'),
    'metascopes' => explode(',', env('ADOBE_METASCOPES', 'ent_stocksearch_sdk')),
    'private_key_path' => base_path(env('ADOBE_PRIVATE_KEY_PATH', 'storage/app/adobe/private.key')),

    'stock' => [
        'search_url' => 'https://stock.adobe.io/Rest/Media/1/Search/Files',
        'product' => 'GlobexPartnerPortal/2.3',
    ],

    // Utilisateurs (connexion « Sign in with Adobe »), identifiant OAuth Web App
    'signin' => [
        'client_id' => env('ADOBE_SIGNIN_CLIENT_ID'),
        'client_secret' => env('ADOBE_SIGNIN_CLIENT_SECRET'),
        'redirect_uri' => env('ADOBE_SIGNIN_REDIRECT_URI'),
        'scopes' => ['openid', 'AdobeID', 'email', 'profile'],
    ],

];
