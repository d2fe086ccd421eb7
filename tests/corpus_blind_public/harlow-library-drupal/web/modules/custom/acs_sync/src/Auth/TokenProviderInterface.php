<?php

namespace Drupal\acs_sync\Auth;

/**
 * Returns a bearer token for the Adobe Campaign Standard API.
 */
interface TokenProviderInterface {

  /**
   * @return string
   *   A valid access token.
   */
  public function getToken(): string;

}
