<?php
/**
 * Plugin Name:       Stock Gallery Connector for Adobe Stock
 * Plugin URI:        https://pixelmill.example/plugins/stock-gallery
 * Description:       Search Adobe Stock from the media library and license assets with your company's Stock plan.
 * Version:           2.6.3
 * Requires at least: 6.2
 * Requires PHP:      7.4
 * Author:            PixelMill Studio
 * License:           GPL-2.0-or-later
 * Text Domain:       adobe-stock-gallery
 */

defined( 'ABSPATH' ) || exit;

define( 'ASG_VERSION', '2.6.3' );
define( 'ASG_DIR', plugin_dir_path( __FILE__ ) );
define( 'ASG_URL', plugin_dir_url( __FILE__ ) );

require_once ASG_DIR . 'includes/class-asg-ims-token.php';
require_once ASG_DIR . 'includes/class-asg-stock-api.php';
require_once ASG_DIR . 'includes/class-asg-user-oauth.php';
require_once ASG_DIR . 'includes/class-asg-settings.php';

add_action(
	'plugins_loaded',
	static function () {
		ASG_Settings::init();
		ASG_User_OAuth::init();
		add_action( 'wp_ajax_asg_search', array( 'ASG_Stock_API', 'ajax_search' ) );
		add_action( 'wp_ajax_asg_license', array( 'ASG_Stock_API', 'ajax_license' ) );
	}
);
