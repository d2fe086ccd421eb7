<?php

// phpcs:ignoreFile

$databases = [];
$settings['hash_salt'] = getenv('DRUPAL_HASH_SALT');
$settings['update_free_access'] = FALSE;
$settings['container_yamls'][] = $app_root . '/' . $site_path . '/services.yml';
$settings['file_scan_ignore_directories'] = ['node_modules', 'bower_components'];
$settings['entity_update_batch_size'] = 50;
$settings['entity_update_backup'] = TRUE;
$settings['config_sync_directory'] = '../config/sync';
$settings['file_private_path'] = '../private/files';

// Adobe Campaign Standard (module acs_sync). Secrets come from the Acquia environment.
$config['acs_sync.settings']['client_secret'] = getenv('ACS_CLIENT_SECRET');
$config['acs_sync.settings']['private_key_passphrase'] = getenv('ACS_PRIVATE_KEY_PASSPHRASE');
if (getenv('AH_SITE_ENVIRONMENT') === 'test') {
  $config['acs_sync.settings']['auth_mode'] = 'oauth';
}

// simpleSAMLphp (county Shibboleth IdP).
$settings['simplesamlphp_dir'] = $app_root . '/../simplesamlphp';

if (file_exists('/var/www/site-php')) {
  require '/var/www/site-php/harlowlib/harlowlib-settings.inc';
}

if (file_exists($app_root . '/' . $site_path . '/settings.local.php')) {
  include $app_root . '/' . $site_path . '/settings.local.php';
}
