<?php

return [

    /*
    |--------------------------------------------------------------------------
    | Adobe I/O (Target Admin API)
    |--------------------------------------------------------------------------
    | Console project "Recs Admin - Target". Key pair lives in storage/adobe
    | (see storage/adobe/README.txt).
    */

    'ims_host' => env('ADOBE_IMS_HOST', 'https://ims-na1.adobelogin.com/'),
    'client_id' => env('ADOBE_CLIENT_ID'),
    'client_secret' => env('ADOBE_CLIENT_SECRET'),
    'org_id' => env('ADOBE_ORG_ID'),
    'technical_account_id' => env('ADOBE_TECH_ACCOUNT_ID'),
    'private_key_path' => env('ADOBE_PRIVATE_KEY_PATH', storage_path('adobe/private.key')),
    'metascopes' => ['ent_marketing_sdk'],

    'target' => [
        'tenant' => env('ADOBE_TARGET_TENANT', 'northwindretail'),
        'base_uri' => 'https://mc.adobe.io/',
    ],
];
