<?php
/**
 * The plugin's core: the build's data (build/data.json and build/content-<lang>.json, written by
 * `npm run build` from the package's content, manifest and CDN files), the clinic's settings, and
 * which language and figure an element shows.
 *
 * @package stem-cell-explainers
 */

defined( 'ABSPATH' ) || exit;

/** Data, settings, languages and figures, shared by every road (blocks, shortcodes, saved posts). */
final class Stem_Cell_Explainers {
	const DOMAIN = 'stem-cell-explainers';
	const OPTION = 'stem_cell_explainers';

	/** @var string The main plugin file. */
	public static $file = '';

	/** @var array<string,mixed>|null */
	private static $data = null;

	/** @var array<string,array<string,mixed>> Fallback markup per language code. */
	private static $content = array();

	/** Hooks everything up; called once from the main plugin file. */
	public static function boot( $file ) {
		self::$file = $file;
		add_action( 'init', array( self::class, 'init' ) );
		Stem_Cell_Explainers_Scripts::hooks();
		Stem_Cell_Explainers_Shortcodes::hooks();
		Stem_Cell_Explainers_Settings::hooks();
		Stem_Cell_Explainers_Editor::hooks();
		Stem_Cell_Explainers_Post_Content::hooks();
	}

	/** Translations, blocks and shortcodes. */
	public static function init() {
		load_plugin_textdomain( self::DOMAIN, false, dirname( plugin_basename( self::$file ) ) . '/languages' );
		Stem_Cell_Explainers_Editor::register_assets();
		foreach ( self::data()['elements'] as $tag => $element ) {
			register_block_type(
				dirname( self::$file ) . '/blocks/' . $element['block'],
				array(
					'render_callback' => static function ( $attributes ) use ( $tag ) {
						return Stem_Cell_Explainers_Render::block( $tag, is_array( $attributes ) ? $attributes : array() );
					},
				)
			);
		}
		Stem_Cell_Explainers_Shortcodes::register();
	}

	/** @return array<string,mixed> The build data: elements, scripts, languages, number data and rules. */
	public static function data() {
		if ( null === self::$data ) {
			$json       = file_get_contents( dirname( self::$file ) . '/build/data.json' ); // phpcs:ignore WordPress.WP.AlternativeFunctions
			$data       = is_string( $json ) ? json_decode( $json, true ) : null;
			self::$data = is_array( $data ) ? $data : array();
		}
		return self::$data;
	}

	/**
	 * The fallback markup of one language, read when first needed.
	 *
	 * @param string $code A language code from data()['languages'].
	 * @return array<string,mixed>
	 */
	public static function content( $code ) {
		if ( ! isset( self::$content[ $code ] ) ) {
			$code = isset( self::data()['languages'][ $code ] ) ? $code : 'en';
			$json = file_get_contents( dirname( self::$file ) . '/build/content-' . $code . '.json' ); // phpcs:ignore WordPress.WP.AlternativeFunctions
			$data = is_string( $json ) ? json_decode( $json, true ) : null;

			self::$content[ $code ] = is_array( $data ) ? $data : array();
		}
		return self::$content[ $code ];
	}

	/**
	 * The clinic's settings (Settings → Stem cell explainers), each '' when not set.
	 *
	 * @return array{cells_per_kg:string,reviewed_by:string,last_reviewed:string,next_review_due:string,lang:string}
	 */
	public static function settings() {
		$saved    = get_option( self::OPTION, array() );
		$settings = array(
			'cells_per_kg'    => '',
			'reviewed_by'     => '',
			'last_reviewed'   => '',
			'next_review_due' => '',
			'lang'            => '',
		);
		foreach ( $settings as $key => $value ) {
			if ( is_array( $saved ) && isset( $saved[ $key ] ) && is_scalar( $saved[ $key ] ) ) {
				$settings[ $key ] = (string) $saved[ $key ];
			}
		}
		return $settings;
	}

	/**
	 * A language tag as the plugin writes it on an element: one of the choices (`hi`, `en-IN`), or a
	 * regional tag the build has number data for (`hi-IN`, `en-GB`), or its language when the region
	 * is unknown; null when the language is not one the explainers are written in.
	 *
	 * @param string $tag A language tag or WordPress locale (`hi_IN`).
	 * @return string|null
	 */
	public static function known_lang( $tag ) {
		$tag = strtolower( str_replace( '_', '-', trim( (string) $tag ) ) );
		if ( ! preg_match( '/^([a-z]{2,3})(-[a-z0-9]{2,8})*$/', $tag, $m ) || ! isset( self::data()['languages'][ $m[1] ] ) ) {
			return null;
		}
		foreach ( self::data()['choices'] as $choice ) {
			if ( strtolower( $choice['value'] ) === $tag ) {
				return $choice['value'];
			}
		}
		$parts = explode( '-', $tag );
		if ( 2 === count( $parts ) && isset( self::data()['numbers'][ $tag ] ) ) {
			return $parts[0] . '-' . strtoupper( $parts[1] );
		}
		return $m[1];
	}

	/** The site's language as an element's language tag, English when the explainers have no such language. */
	public static function site_lang() {
		$known = self::known_lang( get_locale() );
		return null === $known ? 'en' : $known;
	}

	/** The default language: the settings' choice, else the site's language. */
	public static function default_lang() {
		$chosen = self::known_lang( self::settings()['lang'] );
		return null === $chosen ? self::site_lang() : $chosen;
	}

	/** The content language of a tag: `hi` for `hi-IN`, `en` for `en-IN`. */
	public static function code( $tag ) {
		$code = strtolower( strtok( $tag, '-' ) );
		return isset( self::data()['languages'][ $code ] ) ? $code : 'en';
	}

	/** The figure a reader sees for a rule in cells per kg, in the tag's number system: "2 million", "20 लाख". */
	public static function figure( $cells_per_kg, $tag ) {
		return Stem_Cell_Explainers_Numbers::big_number( (int) $cells_per_kg, self::tag_data( 'numbers', $tag ) );
	}

	/**
	 * The dose note's figure for a weight in the tag's language and number system, as the note shows it
	 * (doseFor()): "By this rule, for 70 kg: at least 210 million cells. This is not a personal dose."
	 *
	 * @param float  $weight       The weight as the note reads it, in its unit.
	 * @param string $unit         kg or lb.
	 * @param int    $cells_per_kg The rule.
	 * @param string $tag          The element's language tag.
	 */
	public static function dose_text( $weight, $unit, $cells_per_kg, $tag ) {
		$words = self::content( self::code( $tag ) )['doseResult'];
		return Stem_Cell_Explainers_Numbers::dose( $weight, $unit, $cells_per_kg, $words, self::tag_data( 'numbers', $tag ) );
	}

	/** A day (YYYY-MM-DD) as the elements write it in the tag's language: "2 December 2026", "2 दिसंबर 2026". */
	public static function date_text( $iso, $tag ) {
		return Stem_Cell_Explainers_Numbers::date( $iso, self::tag_data( 'dates', $tag ) );
	}

	/**
	 * A tag's entry in one of the build's tables by language tag (`numbers`, `dates`): its own, else its
	 * language's; an entry that names another tag (`hi-in` → `hi`) is that tag's.
	 */
	private static function tag_data( $table, $tag ) {
		$entries = self::data()[ $table ];
		$key     = strtolower( $tag );
		$data    = isset( $entries[ $key ] ) ? $entries[ $key ] : $entries[ self::code( $tag ) ];
		return is_string( $data ) ? $entries[ $data ] : $data;
	}

	/** The clinic's rule in cells per kg: the settings' figure, else the bundled one. */
	public static function default_cells_per_kg() {
		$set = Stem_Cell_Explainers_Attributes::whole_number( self::settings()['cells_per_kg'], 1, Stem_Cell_Explainers_Numbers::MAX );
		return null === $set ? (int) self::data()['rules']['cellsPerKg'] : $set;
	}

	/** The language's name for people, in its own script with the English name: "हिन्दी (Hindi)". */
	public static function lang_label( $tag ) {
		foreach ( self::data()['choices'] as $choice ) {
			if ( strtolower( $choice['value'] ) === strtolower( $tag ) ) {
				return $choice['name'] === $choice['english'] ? $choice['name'] : $choice['name'] . ' (' . $choice['english'] . ')';
			}
		}
		$code = self::code( $tag );
		$lang = self::data()['languages'][ $code ];
		return ( $lang['name'] === $lang['english'] ? $lang['name'] : $lang['name'] . ' (' . $lang['english'] . ')' ) . ' · ' . $tag;
	}
}
