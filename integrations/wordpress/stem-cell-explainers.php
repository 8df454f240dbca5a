<?php
/**
 * Plugin Name:       Stem cell explainers
 * Description:       Patient information about stem cell injections: an FAQ, the procedure step by step, and the dose rule with a body-weight calculator. Three blocks and three shortcodes (and [stem_cell_question] for your own questions), in the site's language; readable without JavaScript; no request to any other site.
 * Version:           0.0.0-dev
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       stem-cell-explainers
 * Domain Path:       /languages
 *
 * @package stem-cell-explainers
 */

defined( 'ABSPATH' ) || exit;

require_once __DIR__ . '/includes/class-numbers.php';
require_once __DIR__ . '/includes/class-entry-id.php';
require_once __DIR__ . '/includes/class-text-parts.php';
require_once __DIR__ . '/includes/class-plugin.php';
require_once __DIR__ . '/includes/class-attributes.php';
require_once __DIR__ . '/includes/class-render.php';
require_once __DIR__ . '/includes/class-scripts.php';
require_once __DIR__ . '/includes/class-shortcodes.php';
require_once __DIR__ . '/includes/class-settings.php';
require_once __DIR__ . '/includes/class-editor.php';
require_once __DIR__ . '/includes/class-post-content.php';

Stem_Cell_Explainers::boot( __FILE__ );
register_activation_hook( __FILE__, array( 'Stem_Cell_Explainers_Post_Content', 'activate' ) );
register_deactivation_hook( __FILE__, array( 'Stem_Cell_Explainers_Post_Content', 'deactivate' ) );
