<?php
/**
 * Marketo Engage REST client.
 *
 * Marketo issues its own access tokens from the instance's identity endpoint
 * (LaunchPoint "custom service" client id/secret). Tokens last one hour.
 */

defined( 'ABSPATH' ) || exit;

class CWC_Marketo_Client {

	const TRANSIENT = 'cwc_marketo_token';

	private $base_url;
	private $client_id;
	private $client_secret;

	public function __construct( $base_url, $client_id, $client_secret ) {
		$this->base_url      = untrailingslashit( $base_url );
		$this->client_id     = $client_id;
		$this->client_secret = $client_secret;
	}

	public static function from_options() {
		return new self(
			get_option( 'cwc_marketo_base_url', 'https://418-QXB-227.mktorest.com' ),
			get_option( 'cwc_marketo_client_id' ),
			defined( 'CWC_MARKETO_CLIENT_SECRET' ) ? CWC_MARKETO_CLIENT_SECRET : get_option( 'cwc_marketo_client_secret' )
		);
	}

	private function token() {
		$cached = get_transient( self::TRANSIENT );
		if ( $cached ) {
			return $cached;
		}
		$response = wp_remote_post(
			$this->base_url . '/identity/oauth/token',
			array(
				'timeout' => 15,
				'body'    => array(
					'grant_type'    => 'client_credentials',
					'client_id'     => $this->client_id,
					'client_secret' => $this->client_secret,
				),
			)
		);
		if ( is_wp_error( $response ) ) {
			error_log( 'Marketo token request failed: ' . $response->get_error_message() );
			return null;
		}
		$body = json_decode( wp_remote_retrieve_body( $response ), true );
		if ( empty( $body['access_token'] ) ) {
			return null;
		}
		// expires_in is in seconds; keep a minute of margin.
		set_transient( self::TRANSIENT, $body['access_token'], max( 60, (int) $body['expires_in'] - 60 ) );
		return $body['access_token'];
	}

	private function request( $method, $path, $payload = null ) {
		$token = $this->token();
		if ( ! $token ) {
			return null;
		}
		$args = array(
			'method'  => $method,
			'timeout' => 20,
			'headers' => array(
				'Authorization' => 'Bearer ' . $token,
				'Content-Type'  => 'application/json',
			),
		);
		if ( null !== $payload ) {
			$args['body'] = wp_json_encode( $payload );
		}
		$response = wp_remote_request( $this->base_url . $path, $args );
		return is_wp_error( $response ) ? null : json_decode( wp_remote_retrieve_body( $response ), true );
	}

	public function upsert_lead( array $lead ) {
		$res = $this->request( 'POST', '/rest/v1/leads.json', array(
			'action'      => 'createOrUpdate',
			'lookupField' => 'email',
			'input'       => array( $lead ),
		) );
		return $res['result'][0]['id'] ?? null;
	}

	public function add_to_list( $list_id, $lead_id ) {
		return $this->request( 'POST', '/rest/v1/lists/' . (int) $list_id . '/leads.json', array(
			'input' => array( array( 'id' => (int) $lead_id ) ),
		) );
	}
}
