<?php
/**
 * Settings -> Adobe Stock.
 *
 * @package AdobeStockGallery
 */

defined( 'ABSPATH' ) || exit;

class ASG_Settings {

	public static function init() {
		add_action( 'admin_init', array( __CLASS__, 'register' ) );
		add_action( 'admin_menu', array( __CLASS__, 'menu' ) );
	}

	public static function register() {
		register_setting( 'asg_settings', 'asg_org_id', array( 'sanitize_callback' => 'sanitize_text_field' ) );
		register_setting( 'asg_settings', 'asg_client_id', array( 'sanitize_callback' => 'sanitize_text_field' ) );
		register_setting( 'asg_settings', 'asg_client_secret', array( 'sanitize_callback' => 'sanitize_text_field' ) );
		register_setting( 'asg_settings', 'asg_technical_account_id', array( 'sanitize_callback' => 'sanitize_text_field' ) );
		register_setting( 'asg_settings', 'asg_metascopes', array( 'default' => 'ent_stocksearch_sdk', 'sanitize_callback' => 'sanitize_text_field' ) );
		register_setting( 'asg_settings', 'asg_private_key', array( 'sanitize_callback' => array( __CLASS__, 'sanitize_pem' ) ) );
		register_setting( 'asg_settings', 'asg_private_key_passphrase', array( 'sanitize_callback' => 'sanitize_text_field' ) );
		register_setting( 'asg_settings', 'asg_user_oauth_client_id', array( 'sanitize_callback' => 'sanitize_text_field' ) );
		register_setting( 'asg_settings', 'asg_user_oauth_client_secret', array( 'sanitize_callback' => 'sanitize_text_field' ) );
	}

	public static function sanitize_pem( $value ) {
		$value = trim( (string) $value );
		if ( '' !== $value && false === strpos( $value, '-----BEGIN' ) ) {
			add_settings_error( 'asg_private_key', 'asg_pem', __( 'Paste the full PEM block from private.key.', 'adobe-stock-gallery' ) );
			return get_option( 'asg_private_key' );
		}
		delete_transient( ASG_IMS_Token::TRANSIENT );
		return $value;
	}

	public static function menu() {
		add_options_page(
			__( 'Adobe Stock', 'adobe-stock-gallery' ),
			__( 'Adobe Stock', 'adobe-stock-gallery' ),
			'manage_options',
			'asg-settings',
			static function () {
				include ASG_DIR . 'admin/views/settings-page.php';
			}
		);
	}
}
