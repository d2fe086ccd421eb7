<?php
return [
    'backend' => [
        'frontName' => 'admin_k7q2x'
    ],
    'remote_storage' => [
        'driver' => 'file'
    ],
    'queue' => [
        'consumers_wait_for_messages' => 1
    ],
    'crypt' => [
        'key' => 'base64FAKEk2Yb0n3V9c1tTqz8wPpQmR4s5uXyZaBcDeFgHiJ='
    ],
    'db' => [
        'table_prefix' => '',
        'connection' => [
            'default' => [
                'host' => 'mysql.internal',
                'dbname' => 'magento',
                'username' => 'magento',
                'password' => 'not-the-real-password',
                'model' => 'mysql4',
                'engine' => 'innodb',
                'initStatements' => 'SET NAMES utf8;',
                'active' => '1',
                'driver_options' => [
                    1014 => false
                ]
            ]
        ]
    ],
    'resource' => [
        'default_setup' => [
            'connection' => 'default'
        ]
    ],
    'x-frame-options' => 'SAMEORIGIN',
    'MAGE_MODE' => 'production',
    'session' => [
        'save' => 'redis',
        'redis' => [
            'host' => 'redis.internal',
            'port' => '6379',
            'database' => '2'
        ]
    ],
    'cache_types' => [
        'config' => 1,
        'layout' => 1,
        'block_html' => 1,
        'full_page' => 1
    ],
    'acme_erp_bridge' => [
        'integration' => [
            'base_url' => 'https://b2b.acme-retail.com',
            'consumer_key' => 'fake0consumer0key0f3k9q2m7x1v8b4n',
            'consumer_secret' => 'fake0consumer0secret0a8s7d6f5g4h',
            'access_token' => 'fake0access0token0z9x8c7v6b5n4m3l',
            'access_token_secret' => 'fake0token0secret0q1w2e3r4t5y6u7'
        ]
    ],
    'acme_stripe' => [
        'webhook_signing_secret' => 'whsec_FAKEFAKEFAKEFAKEFAKEFAKEFAKE0000'
    ],
    'system' => [
        'default' => [
            'acme_aep' => [
                'general' => [
                    'enabled' => '1'
                ],
                'ims' => [
                    'client_id' => '3c9d1e7f0a2b4c6d8e0f1a3b5c7d9e1f',
                    'org_id' => '7C1F2B9A5D3E4F6A8B0C1D2E@AdobeOrg',
                    'technical_account_id' => '4E5F6A7B8C9D0E1F2A3B4C5D@techacct.adobe.com',
                    'private_key_path' => 'var/adobe/private.key',
                    'metascopes' => 'ent_dataservices_sdk'
                ],
                'streaming' => [
                    'sandbox' => 'prod'
                ]
            ],
            'payment' => [
                'braintree' => [
                    'environment' => 'production',
                    'merchant_id' => 'fakemerchant01'
                ]
            ]
        ]
    ],
    'install' => [
        'date' => 'Tue, 12 Mar 2024 09:41:07 +0000'
    ]
];
