<?php
/**
 * Uninstall (Plugins → Delete): removes the plugin's one option, the clinic's settings, on every
 * site. Nothing else is stored: no table, transient, user meta or file outside the plugin's folder.
 *
 * Posts keep what the clinic wrote. Blocks keep their saved text (the clinic's information, read
 * without the plugin); shortcodes, turned into their text when the plugin was deactivated, keep the
 * shortcode in an invisible data- attribute, so that installing and activating the plugin again
 * puts them back.
 *
 * @package stem-cell-explainers
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

if ( is_multisite() ) {
	foreach ( get_sites(
		array(
			'fields' => 'ids',
			'number' => 0,
		)
	) as $stem_cell_explainers_site ) {
		switch_to_blog( (int) $stem_cell_explainers_site );
		delete_option( 'stem_cell_explainers' );
		restore_current_blog();
	}
} else {
	delete_option( 'stem_cell_explainers' );
}
