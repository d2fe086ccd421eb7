<?php
// Adobe Stock service account settings (loaded via phpdotenv)
return [
    'ims_base'        => 'https://ims-na1.adobelogin.com/',
    'exchange_uri'    => 'ims/exchange/v1/jwt',
    'metascope'       => 'ent_stocksearch_sdk',
    'api_key'         => $_ENV['STOCK_API_KEY'] ?? '',
    'client_secret'   => $_ENV['STOCK_CLIENT_SECRET'] ?? '',
    'org_id'          => $_ENV['STOCK_ORG_ID'] ?? '',
    'tech_account_id' => $_ENV['STOCK_TECH_ACCOUNT'] ?? '',
    'private_key'     => $_ENV['STOCK_PRIVATE_KEY_FILE'] ?? 'storage/keys/adobe_stock.pem',
    'token_ttl'       => 300,
    'stock_api'       => 'https://stock.adobe.io/Rest/',
];
