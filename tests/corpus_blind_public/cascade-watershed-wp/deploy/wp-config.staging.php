<?php
/**
 * Staging overrides, appended to wp-config.php by the deploy workflow.
 * Real values are WP Engine environment variables.
 */
define( 'WP_ENVIRONMENT_TYPE', 'staging' );
define( 'DISALLOW_FILE_EDIT', true );

// JWT Authentication for WP REST API (used by the events calendar app).
define( 'JWT_AUTH_SECRET_KEY', getenv( 'JWT_AUTH_SECRET_KEY' ) ?: 'staging-only-7c1e9f2a0b4d6e8f' );
define( 'JWT_AUTH_CORS_ENABLE', true );

// Volunteer app tokens (mu-plugins/cwc-app-auth.php).
define( 'CWC_APP_JWT_KEY', getenv( 'CWC_APP_JWT_KEY' ) );

// Marketo (staging sandbox instance).
define( 'CWC_MARKETO_CLIENT_SECRET', getenv( 'MARKETO_CLIENT_SECRET' ) );
