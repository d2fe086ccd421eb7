<?php
/**
 * Thin client for the Adobe Stock Search and Licensing APIs.
 *
 * @package AdobeStockGallery
 */

defined( 'ABSPATH' ) || exit;

class ASG_Stock_API {

	const BASE = 'https://stock.adobe.io/Rest';

	private static function headers( $token ) {
		return array(
			'x-api-key'     => get_option( 'asg_client_id' ),
			'x-product'     => 'StockGalleryWP/' . ASG_VERSION,
			'Authorization' => 'Bearer ' . $token,
		);
	}

	public static function ajax_search() {
		check_ajax_referer( 'asg_search' );
		$words = isset( $_GET['q'] ) ? sanitize_text_field( wp_unslash( $_GET['q'] ) ) : '';
		$url   = add_query_arg(
			array(
				'search_parameters[words]' => rawurlencode( $words ),
				'search_parameters[limit]' => 32,
			),
			self::BASE . '/Media/1/Search/Files'
		);
		$token = ASG_IMS_Token::get();
		if ( is_wp_error( $token ) ) {
			wp_send_json_error( $token->get_error_message(), 502 );
		}
		$res = wp_remote_get( $url, array( 'headers' => self::headers( $token ) ) );
		wp_send_json( json_decode( wp_remote_retrieve_body( $res ), true ) );
	}

	public static function ajax_license() {
		check_ajax_referer( 'asg_license' );
		$content_id = isset( $_POST['content_id'] ) ? absint( $_POST['content_id'] ) : 0;
		$user_token = get_user_meta( get_current_user_id(), 'asg_adobe_access_token', true );
		$token      = $user_token ? $user_token : ASG_IMS_Token::get();
		$res        = wp_remote_get(
			add_query_arg( array( 'content_id' => $content_id, 'license' => 'Standard' ), self::BASE . '/Libraries/1/Content/License' ),
			array( 'headers' => self::headers( $token ) )
		);
		wp_send_json( json_decode( wp_remote_retrieve_body( $res ), true ) );
	}
}
