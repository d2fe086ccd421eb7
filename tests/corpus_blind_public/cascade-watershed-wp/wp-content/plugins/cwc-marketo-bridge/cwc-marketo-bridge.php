<?php
/**
 * Plugin Name: CWC Marketo Bridge
 * Description: Sends Gravity Forms entries (volunteer sign-up, donor newsletter) to Marketo Engage.
 * Version:     1.6.2
 * Author:      Cascade Watershed Council web team
 * License:     GPL-2.0-or-later
 * Text Domain: cwc-marketo
 */

defined( 'ABSPATH' ) || exit;

require_once __DIR__ . '/includes/class-cwc-marketo-client.php';
require_once __DIR__ . '/includes/class-cwc-marketo-settings.php';

add_action( 'plugins_loaded', function () {
	CWC_Marketo_Settings::init();
} );

/**
 * Form id => Marketo program / list.
 */
function cwc_marketo_form_map() {
	return array(
		3 => array( 'list_id' => 1042, 'source' => 'Volunteer sign-up' ),
		7 => array( 'list_id' => 1051, 'source' => 'Donor newsletter' ),
	);
}

add_action( 'gform_after_submission', function ( $entry, $form ) {
	$map = cwc_marketo_form_map();
	if ( empty( $map[ $form['id'] ] ) ) {
		return;
	}
	$lead = array(
		'email'       => rgar( $entry, '2' ),
		'firstName'   => rgar( $entry, '1.3' ),
		'lastName'    => rgar( $entry, '1.6' ),
		'postalCode'  => rgar( $entry, '4.5' ),
		'leadSource'  => $map[ $form['id'] ]['source'],
	);
	wp_schedule_single_event( time() + 5, 'cwc_marketo_push_lead', array( $lead, $map[ $form['id'] ]['list_id'] ) );
}, 10, 2 );

add_action( 'cwc_marketo_push_lead', function ( $lead, $list_id ) {
	$client = CWC_Marketo_Client::from_options();
	$id     = $client->upsert_lead( $lead );
	if ( $id ) {
		$client->add_to_list( $list_id, $id );
	}
}, 10, 2 );
