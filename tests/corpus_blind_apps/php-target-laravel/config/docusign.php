<?php

return [
    'integration_key' => env('DOCUSIGN_INTEGRATION_KEY'),
    'user_id' => env('DOCUSIGN_USER_ID'),
    'account_id' => env('DOCUSIGN_ACCOUNT_ID'),
    'auth_server' => env('DOCUSIGN_AUTH_SERVER', 'account-d.docusign.com'),
    'private_key_path' => env('DOCUSIGN_PRIVATE_KEY_PATH', storage_path('docusign/rsa_private.pem')),
    'base_path' => env('DOCUSIGN_BASE_PATH', 'https://demo.docusign.net/restapi'),
];
