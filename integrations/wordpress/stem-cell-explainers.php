<?php
/**
 * Plugin Name:       Stem cell explainers
 * Description:       Patient information about stem cell injections: an FAQ, the procedure step by step, and the dose rule with a body-weight calculator. Three blocks and three shortcodes; readable without JavaScript; no request to any other site.
 * Version:           0.0.0-dev
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * License:           MIT
 * Text Domain:       stem-cell-explainers
 *
 * @package stem-cell-explainers
 */

defined( 'ABSPATH' ) || exit;

/**
 * The plugin: registers the blocks, the shortcodes and the bundle. Everything about the content and the
 * elements' attributes comes from build/data.json, which `npm run build` writes from the package's own
 * content and custom-elements.json. The plugin stores nothing in the database.
 */
final class Stem_Cell_Explainers {
	const HANDLE        = 'stem-cell-explainers';
	const EDITOR_HANDLE = 'stem-cell-explainers-editor';
	/** Link protocols the elements accept (src/internal/content.ts). */
	const PROTOCOLS = array( 'http', 'https', 'mailto', 'tel' );
	/** The most own questions a block or shortcode takes, and the longest text (as the elements). */
	const MAX_ENTRIES = 200;
	const MAX_TEXT    = 10000;

	/** @var array<string,mixed>|null */
	private static $data = null;

	/** @return array<string,mixed> The build data: version, integrity, elements, attributes, rules and fallback markup. */
	public static function data() {
		if ( null === self::$data ) {
			$json       = file_get_contents( __DIR__ . '/build/data.json' ); // phpcs:ignore WordPress.WP.AlternativeFunctions
			self::$data = is_string( $json ) ? json_decode( $json, true ) : array();
		}
		return self::$data;
	}

	public static function init() {
		$data = self::data();
		wp_register_script( self::HANDLE, plugins_url( 'build/stem-cell-explainers.js', __FILE__ ), array(), $data['version'], false );
		wp_register_script(
			self::EDITOR_HANDLE,
			plugins_url( 'editor.js', __FILE__ ),
			array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-server-side-render' ),
			$data['version'],
			true
		);
		wp_add_inline_script( self::EDITOR_HANDLE, 'window.stemCellExplainers = ' . wp_json_encode( self::editor_data() ) . ';', 'before' );

		foreach ( $data['elements'] as $tag => $element ) {
			register_block_type(
				__DIR__ . '/blocks/' . $element['block'],
				array(
					'render_callback' => static function ( $attributes ) use ( $tag ) {
						return Stem_Cell_Explainers::render( $tag, is_array( $attributes ) ? $attributes : array(), true );
					},
				)
			);
			add_shortcode(
				$element['shortcode'],
				static function ( $attributes, $content = '' ) use ( $tag ) {
					return Stem_Cell_Explainers::render( $tag, Stem_Cell_Explainers::shortcode_attributes( $tag, $attributes, (string) $content ), false );
				}
			);
		}
		add_filter( 'script_loader_tag', array( self::class, 'script_tag' ), 10, 3 );
	}

	/** What the editor script needs: each block's attributes (from custom-elements.json) and the choices. */
	private static function editor_data() {
		$data   = self::data();
		$blocks = array();
		foreach ( $data['elements'] as $tag => $element ) {
			$blocks[] = array(
				'name'       => 'stem-cell-explainers/' . $element['block'],
				'tag'        => $tag,
				'attributes' => $element['attributes'],
			);
		}
		return array(
			'blocks'  => $blocks,
			'choices' => array(
				'heading-level' => array( '2', '3', '4', '5', '6' ),
				'source'        => $data['rules']['sources'],
				'unit'          => array( 'kg', 'lb' ),
			),
		);
	}

	/**
	 * Shortcode attributes to block attributes: `search`, `search="true"` and `search="1"` turn a boolean on;
	 * names are the element's own (`heading-level`). The FAQ's enclosed `<details>` are the clinic's questions.
	 */
	public static function shortcode_attributes( $tag, $attributes, $content ) {
		$attributes = is_array( $attributes ) ? $attributes : array();
		$out        = array();
		foreach ( $attributes as $key => $value ) {
			if ( is_int( $key ) ) {
				$out[ strtolower( (string) $value ) ] = true;
			} else {
				$out[ strtolower( (string) $key ) ] = $value;
			}
		}
		if ( 'stem-cell-faq' === $tag && '' !== trim( $content ) ) {
			$out['entries'] = self::details_entries( $content );
		}
		return $out;
	}

	/** `<details><summary>Question</summary>answer</details>` in shortcode content, as entries. */
	private static function details_entries( $content ) {
		$entries = array();
		if ( preg_match_all( '#<details\b[^>]*>\s*(?:<p>\s*)?<summary\b[^>]*>(.*?)</summary>(.*?)</details>#is', $content, $matches, PREG_SET_ORDER ) ) {
			foreach ( $matches as $match ) {
				$entries[] = array(
					'question' => wp_strip_all_tags( $match[1] ),
					'answer'   => $match[2],
				);
			}
		}
		return $entries;
	}

	/** True for the values an editor means as "on". */
	private static function truthy( $value ) {
		if ( is_bool( $value ) ) {
			return $value;
		}
		return in_array( strtolower( trim( (string) $value ) ), array( '1', 'true', 'yes', 'on' ), true );
	}

	/**
	 * One attribute checked as strictly as the element checks it. Returns the value to write, true for a
	 * bare boolean attribute, or null to leave it out (the element then uses its default).
	 */
	private static function valid( $tag, $name, $type, $value, array $given ) {
		$rules = self::data()['rules'];
		if ( 'boolean' === $type ) {
			return self::truthy( $value ) ? true : null;
		}
		if ( is_array( $value ) || is_object( $value ) || null === $value ) {
			return null;
		}
		$value = trim( (string) $value );
		if ( '' === $value ) {
			return null;
		}
		switch ( $name ) {
			case 'heading-level':
				return preg_match( '/^[2-6]$/', $value ) ? $value : null;
			case 'last-reviewed':
			case 'next-review-due':
				return preg_match( '/^(\d{4})-(\d{2})-(\d{2})$/', $value, $m ) && checkdate( (int) $m[2], (int) $m[3], (int) $m[1] ) ? $value : null;
			case 'source':
				return in_array( $value, $rules['sources'], true ) ? $value : null;
			case 'current':
				$source = isset( $given['source'] ) && in_array( $given['source'], $rules['sources'], true ) ? $given['source'] : $rules['sources'][0];
				return preg_match( '/^\d+$/', $value ) && (int) $value >= 1 && (int) $value <= $rules['steps'][ $source ] ? (string) (int) $value : null;
			case 'dose-link':
				return self::safe_href( $value );
			case 'unit':
				return in_array( $value, array( 'kg', 'lb' ), true ) ? $value : null;
			case 'weight':
				$unit = isset( $given['unit'] ) && 'lb' === $given['unit'] ? 'lb' : 'kg';
				if ( ! preg_match( '/^[-+]?(?:\d+(?:[.,]\d*)?|[.,]\d+)$/', $value ) ) {
					return null;
				}
				$n = (float) str_replace( ',', '.', $value );
				return $n >= $rules['weight'][ $unit ][0] && $n <= $rules['weight'][ $unit ][1] ? $value : null;
			case 'cells-per-kg':
				return preg_match( '/^[1-9]\d{0,14}$/', $value ) ? $value : null;
			default:
				// Free text (reviewed-by, and any text attribute the elements gain): written escaped.
				return mb_substr( sanitize_text_field( $value ), 0, 200 );
		}
	}

	/** A link the elements accept: http, https, mailto, tel or a relative address; otherwise null. */
	private static function safe_href( $value ) {
		$flat = preg_replace( '/[\x00-\x20\x7f]+/', '', $value );
		if ( preg_match( '/^([a-z][a-z0-9+.\-]*):/i', (string) $flat, $m ) && ! in_array( strtolower( $m[1] ), self::PROTOCOLS, true ) ) {
			return null;
		}
		$url = esc_url_raw( $value, self::PROTOCOLS );
		return '' === $url ? null : $url;
	}

	/** The element with its valid attributes, holding its fallback markup; enqueues the bundle once. */
	public static function render( $tag, array $attributes, $is_block ) {
		$data = self::data();
		if ( ! isset( $data['elements'][ $tag ] ) ) {
			return '';
		}
		wp_enqueue_script( self::HANDLE );
		$valid = array();
		foreach ( $data['elements'][ $tag ]['attributes'] as $attribute ) {
			$name = $attribute['name'];
			if ( array_key_exists( $name, $attributes ) ) {
				$value = self::valid( $tag, $name, $attribute['type'], $attributes[ $name ], $attributes );
				if ( null !== $value ) {
					$valid[ $name ] = $value;
				}
			}
		}
		$html = '';
		foreach ( $valid as $name => $value ) {
			$html .= true === $value ? ' ' . esc_attr( $name ) : sprintf( ' %s="%s"', esc_attr( $name ), esc_attr( $value ) );
		}
		$wrapper = $is_block && function_exists( 'get_block_wrapper_attributes' ) ? get_block_wrapper_attributes() : '';
		return '<' . $tag . ( '' === $wrapper ? '' : ' ' . $wrapper ) . $html . '>' . self::fallback( $tag, $valid, $attributes ) . '</' . $tag . '>';
	}

	/** The content as plain HTML, the same as dist/snippets/: readable without JavaScript; the element takes it over. */
	private static function fallback( $tag, array $valid, array $attributes ) {
		$fallback = self::data()['fallback'];
		$level    = isset( $valid['heading-level'] ) ? $valid['heading-level'] : '3';
		$heading  = static function ( $html ) use ( $level ) {
			return str_replace( array( '<h3>', '</h3>' ), array( '<h' . $level . '>', '</h' . $level . '>' ), $html );
		};
		if ( 'stem-cell-faq' === $tag ) {
			$entries = isset( $attributes['entries'] ) ? $attributes['entries'] : array();
			$bundled = ! array_key_exists( 'bundled', $attributes ) || self::truthy( $attributes['bundled'] );
			$own     = self::own_entries( $entries, $bundled ? self::data()['rules']['faqIds'] : array() );
			$bundled = $bundled || '' === $own;
			return "\n" . ( $bundled ? $fallback['stem-cell-faq']['entries'] . "\n" : '' ) . $own . $fallback['stem-cell-faq']['after'] . "\n";
		}
		if ( 'procedure-steps' === $tag ) {
			$source = isset( $valid['source'] ) ? $valid['source'] : self::data()['rules']['sources'][0];
			return "\n" . $heading( $fallback['procedure-steps'][ $source ] ) . "\n";
		}
		$rate  = isset( $valid['cells-per-kg'] ) ? (float) $valid['cells-per-kg'] : (float) self::data()['rules']['cellsPerKg'];
		$cells = self::compact_number( $rate );
		return "\n" . $heading( str_replace( '%cells%', esc_html( $cells ), $fallback['dose-note'] ) ) . "\n";
	}

	/** A number in words as `Intl.NumberFormat('en', { notation: 'compact', compactDisplay: 'long' })` writes it. */
	private static function compact_number( $n ) {
		foreach ( array( 1000000000000 => 'trillion', 1000000000 => 'billion', 1000000 => 'million', 1000 => 'thousand' ) as $unit => $word ) {
			if ( $n >= (float) $unit ) {
				$v = $n / (float) $unit;
				$v = $v < 10 ? round( $v, 1 ) : round( $v );
				if ( $v >= 1000 && 'trillion' !== $word ) {
					continue;
				}
				return rtrim( rtrim( number_format( $v, 1, '.', ',' ), '0' ), '.' ) . ' ' . $word;
			}
		}
		return number_format( $n, 0, '.', ',' );
	}

	/** The clinic's own questions as `<details>` entries, each with a unique id made from the question. */
	private static function own_entries( $entries, array $taken ) {
		if ( ! is_array( $entries ) ) {
			return '';
		}
		$allowed = array(
			'p'      => array(),
			'br'     => array(),
			'ul'     => array(),
			'ol'     => array(),
			'li'     => array(),
			'strong' => array(),
			'em'     => array(),
			'a'      => array( 'href' => true ),
		);
		$html    = '';
		$ids     = array_fill_keys( $taken, true );
		foreach ( array_slice( $entries, 0, self::MAX_ENTRIES ) as $entry ) {
			if ( ! is_array( $entry ) || ! isset( $entry['question'], $entry['answer'] ) || ! is_string( $entry['question'] ) || ! is_string( $entry['answer'] ) ) {
				continue;
			}
			$question = trim( wp_strip_all_tags( $entry['question'] ) );
			$answer   = trim( $entry['answer'] );
			if ( '' === $question || '' === $answer || strlen( $question ) > self::MAX_TEXT || strlen( $answer ) > self::MAX_TEXT ) {
				continue;
			}
			$base = substr( trim( (string) preg_replace( '/[^a-z0-9_-]+/', '', sanitize_title( $question ) ), '-_' ), 0, 80 );
			$base = '' === $base ? 'question' : $base;
			$id   = $base;
			for ( $i = 2; isset( $ids[ $id ] ); $i++ ) {
				$id = $base . '-' . $i;
			}
			$ids[ $id ] = true;
			$body       = wp_kses( wpautop( $answer ), $allowed, self::PROTOCOLS );
			$html      .= sprintf( '<details id="%s"><summary>%s</summary>%s</details>', esc_attr( $id ), esc_html( $question ), $body ) . "\n";
		}
		return $html;
	}

	/** The bundle's tag: a module (deferred, so the page's own markup is read), with its Subresource Integrity. */
	public static function script_tag( $tag, $handle, $src ) {
		if ( self::HANDLE !== $handle ) {
			return $tag;
		}
		$integrity = self::data()['integrity'];
		return sprintf( '<script type="module" src="%s" integrity="%s" id="%s-js"></script>' . "\n", esc_url( $src ), esc_attr( $integrity ), esc_attr( $handle ) );
	}
}

add_action( 'init', array( 'Stem_Cell_Explainers', 'init' ) );
