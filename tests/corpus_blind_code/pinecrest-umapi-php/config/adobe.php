<?php

// Adobe Admin Console / User Management API settings.
// Values come from .env (see README).
return [
    'org_id' => $_ENV['PINECREST_ADOBE_ORG_ID'] ?? '',
    'client_id' => $_ENV['PINECREST_ADOBE_CLIENT_ID'] ?? '',
    'client_secret' => $_ENV['PINECREST_ADOBE_CLIENT_SECRET'] ?? '',
    'technical_account_id' => $_ENV['PINECREST_ADOBE_TECH_ACCT_ID'] ?? '',
    'private_key_path' => $_ENV['PINECREST_ADOBE_PRIVATE_KEY'] ?? __DIR__ . '/../storage/adobe/private.key',
    'metascopes' => explode(',', $_ENV['PINECREST_ADOBE_METASCOPES'] ?? 'ent_user_sdk'),
    'default_group' => $_ENV['PINECREST_ADOBE_DEFAULT_GROUP'] ?? 'CC All Apps - Staff',
];
