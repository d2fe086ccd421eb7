<?php
defined('ABSPATH') || exit;

add_action('admin_menu', function () {
    add_options_page('Agency Adobe Suite', 'Adobe Suite', 'manage_options', 'aas', 'aas_render_settings');
});

add_action('admin_init', function () {
    register_setting('aas', 'aas_target_settings');
    register_setting('aas', 'aas_sign_settings');
    register_setting('aas', 'aas_fonts_kit');
});

function aas_render_settings()
{
    $t = get_option('aas_target_settings', array());
    ?>
    <div class="wrap">
      <h1>Agency Adobe Suite</h1>
      <form method="post" action="options.php">
        <?php settings_fields('aas'); ?>
        <h2>Adobe Fonts</h2>
        <p><label>Kit ID <input name="aas_fonts_kit" value="<?php echo esc_attr(get_option('aas_fonts_kit')); ?>"></label></p>
        <h2>Adobe Target</h2>
        <p><label>Tenant <input name="aas_target_settings[tenant]" value="<?php echo esc_attr($t['tenant'] ?? ''); ?>"></label></p>
        <p><label>Client ID <input name="aas_target_settings[client_id]" value="<?php echo esc_attr($t['client_id'] ?? ''); ?>"></label></p>
        <p><label>Client secret <input type="password" name="aas_target_settings[client_secret]"></label></p>
        <p><label>Org ID <input name="aas_target_settings[org_id]" value="<?php echo esc_attr($t['org_id'] ?? ''); ?>"></label></p>
        <p><label>Technical account ID <input name="aas_target_settings[tech_account_id]" value="<?php echo esc_attr($t['tech_account_id'] ?? ''); ?>"></label></p>
        <p><label>Private key (PEM)<br><textarea name="aas_target_settings[private_key]" rows="8" cols="70"></textarea></label></p>
        <?php submit_button(); ?>
      </form>
    </div>
    <?php
}
