<?php

namespace Drupal\acs_sync\Auth;

use Drupal\Core\Config\ImmutableConfig;
use Drupal\Core\State\StateInterface;
use Firebase\JWT\JWT;
use GuzzleHttp\ClientInterface;
use Psr\Log\LoggerInterface;

/**
 * Service Account (JWT) token provider.
 *
 * @deprecated Adobe retires JWT credentials; use OAuthTokenProvider.
 */
class JwtTokenProvider implements TokenProviderInterface {

  const IMS_HOST = 'https://ims-na1.adobelogin.com/';
  const AUTH_ENDPOINT = self::IMS_HOST . 'ims/exchange/jwt/';
  const AUD_ENDPOINT_PREFIX = self::IMS_HOST . 'c/';
  const METASCOPE_ENDPOINT_PREFIX = self::IMS_HOST . 's/';
  const STATE_KEY = 'acs_sync.jwt_token';

  public function __construct(
    protected ImmutableConfig $config,
    protected ClientInterface $httpClient,
    protected StateInterface $state,
    protected LoggerInterface $logger,
  ) {}

  public function getToken(): string {
    $cached = $this->state->get(self::STATE_KEY);
    if ($cached && $cached['expires'] > time() + 60) {
      return $cached['token'];
    }

    $payload = [
      'exp' => time() + 600,
      'iss' => $this->config->get('org_id'),
      'sub' => $this->config->get('technical_account_id'),
      'aud' => self::AUD_ENDPOINT_PREFIX . $this->config->get('client_id'),
    ];
    foreach ($this->config->get('metascopes') as $metascope) {
      $payload[self::METASCOPE_ENDPOINT_PREFIX . $metascope] = TRUE;
    }

    $keyFile = DRUPAL_ROOT . '/' . $this->config->get('private_key_path');
    $key = openssl_pkey_get_private(file_get_contents($keyFile), $this->config->get('private_key_passphrase'));
    if ($key === FALSE) {
      $this->logger->error('Could not read the ACS private key at @path', ['@path' => $keyFile]);
      throw new \RuntimeException('ACS private key unreadable');
    }
    $jwt = JWT::encode($payload, $key, 'RS256');

    $response = $this->httpClient->request('POST', self::AUTH_ENDPOINT, [
      'form_params' => [
        'client_id' => $this->config->get('client_id'),
        'client_secret' => $this->config->get('client_secret'),
        'jwt_token' => $jwt,
      ],
      'timeout' => 20,
    ]);
    $body = json_decode((string) $response->getBody(), TRUE);

    // The exchange answers in milliseconds.
    $expires = time() + (int) ($body['expires_in'] / 1000);
    $this->state->set(self::STATE_KEY, ['token' => $body['access_token'], 'expires' => $expires]);
    return $body['access_token'];
  }

}
