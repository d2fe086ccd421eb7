<?php

namespace Drupal\acs_sync\Auth;

use Drupal\Core\Config\ConfigFactoryInterface;
use Drupal\Core\State\StateInterface;
use GuzzleHttp\ClientInterface;
use Psr\Log\LoggerInterface;

/**
 * Picks the token provider from acs_sync.settings:auth_mode.
 */
class TokenProviderFactory {

  public function __construct(
    protected ConfigFactoryInterface $configFactory,
    protected ClientInterface $httpClient,
    protected StateInterface $state,
    protected LoggerInterface $logger,
  ) {}

  public function create(): TokenProviderInterface {
    $config = $this->configFactory->get('acs_sync.settings');
    if ($config->get('auth_mode') === 'oauth') {
      return new OAuthTokenProvider($config, $this->httpClient, $this->state);
    }
    return new JwtTokenProvider($config, $this->httpClient, $this->state, $this->logger);
  }

}
