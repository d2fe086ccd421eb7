<?php
declare(strict_types=1);

namespace Acme\ErpBridge\Model;

use GuzzleHttp\Client;
use GuzzleHttp\HandlerStack;
use GuzzleHttp\Subscriber\Oauth\Oauth1;
use Magento\Framework\App\DeploymentConfig;

/**
 * Calls the Adobe Commerce REST API of the B2B store with the "ERP Bridge" integration
 * (System > Extensions > Integrations). OAuth 1.0a, HMAC-SHA256 signatures.
 */
class CommerceRestClient
{
    private ?Client $client = null;

    public function __construct(private readonly DeploymentConfig $deploymentConfig)
    {
    }

    public function getClient(): Client
    {
        if ($this->client === null) {
            $cfg = (array)$this->deploymentConfig->get('acme_erp_bridge/integration');
            $stack = HandlerStack::create();
            $stack->push(new Oauth1([
                'consumer_key' => $cfg['consumer_key'] ?? '',
                'consumer_secret' => $cfg['consumer_secret'] ?? '',
                'token' => $cfg['access_token'] ?? '',
                'token_secret' => $cfg['access_token_secret'] ?? '',
                'signature_method' => Oauth1::SIGNATURE_METHOD_HMACSHA256,
            ]));
            $this->client = new Client([
                'base_uri' => rtrim($cfg['base_url'] ?? '', '/') . '/rest/b2b/V1/',
                'handler' => $stack,
                'auth' => 'oauth',
                'timeout' => 15,
            ]);
        }

        return $this->client;
    }
}
