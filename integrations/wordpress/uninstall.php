<?php
/**
 * Uninstall: the plugin stores no option, transient, table, user meta or file outside its own folder,
 * so there is nothing to remove here; WordPress deletes the folder. Posts keep their blocks and
 * shortcodes as text (they show nothing once the plugin is gone).
 *
 * @package stem-cell-explainers
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;
