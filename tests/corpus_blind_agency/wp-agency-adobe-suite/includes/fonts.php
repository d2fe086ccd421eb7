<?php
defined('ABSPATH') || exit;

function aas_enqueue_fonts_kit()
{
    $kit = get_option('aas_fonts_kit');
    if (!$kit) {
        return;
    }
    wp_enqueue_style('aas-adobe-fonts', sprintf(AAS_TYPEKIT_CSS, rawurlencode($kit)), array(), null);
}
