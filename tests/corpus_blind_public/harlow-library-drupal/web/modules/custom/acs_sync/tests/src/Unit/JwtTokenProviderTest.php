<?php

namespace Drupal\Tests\acs_sync\Unit;

use Drupal\acs_sync\Auth\JwtTokenProvider;
use Drupal\Tests\UnitTestCase;
use Firebase\JWT\JWT;
use Firebase\JWT\Key;

/**
 * @coversDefaultClass \Drupal\acs_sync\Auth\JwtTokenProvider
 * @group acs_sync
 */
class JwtTokenProviderTest extends UnitTestCase {

  public function testEndpointConstants(): void {
    $this->assertSame('https://ims-na1.adobelogin.com/ims/exchange/jwt/', JwtTokenProvider::AUTH_ENDPOINT);
  }

  public function testClaims(): void {
    [$payload, $publicKey] = $this->buildSignedPayload();
    $decoded = (array) JWT::decode($payload, new Key($publicKey, 'RS256'));
    $this->assertSame('https://ims-na1.adobelogin.com/c/3e9a1c7d5b2f4e8a9c0d1e2f3a4b5c6d', $decoded['aud']);
    $this->assertTrue($decoded['https://ims-na1.adobelogin.com/s/ent_campaign_sdk']);
  }

  protected function buildSignedPayload(): array {
    // fixtures/ is written by tests/bootstrap.php at the start of the run (not committed).
    return require __DIR__ . '/../../fixtures/signed_payload.php';
  }

}
