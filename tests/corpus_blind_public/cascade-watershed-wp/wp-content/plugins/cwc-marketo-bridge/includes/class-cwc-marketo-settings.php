<?php
defined( 'ABSPATH' ) || exit;

class CWC_Marketo_Settings {

	public static function init() {
		add_action( 'admin_menu', array( __CLASS__, 'menu' ) );
		add_action( 'admin_init', array( __CLASS__, 'register' ) );
	}

	public static function menu() {
		add_options_page( 'Marketo bridge', 'Marketo bridge', 'manage_options', 'cwc-marketo', array( __CLASS__, 'render' ) );
	}

	public static function register() {
		register_setting( 'cwc_marketo', 'cwc_marketo_base_url', array( 'sanitize_callback' => 'esc_url_raw' ) );
		register_setting( 'cwc_marketo', 'cwc_marketo_client_id', array( 'sanitize_callback' => 'sanitize_text_field' ) );
		register_setting( 'cwc_marketo', 'cwc_marketo_client_secret', array( 'sanitize_callback' => 'sanitize_text_field' ) );
	}

	public static function render() {
		?>
		<div class="wrap">
			<h1>Marketo bridge</h1>
			<form method="post" action="options.php">
				<?php settings_fields( 'cwc_marketo' ); ?>
				<table class="form-table">
					<tr><th>REST base URL</th><td><input type="url" class="regular-text" name="cwc_marketo_base_url" value="<?php echo esc_attr( get_option( 'cwc_marketo_base_url' ) ); ?>"></td></tr>
					<tr><th>Client ID</th><td><input type="text" class="regular-text" name="cwc_marketo_client_id" value="<?php echo esc_attr( get_option( 'cwc_marketo_client_id' ) ); ?>"></td></tr>
					<tr><th>Client secret</th><td><input type="password" class="regular-text" name="cwc_marketo_client_secret" value="" placeholder="(stored)"></td></tr>
				</table>
				<?php submit_button(); ?>
			</form>
		</div>
		<?php
	}
}
