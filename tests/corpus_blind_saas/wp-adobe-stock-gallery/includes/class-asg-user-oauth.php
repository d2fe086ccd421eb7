<?php
/**
 * "Connect your Adobe account": per-editor OAuth (authorization code) so that licenses are
 * attributed to the editor's own Adobe ID.
 *
 * @package AdobeStockGallery
 */

defined( 'ABSPATH' ) || exit;

class ASG_User_OAuth {

	const AUTHORIZE_URL = 'https://ims-na1.adobelogin.com/ims/authorize/v2';
	const TOKEN_URL     = 'https://ims-na1.adobelogin.com/ims/token/v3';
	const SCOPES        = 'openid,creative_sdk,AdobeID,profile,email';

	public static function init() {
		add_action( 'admin_post_asg_oauth_start', array( __CLASS__, 'start' ) );
		add_action( 'admin_post_asg_oauth_callback', array( __CLASS__, 'callback' ) );
	}

	private static function redirect_uri() {
		return admin_url( 'admin-post.php?action=asg_oauth_callback' );
	}

	public static function start() {
		$state = wp_create_nonce( 'asg_oauth' );
		$url   = add_query_arg(
			array(
				'client_id'     => get_option( 'asg_user_oauth_client_id' ),
				'redirect_uri'  => rawurlencode( self::redirect_uri() ),
				'scope'         => self::SCOPES,
				'response_type' => 'code',
				'state'         => $state,
			),
			self::AUTHORIZE_URL
		);
		wp_redirect( $url ); // phpcs:ignore WordPress.Security.SafeRedirect
		exit;
	}

	public static function callback() {
		if ( ! isset( $_GET['state'], $_GET['code'] ) || ! wp_verify_nonce( sanitize_text_field( wp_unslash( $_GET['state'] ) ), 'asg_oauth' ) ) {
			wp_die( esc_html__( 'Invalid OAuth state.', 'adobe-stock-gallery' ) );
		}
		$response = wp_remote_post(
			self::TOKEN_URL,
			array(
				'body' => array(
					'grant_type'    => 'authorization_code',
					'client_id'     => get_option( 'asg_user_oauth_client_id' ),
					'client_secret' => get_option( 'asg_user_oauth_client_secret' ),
					'code'          => sanitize_text_field( wp_unslash( $_GET['code'] ) ),
				),
			)
		);
		$body = json_decode( wp_remote_retrieve_body( $response ), true );
		if ( ! empty( $body['access_token'] ) ) {
			update_user_meta( get_current_user_id(), 'asg_adobe_access_token', $body['access_token'] );
			update_user_meta( get_current_user_id(), 'asg_adobe_refresh_token', $body['refresh_token'] ?? '' );
		}
		wp_safe_redirect( admin_url( 'upload.php?asg_connected=1' ) );
		exit;
	}
}
