<?php

$config = [
    'admin' => [
        'core:AdminPassword',
    ],
    'default-sp' => [
        'saml:SP',
        'entityID' => 'https://www.harlowlibrary.org/shibboleth-sp',
        'idp' => 'https://idp.harlowcounty.gov/idp/shibboleth',
        'discoURL' => null,
        'privatekey' => 'saml.pem',
        'certificate' => 'saml.crt',
        'signature.algorithm' => 'http://www.w3.org/2001/04/xmldsig-more#rsa-sha256',
        'NameIDPolicy' => [
            'Format' => 'urn:oasis:names:tc:SAML:2.0:nameid-format:persistent',
            'AllowCreate' => true,
        ],
    ],
];
