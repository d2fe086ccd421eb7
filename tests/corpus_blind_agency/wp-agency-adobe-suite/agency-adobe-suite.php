<?php
/**
 * Plugin Name:       Agency Adobe Suite
 * Description:       Adobe Fonts kit, Adobe Acrobat Sign agreements and Adobe Target offers for client sites.
 * Version:           0.9.3
 * Requires PHP:      7.4
 * Author:            Agency Web Team
 * License:           GPL-2.0-or-later
 * Text Domain:       agency-adobe-suite
 */

defined('ABSPATH') || exit;

require_once __DIR__ . '/includes/constants.php';
require_once __DIR__ . '/includes/fonts.php';
require_once __DIR__ . '/includes/class-aas-sign-client.php';
require_once __DIR__ . '/includes/class-aas-target-client.php';

if (is_admin()) {
    require_once __DIR__ . '/admin/settings-page.php';
}

add_action('wp_enqueue_scripts', 'aas_enqueue_fonts_kit');

add_shortcode('aas_target_offer', function ($atts) {
    $atts = shortcode_atts(array('offer' => ''), $atts, 'aas_target_offer');
    if (!$atts['offer']) {
        return '';
    }
    $client = new AAS_Target_Client();
    $offer = $client->get_offer((int) $atts['offer']);
    return $offer ? wp_kses_post($offer['content']) : '';
});

add_shortcode('aas_sign_status', function ($atts) {
    $atts = shortcode_atts(array('agreement' => ''), $atts, 'aas_sign_status');
    $client = new AAS_Sign_Client();
    $status = $client->agreement_status(sanitize_text_field($atts['agreement']));
    return esc_html($status ?: __('unknown', 'agency-adobe-suite'));
});
