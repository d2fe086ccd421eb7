<?php

namespace Drupal\Tests\acs_sync\Unit;

use Drupal\acs_sync\Auth\OAuthTokenProvider;
use Drupal\Core\Config\ImmutableConfig;
use Drupal\Core\State\StateInterface;
use Drupal\Tests\UnitTestCase;
use GuzzleHttp\Client;
use GuzzleHttp\Handler\MockHandler;
use GuzzleHttp\HandlerStack;
use GuzzleHttp\Middleware;
use GuzzleHttp\Psr7\Response;

/**
 * @coversDefaultClass \Drupal\acs_sync\Auth\OAuthTokenProvider
 * @group acs_sync
 */
class OAuthTokenProviderTest extends UnitTestCase {

  public function testRequestsClientCredentialsToken(): void {
    $history = [];
    $stack = HandlerStack::create(new MockHandler([
      new Response(200, [], '{"access_token":"eyFAKE","token_type":"bearer","expires_in":86399}'),
    ]));
    $stack->push(Middleware::history($history));

    $config = $this->createMock(ImmutableConfig::class);
    $config->method('get')->willReturnMap([
      ['client_id', 'test-client'],
      ['client_secret', 'test-secret'],
      ['oauth_scopes', ['openid', 'AdobeID', 'campaign_sdk']],
    ]);
    $state = $this->createMock(StateInterface::class);

    $provider = new OAuthTokenProvider($config, new Client(['handler' => $stack]), $state);
    $this->assertSame('eyFAKE', $provider->getToken());

    parse_str((string) $history[0]['request']->getBody(), $form);
    $this->assertSame('client_credentials', $form['grant_type']);
    $this->assertSame('openid,AdobeID,campaign_sdk', $form['scope']);
  }

}
