<?php
defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

foreach ( array( 'asg_org_id', 'asg_client_id', 'asg_client_secret', 'asg_technical_account_id', 'asg_metascopes', 'asg_private_key', 'asg_private_key_passphrase', 'asg_user_oauth_client_id', 'asg_user_oauth_client_secret' ) as $option ) {
	delete_option( $option );
}
delete_transient( 'asg_ims_access_token' );
delete_metadata( 'user', 0, 'asg_adobe_access_token', '', true );
delete_metadata( 'user', 0, 'asg_adobe_refresh_token', '', true );
