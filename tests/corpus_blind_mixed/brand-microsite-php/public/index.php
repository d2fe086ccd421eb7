<?php

declare(strict_types=1);

use Acme\Microsite\Adobe\AccessTokenProvider;
use Acme\Microsite\Target\ActivityClient;
use GuzzleHttp\Client;
use Slim\Factory\AppFactory;
use Symfony\Component\Cache\Adapter\FilesystemAdapter;
use Symfony\Component\Cache\Psr16Cache;

require __DIR__ . '/../vendor/autoload.php';
Dotenv\Dotenv::createImmutable(dirname(__DIR__))->safeLoad();

$adobe = require __DIR__ . '/../config/adobe.php';
$http = new Client();
$tokens = new AccessTokenProvider($adobe, $http, new Psr16Cache(new FilesystemAdapter('microsite')));
$target = new ActivityClient($tokens, $http, $adobe['target_tenant'], $adobe['client_id']);

$app = AppFactory::create();
$app->get('/admin/activities', function ($request, $response) use ($target) {
    $response->getBody()->write(json_encode($target->listActivities()));
    return $response->withHeader('Content-Type', 'application/json');
});
$app->run();
