<?php
defined('ABSPATH') || exit;

/**
 * Adobe Acrobat Sign REST v6. OAuth 2.0 app created in the Sign console; the admin authorised it
 * once (authorization_code) and we keep the refresh token.
 */
class AAS_Sign_Client
{
    private function access_token()
    {
        $cached = get_transient('aas_sign_token');
        if ($cached) {
            return $cached;
        }
        $o = get_option('aas_sign_settings', array());
        $response = wp_remote_post(AAS_SIGN_OAUTH . 'refresh', array(
            'body' => array(
                'grant_type'    => 'refresh_token',
                'client_id'     => $o['client_id'],
                'client_secret' => $o['client_secret'],
                'refresh_token' => $o['refresh_token'],
            ),
        ));
        if (is_wp_error($response)) {
            return null;
        }
        $body = json_decode(wp_remote_retrieve_body($response), true);
        set_transient('aas_sign_token', $body['access_token'], (int) $body['expires_in'] - 60);
        return $body['access_token'];
    }

    public function agreement_status($agreement_id)
    {
        $token = $this->access_token();
        if (!$token || !$agreement_id) {
            return null;
        }
        $response = wp_remote_get(AAS_SIGN_API . 'agreements/' . rawurlencode($agreement_id), array(
            'headers' => array('Authorization' => 'Bearer ' . $token),
        ));
        $body = json_decode(wp_remote_retrieve_body($response), true);
        return isset($body['status']) ? $body['status'] : null;
    }
}
