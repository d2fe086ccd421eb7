<?php
/**
 * Server-to-server token for the company Stock plan, using the Adobe Developer Console
 * Service Account (JWT) credential entered on the settings page.
 *
 * @package AdobeStockGallery
 */

defined( 'ABSPATH' ) || exit;

class ASG_IMS_Token {

	const IMS_HOST                  = 'https://ims-na1.adobelogin.com/';
	const AUTH_ENDPOINT             = self::IMS_HOST . 'ims/exchange/jwt/';
	const AUD_ENDPOINT_PREFIX       = self::IMS_HOST . 'c/';
	const METASCOPE_ENDPOINT_PREFIX = self::IMS_HOST . 's/';
	const TRANSIENT                 = 'asg_ims_access_token';

	/**
	 * @return string|WP_Error
	 */
	public static function get() {
		$cached = get_transient( self::TRANSIENT );
		if ( $cached ) {
			return $cached;
		}

		$client_id = get_option( 'asg_client_id' );
		$secret    = get_option( 'asg_client_secret' );
		$jwt       = self::build_jwt( $client_id );
		if ( is_wp_error( $jwt ) ) {
			return $jwt;
		}

		$response = wp_remote_post(
			self::AUTH_ENDPOINT,
			array(
				'timeout' => 20,
				'body'    => array(
					'client_id'     => $client_id,
					'client_secret' => $secret,
					'jwt_token'     => $jwt,
				),
			)
		);
		if ( is_wp_error( $response ) ) {
			return $response;
		}
		$body = json_decode( wp_remote_retrieve_body( $response ), true );
		if ( empty( $body['access_token'] ) ) {
			return new WP_Error( 'asg_ims', __( 'Adobe IMS did not return an access token.', 'adobe-stock-gallery' ), $body );
		}

		// expires_in is in milliseconds.
		set_transient( self::TRANSIENT, $body['access_token'], (int) floor( $body['expires_in'] / 1000 ) - 60 );
		return $body['access_token'];
	}

	private static function build_jwt( $client_id ) {
		$payload = array(
			'exp' => time() + 300,
			'iss' => get_option( 'asg_org_id' ),
			'sub' => get_option( 'asg_technical_account_id' ),
			'aud' => self::AUD_ENDPOINT_PREFIX . $client_id,
		);
		foreach ( array_filter( array_map( 'trim', explode( ',', get_option( 'asg_metascopes', 'ent_stocksearch_sdk' ) ) ) ) as $metascope ) {
			$payload[ self::METASCOPE_ENDPOINT_PREFIX . $metascope ] = true;
		}

		$key = openssl_pkey_get_private( get_option( 'asg_private_key' ), (string) get_option( 'asg_private_key_passphrase', '' ) );
		if ( false === $key ) {
			return new WP_Error( 'asg_key', __( 'The private key could not be read.', 'adobe-stock-gallery' ) );
		}

		$segments  = array(
			self::b64( wp_json_encode( array( 'alg' => 'RS256', 'typ' => 'JWT' ) ) ),
			self::b64( wp_json_encode( $payload ) ),
		);
		$signature = '';
		openssl_sign( implode( '.', $segments ), $signature, $key, 'sha256' );
		$segments[] = self::b64( $signature );
		return implode( '.', $segments );
	}

	private static function b64( $data ) {
		return rtrim( strtr( base64_encode( $data ), '+/', '-_' ), '=' );
	}
}
