<?php
/**
 * Volunteer app login: short-lived JWTs for the WP REST API.
 *
 * The app posts username/password to /wp-json/cwc/v1/login and receives a token it sends
 * back as "Authorization: Bearer ...". Signing key: CWC_APP_JWT_KEY in wp-config.php.
 */

defined( 'ABSPATH' ) || exit;

require_once WP_CONTENT_DIR . '/vendor/autoload.php';

use Firebase\JWT\JWT;
use Firebase\JWT\Key;

add_action( 'rest_api_init', function () {
	register_rest_route( 'cwc/v1', '/login', array(
		'methods'             => 'POST',
		'permission_callback' => '__return_true',
		'callback'            => function ( WP_REST_Request $req ) {
			$user = wp_authenticate( $req['username'], $req['password'] );
			if ( is_wp_error( $user ) ) {
				return new WP_Error( 'cwc_login', 'Invalid credentials', array( 'status' => 401 ) );
			}
			$now    = time();
			$claims = array(
				'iss'  => get_site_url(),
				'aud'  => 'cwc-volunteer-app',
				'iat'  => $now,
				'exp'  => $now + 2 * HOUR_IN_SECONDS,
				'sub'  => (string) $user->ID,
				'role' => in_array( 'volunteer_lead', (array) $user->roles, true ) ? 'lead' : 'volunteer',
			);
			return array( 'token' => JWT::encode( $claims, CWC_APP_JWT_KEY, 'HS256' ) );
		},
	) );
} );

add_filter( 'determine_current_user', function ( $user_id ) {
	if ( $user_id || empty( $_SERVER['HTTP_AUTHORIZATION'] ) ) {
		return $user_id;
	}
	if ( ! preg_match( '/^Bearer\s+(\S+)$/', $_SERVER['HTTP_AUTHORIZATION'], $m ) ) {
		return $user_id;
	}
	try {
		$decoded = JWT::decode( $m[1], new Key( CWC_APP_JWT_KEY, 'HS256' ) );
	} catch ( Exception $e ) {
		return $user_id;
	}
	if ( 'cwc-volunteer-app' !== $decoded->aud || get_site_url() !== $decoded->iss ) {
		return $user_id;
	}
	return (int) $decoded->sub;
}, 20 );
