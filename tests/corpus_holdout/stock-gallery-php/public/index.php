<?php
require __DIR__ . '/../vendor/autoload.php';

use ExampleCorp\StockGallery\Adobe\ServiceToken;
use ExampleCorp\StockGallery\Adobe\StockClient;
use GuzzleHttp\Client;
use Monolog\Handler\StreamHandler;
use Monolog\Logger;

Dotenv\Dotenv::createImmutable(dirname(__DIR__))->safeLoad();
$cfg = require __DIR__ . '/../config/adobe.php';
$http = new Client();
$log = new Logger('stock');
$log->pushHandler(new StreamHandler('php://stderr'));

$stock = new StockClient($cfg, $http, new ServiceToken($cfg, $http, $log));
header('Content-Type: application/json');
echo json_encode($stock->search($_GET['q'] ?? 'office'));
