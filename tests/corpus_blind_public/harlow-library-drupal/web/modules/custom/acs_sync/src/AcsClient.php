<?php

namespace Drupal\acs_sync;

use Drupal\acs_sync\Auth\TokenProviderInterface;
use Drupal\Core\Config\ConfigFactoryInterface;
use GuzzleHttp\ClientInterface;
use GuzzleHttp\Exception\RequestException;
use Psr\Log\LoggerInterface;

/**
 * Minimal Adobe Campaign Standard REST client (profiles + service subscriptions).
 */
class AcsClient {

  public function __construct(
    protected ClientInterface $httpClient,
    protected TokenProviderInterface $tokens,
    protected ConfigFactoryInterface $configFactory,
    protected LoggerInterface $logger,
  ) {}

  protected function base(): string {
    $tenant = $this->configFactory->get('acs_sync.settings')->get('tenant');
    return "https://mc.adobe.io/{$tenant}/campaign";
  }

  protected function headers(): array {
    $settings = $this->configFactory->get('acs_sync.settings');
    return [
      'Authorization' => 'Bearer ' . $this->tokens->getToken(),
      'X-Api-Key' => $settings->get('client_id'),
      'Content-Type' => 'application/json;charset=utf-8',
    ];
  }

  public function upsertProfile(array $submission): ?string {
    try {
      $response = $this->httpClient->request('POST', $this->base() . '/profileAndServices/profile', [
        'headers' => $this->headers(),
        'json' => [
          'email' => $submission['email'],
          'firstName' => $submission['first_name'] ?? '',
          'lastName' => $submission['last_name'] ?? '',
          'preferredLanguage' => $submission['language'] ?? 'en_US',
        ],
      ]);
      $body = json_decode((string) $response->getBody(), TRUE);
      return $body['PKey'] ?? NULL;
    }
    catch (RequestException $e) {
      $this->logger->warning('ACS profile upsert failed: @msg', ['@msg' => $e->getMessage()]);
      return NULL;
    }
  }

  public function subscribe(string $profilePkey, string $serviceName): void {
    $this->httpClient->request('POST', $this->base() . "/profileAndServices/service/{$serviceName}/subscriptions/", [
      'headers' => $this->headers(),
      'json' => ['subscriber' => ['PKey' => $profilePkey]],
    ]);
  }

}
