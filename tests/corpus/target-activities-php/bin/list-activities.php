#!/usr/bin/env php
<?php

require __DIR__ . '/../vendor/autoload.php';

use Acme\Target\AccessTokenProvider;
use GuzzleHttp\Client;

$ini = __DIR__ . '/../config/adobe.ini';
$cfg = parse_ini_file($ini, true);
$token = (new AccessTokenProvider($ini))->getAccessToken();

$res = (new Client())->get($cfg['target']['api_base'] . '/activities', [
    'headers' => [
        'Authorization' => "Bearer $token",
        'X-Api-Key' => $cfg['adobe']['client_id'],
        'Accept' => 'application/vnd.adobe.target.v3+json',
    ],
]);
foreach (json_decode((string) $res->getBody(), true)['activities'] as $a) {
    printf("%-8s %-10s %s\n", $a['id'], $a['state'], $a['name']);
}
