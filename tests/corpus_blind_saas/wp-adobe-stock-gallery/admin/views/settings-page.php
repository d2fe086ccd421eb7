<?php defined( 'ABSPATH' ) || exit; ?>
<div class="wrap">
	<h1><?php esc_html_e( 'Adobe Stock', 'adobe-stock-gallery' ); ?></h1>
	<form method="post" action="options.php">
		<?php settings_fields( 'asg_settings' ); ?>
		<h2><?php esc_html_e( 'Company Stock plan (server-to-server)', 'adobe-stock-gallery' ); ?></h2>
		<table class="form-table" role="presentation">
			<tr>
				<th scope="row"><label for="asg_org_id"><?php esc_html_e( 'Organization ID', 'adobe-stock-gallery' ); ?></label></th>
				<td><input name="asg_org_id" id="asg_org_id" class="regular-text" value="<?php echo esc_attr( get_option( 'asg_org_id' ) ); ?>" placeholder="XXXXXXXXXXXXXXXXXXXXXXXX@AdobeOrg"></td>
			</tr>
			<tr>
				<th scope="row"><label for="asg_client_id"><?php esc_html_e( 'Client ID (API key)', 'adobe-stock-gallery' ); ?></label></th>
				<td><input name="asg_client_id" id="asg_client_id" class="regular-text" value="<?php echo esc_attr( get_option( 'asg_client_id' ) ); ?>"></td>
			</tr>
			<tr>
				<th scope="row"><label for="asg_client_secret"><?php esc_html_e( 'Client secret', 'adobe-stock-gallery' ); ?></label></th>
				<td><input type="password" name="asg_client_secret" id="asg_client_secret" class="regular-text" value="<?php echo esc_attr( get_option( 'asg_client_secret' ) ); ?>"></td>
			</tr>
			<tr>
				<th scope="row"><label for="asg_technical_account_id"><?php esc_html_e( 'Technical account ID', 'adobe-stock-gallery' ); ?></label></th>
				<td><input name="asg_technical_account_id" id="asg_technical_account_id" class="regular-text" value="<?php echo esc_attr( get_option( 'asg_technical_account_id' ) ); ?>" placeholder="...@techacct.adobe.com"></td>
			</tr>
			<tr>
				<th scope="row"><label for="asg_private_key"><?php esc_html_e( 'Private key', 'adobe-stock-gallery' ); ?></label></th>
				<td><textarea name="asg_private_key" id="asg_private_key" rows="8" class="large-text code"><?php echo esc_textarea( get_option( 'asg_private_key' ) ); ?></textarea></td>
			</tr>
		</table>
		<?php submit_button(); ?>
	</form>
</div>
