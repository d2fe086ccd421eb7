<?php

// Adobe Target Admin API integration ("Brand Microsite Target" project in the Developer Console).
return [
    'org_id' => $_ENV['ADOBE_ORG_ID'] ?? '',
    'client_id' => $_ENV['ADOBE_CLIENT_ID'] ?? '',
    'client_secret' => $_ENV['ADOBE_CLIENT_SECRET'] ?? '',
    'technical_account_id' => $_ENV['ADOBE_TECHNICAL_ACCOUNT_ID'] ?? '',
    'metascopes' => array_filter(explode(',', $_ENV['ADOBE_METASCOPES'] ?? 'ent_marketing_sdk')),
    'private_key_path' => $_ENV['ADOBE_PRIVATE_KEY_PATH'] ?? __DIR__ . '/../storage/keys/private.key',
    'target_tenant' => $_ENV['ADOBE_TARGET_TENANT'] ?? 'acmebrands',
];
