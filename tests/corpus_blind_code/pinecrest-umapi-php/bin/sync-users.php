#!/usr/bin/env php
<?php

declare(strict_types=1);

use Dotenv\Dotenv;
use GuzzleHttp\Client;
use Monolog\Handler\StreamHandler;
use Monolog\Logger;
use Pinecrest\Provisioning\Adobe\AccessTokenProvider;
use Pinecrest\Provisioning\Adobe\UmapiClient;

require __DIR__ . '/../vendor/autoload.php';

Dotenv::createImmutable(dirname(__DIR__))->safeLoad();
$cfg = require __DIR__ . '/../config/adobe.php';

$logger = new Logger('provisioning', [new StreamHandler('php://stderr')]);
$http = new Client(['timeout' => 30]);
$tokens = AccessTokenProvider::fromConfig($cfg, $http, $logger);
$umapi = new UmapiClient($http, $tokens, $cfg['org_id'], $cfg['client_id']);

$feed = $argv[1] ?? 'php://stdin';
foreach (file($feed, FILE_IGNORE_NEW_LINES | FILE_SKIP_EMPTY_LINES) as $line) {
    [$email, $status] = str_getcsv($line);
    if ($status !== 'active') {
        continue;
    }
    $result = $umapi->addToGroup($email, $cfg['default_group']);
    $logger->info('provisioned', ['email' => $email, 'result' => $result['result'] ?? null]);
}
