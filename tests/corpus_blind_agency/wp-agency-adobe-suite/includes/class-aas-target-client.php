<?php
defined('ABSPATH') || exit;

/**
 * Adobe Target Admin API client (Service Account credential of the client's Target workspace).
 */
class AAS_Target_Client
{
    private $opts;

    public function __construct()
    {
        $this->opts = get_option('aas_target_settings', array());
    }

    private function b64url($data)
    {
        return rtrim(strtr(base64_encode($data), '+/', '-_'), '=');
    }

    private function get_access_token()
    {
        $cached = get_transient('aas_target_token');
        if ($cached) {
            return $cached;
        }
        $o = $this->opts;
        $header = $this->b64url(wp_json_encode(array('alg' => 'RS256', 'typ' => 'JWT')));
        $claims = array(
            'exp' => time() + 600,
            'iss' => $o['org_id'],
            'sub' => $o['tech_account_id'],
            'aud' => AAS_AUD_ENDPOINT_PREFIX . $o['client_id'],
            AAS_METASCOPE_ENDPOINT_PREFIX . AAS_TARGET_METASCOPE => true,
        );
        $unsigned = $header . '.' . $this->b64url(wp_json_encode($claims));
        $key = openssl_pkey_get_private($o['private_key']);
        if (!$key || !openssl_sign($unsigned, $signature, $key, 'sha256')) {
            error_log('[aas] could not sign Target JWT');
            return null;
        }
        $response = wp_remote_post(AAS_AUTH_ENDPOINT, array(
            'timeout' => 15,
            'body'    => array(
                'client_id'     => $o['client_id'],
                'client_secret' => $o['client_secret'],
                'jwt_token'     => $unsigned . '.' . $this->b64url($signature),
            ),
        ));
        if (is_wp_error($response) || wp_remote_retrieve_response_code($response) !== 200) {
            error_log('[aas] IMS exchange failed: ' . wp_remote_retrieve_body($response));
            return null;
        }
        $body = json_decode(wp_remote_retrieve_body($response), true);
        set_transient('aas_target_token', $body['access_token'], (int) ($body['expires_in'] / 1000) - 60);
        return $body['access_token'];
    }

    public function get_offer($offer_id)
    {
        $token = $this->get_access_token();
        if (!$token) {
            return null;
        }
        $url = AAS_TARGET_API . rawurlencode($this->opts['tenant']) . '/target/offers/content/' . $offer_id;
        $response = wp_remote_get($url, array(
            'headers' => array(
                'Authorization' => 'Bearer ' . $token,
                'X-Api-Key'     => $this->opts['client_id'],
                'Accept'        => 'application/vnd.adobe.target.v2+json',
            ),
        ));
        if (is_wp_error($response)) {
            return null;
        }
        return json_decode(wp_remote_retrieve_body($response), true);
    }
}
