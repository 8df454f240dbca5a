<?php
/**
 * Attributes checked as the elements check them (src/internal/attributes.ts and each element): a
 * value the element would refuse is left out, and the editor is told why in the element's words.
 * Every road uses this: blocks, shortcodes, the editor's preview and the settings screen.
 *
 * @package stem-cell-explainers
 */

defined( 'ABSPATH' ) || exit;

/** The elements' rules for their attributes, with messages for editors. */
final class Stem_Cell_Explainers_Attributes {
	/** Link protocols the elements accept (isSafeHref in src/internal/attributes.ts). */
	const PROTOCOLS = array( 'http', 'https', 'mailto', 'tel' );

	/** @var bool Whether messages name a block's fields (as its sidebar labels them), not the attributes (shortcodes). */
	private static $fields = false;

	/**
	 * Runs a task whose messages name the block's fields (“Weight “500””) instead of the attributes a
	 * shortcode writes (`weight="500"`): a block's editor never sees the attribute names.
	 *
	 * @param callable $task The task.
	 * @return mixed What it returns.
	 */
	public static function as_fields( $task ) {
		$before       = self::$fields;
		self::$fields = true;
		try {
			return $task();
		} finally {
			self::$fields = $before;
		}
	}

	/**
	 * A value as its editor gave it: `weight="500"` (shortcodes), or the field's label and the value,
	 * “Weight “500”” (blocks, as_fields()).
	 *
	 * @param string $name  The attribute.
	 * @param string $value The value, as shown().
	 */
	public static function given( $name, $value ) {
		$labels = self::labels();
		if ( self::$fields && isset( $labels[ $name ] ) ) {
			/* translators: 1: a field's label in the block's sidebar, such as "Weight", 2: the value in it */
			return sprintf( __( '%1$s “%2$s”', 'stem-cell-explainers' ), $labels[ $name ], $value );
		}
		return sprintf( '%s="%s"', $name, $value );
	}

	/** Each attribute's label in the block's sidebar. */
	private static function labels() {
		return array(
			'lang'            => __( 'Language', 'stem-cell-explainers' ),
			'search'          => __( 'Search box', 'stem-cell-explainers' ),
			'single'          => __( 'One answer at a time', 'stem-cell-explainers' ),
			'last-reviewed'   => __( 'Last reviewed', 'stem-cell-explainers' ),
			'next-review-due' => __( 'Next review due', 'stem-cell-explainers' ),
			'reviewed-by'     => __( 'Reviewed by', 'stem-cell-explainers' ),
			'structured-data' => __( 'Structured data', 'stem-cell-explainers' ),
			'source'          => __( 'Source of the cells', 'stem-cell-explainers' ),
			'current'         => __( 'Current step', 'stem-cell-explainers' ),
			'dose-link'       => __( 'Dose link', 'stem-cell-explainers' ),
			'calculator'      => __( 'Calculator', 'stem-cell-explainers' ),
			'weight'          => __( 'Weight', 'stem-cell-explainers' ),
			'unit'            => __( 'Unit', 'stem-cell-explainers' ),
			'min-weight'      => __( 'Lowest weight', 'stem-cell-explainers' ),
			'max-weight'      => __( 'Highest weight', 'stem-cell-explainers' ),
			'heading-level'   => __( 'Heading level', 'stem-cell-explainers' ),
			'cells-per-kg'    => __( 'Cells per kg', 'stem-cell-explainers' ),
		);
	}

	/**
	 * Checks what a block or shortcode gives for one element.
	 *
	 * @param string              $tag   The element.
	 * @param array<string,mixed> $given Attribute name (the element's own) => value.
	 * @return array{values:array<string,string|true>,problems:array<string,string>,warnings:array<string,string>,lang:string|null}
	 *         The valid values (true for a boolean that is on), a message per refused attribute, a
	 *         message per value used that its editor should check, and the language tag asked for
	 *         (null: the default).
	 */
	public static function check( $tag, array $given ) {
		$data     = Stem_Cell_Explainers::data();
		$rules    = $data['rules'];
		$values   = array();
		$problems = array();
		$warnings = array();
		$lang     = null;
		$names    = array();
		foreach ( $data['elements'][ $tag ]['attributes'] as $attribute ) {
			$names[ $attribute['name'] ] = $attribute['type'];
		}

		if ( isset( $given['lang'] ) && is_scalar( $given['lang'] ) && '' !== trim( (string) $given['lang'] ) ) {
			$lang = Stem_Cell_Explainers::known_lang( (string) $given['lang'] );
			if ( null === $lang ) {
				$problems['lang'] = sprintf(
					/* translators: 1: the language given, such as lang="xx" (a shortcode) or Language “xx” (a block), 2: the languages, 3: the language used instead */
					__( '%1$s is not a language the explainers are written in (%2$s); %3$s is used.', 'stem-cell-explainers' ),
					self::given( 'lang', self::shown( $given['lang'] ) ),
					implode( ', ', wp_list_pluck( $data['choices'], 'value' ) ),
					Stem_Cell_Explainers::default_lang()
				);
			}
		}
		$code = Stem_Cell_Explainers::code( null === $lang ? Stem_Cell_Explainers::default_lang() : $lang );

		// In the order the rules depend on each other: source before current, unit and range before weight.
		$order = array_merge( array( 'source', 'unit', 'min-weight', 'max-weight' ), array_keys( $names ) );
		foreach ( array_unique( $order ) as $name ) {
			if ( ! isset( $names[ $name ] ) || ! array_key_exists( $name, $given ) ) {
				continue;
			}
			$value = $given[ $name ];
			if ( 'boolean' === $names[ $name ] ) {
				$on = self::boolean( $value );
				if ( true === $on ) {
					$values[ $name ] = true;
				} elseif ( null === $on ) {
					/* translators: 1: attribute name, 2: the value given */
					$problems[ $name ] = sprintf( __( '%1$s="%2$s" is neither on nor off; write %1$s="true" or leave it out. It is left off.', 'stem-cell-explainers' ), $name, self::shown( $value ) );
				}
				continue;
			}
			if ( ! is_scalar( $value ) || '' === trim( (string) $value ) ) {
				continue;
			}
			$value = trim( (string) $value );
			switch ( $name ) {
				case 'heading-level':
					$level = self::whole_number( $value, $rules['headingLevel'][0], $rules['headingLevel'][1] );
					if ( null === $level ) {
						$problems[ $name ] = self::range_message( $name, $value, $rules['headingLevel'][0], $rules['headingLevel'][1], Stem_Cell_Explainers_Render::HEADING_LEVEL );
					} else {
						$values[ $name ] = (string) $level;
					}
					break;
				case 'cells-per-kg':
				case 'min-weight':
				case 'max-weight':
					list( $min, $max ) = 'cells-per-kg' === $name ? array( 1, Stem_Cell_Explainers_Numbers::MAX ) : $rules[ 'min-weight' === $name ? 'minWeight' : 'maxWeight' ];
					$n                 = self::whole_number( $value, $min, $max );
					if ( null === $n ) {
						$problems[ $name ] = self::range_message( $name, $value, $min, 'cells-per-kg' === $name ? null : $max, 'cells-per-kg' === $name ? (string) Stem_Cell_Explainers::default_cells_per_kg() : null );
					} else {
						$values[ $name ] = (string) $n;
						$unusual         = 'cells-per-kg' === $name ? self::unusual_rate( $n ) : null;
						if ( null !== $unusual ) {
							$warnings[ $name ] = $unusual;
						}
					}
					break;
				case 'last-reviewed':
				case 'next-review-due':
					if ( 'last-reviewed' === $name && self::iso_date( $value ) && self::after_today( $value ) ) {
						/* translators: %s: the date given, such as last-reviewed="2027-01-01" (a shortcode) or Last reviewed “2027-01-01” (a block) */
						$problems[ $name ] = sprintf( __( '%s is after today: a review cannot be in the future. Give the day it took place; until then it is ignored.', 'stem-cell-explainers' ), self::given( $name, self::shown( $value ) ) );
					} elseif ( self::iso_date( $value ) ) {
						$values[ $name ] = $value;
					} else {
						/* translators: %s: the value given, such as last-reviewed="soon" (a shortcode) or Last reviewed “soon” (a block) */
						$problems[ $name ] = sprintf( __( '%s is not a date in the form YYYY-MM-DD (for example 2026-03-01); it is ignored.', 'stem-cell-explainers' ), self::given( $name, self::shown( $value ) ) );
					}
					break;
				case 'source':
				case 'unit':
					$allowed = 'source' === $name ? $rules['sources'] : array( 'kg', 'lb' );
					if ( in_array( $value, $allowed, true ) ) {
						$values[ $name ] = $value;
					} else {
						/* translators: 1: the value given, such as unit="st" (a shortcode) or Unit “st” (a block), 2: the values allowed, 3: the value used instead */
						$problems[ $name ] = sprintf( __( '%1$s is not known; use %2$s. Using %3$s.', 'stem-cell-explainers' ), self::given( $name, self::shown( $value ) ), implode( ', ', $allowed ), $allowed[0] );
					}
					break;
				case 'current':
					$source = isset( $values['source'] ) ? $values['source'] : $rules['sources'][0];
					$steps  = (int) $data['languages'][ $code ]['steps'][ $source ];
					$n      = self::whole_number( $value, 1, $steps );
					if ( null === $n ) {
						$problems[ $name ] = self::range_message( $name, $value, 1, $steps, null );
					} else {
						$values[ $name ] = (string) $n;
					}
					break;
				case 'dose-link':
					$href = self::safe_href( $value );
					if ( null === $href ) {
						/* translators: %s: the value given, such as dose-link="javascript:…" (a shortcode) or Dose link “javascript:…” (a block) */
						$problems[ $name ] = sprintf( __( '%s is not a web address (http, https or relative, such as #dose); it is ignored.', 'stem-cell-explainers' ), self::given( $name, self::shown( $value ) ) );
					} else {
						$values[ $name ] = $href;
					}
					break;
				case 'weight':
					$unit  = isset( $values['unit'] ) ? $values['unit'] : 'kg';
					$range = self::weight_range( $values );
					$kg    = self::weight( $value, $unit, $range );
					if ( null === $kg ) {
						$bounds            = self::bounds( $unit, $range );
						$problems[ $name ] = sprintf(
							/* translators: 1: the weight given, such as weight="500" (a shortcode) or Weight “500” (a block), 2: lowest weight, 3: highest weight, 4: unit */
							__( '%1$s is not allowed; use a number from %2$s to %3$s (%4$s). It is ignored.', 'stem-cell-explainers' ),
							self::given( $name, self::shown( $value ) ),
							$bounds[0],
							$bounds[1],
							$unit
						);
					} else {
						$values[ $name ] = $value;
					}
					break;
				default:
					// Free text (reviewed-by, and any text attribute the elements gain): written escaped. What
					// that changes beyond spaces is named beside the field, as the Settings screen names it.
					$values[ $name ] = mb_substr( sanitize_text_field( $value ), 0, 200 );
					$read            = wp_specialchars_decode( $values[ $name ], ENT_QUOTES );
					$labels          = self::labels();
					if ( preg_replace( '/\s+/u', ' ', wp_specialchars_decode( $value, ENT_QUOTES ) ) !== $read ) {
						$warnings[ $name ] = sprintf(
							/* translators: 1: the field's label in the block's sidebar, such as "Reviewed by", or the shortcode's attribute, such as reviewed-by, 2: the text as patients read it */
							__( '%1$s: what looked like HTML was taken out, or the text was cut to 200 characters. Patients read: “%2$s”.', 'stem-cell-explainers' ),
							self::$fields && isset( $labels[ $name ] ) ? $labels[ $name ] : $name,
							$read
						);
					}
			}
		}

		self::review_order( $values, $problems );

		// min-weight must be below max-weight, else the element uses its adult range for both.
		if ( isset( $values['min-weight'] ) || isset( $values['max-weight'] ) ) {
			list( $min, $max ) = self::weight_range( $values, false );
			if ( $min >= $max ) {
				$kg                      = $rules['weight']['kg'];
				$problems['min-weight']  = sprintf(
					/* translators: 1: lowest weight, such as min-weight="80" (a shortcode) or Lowest weight “80” (a block), 2: highest weight, the same way, 3 and 4: the adult range used instead */
					__( '%1$s must be below %2$s; using %3$s to %4$s kg.', 'stem-cell-explainers' ),
					self::given( 'min-weight', (string) $min ),
					self::given( 'max-weight', (string) $max ),
					$kg[0],
					$kg[1]
				);
				// Both fields are marked: either may be the one to change (the note says it once).
				$problems['max-weight'] = $problems['min-weight'];
				unset( $values['min-weight'], $values['max-weight'] );
			}
		}
		return array(
			'values'   => $values,
			'problems' => $problems,
			'warnings' => $warnings,
			'lang'     => $lang,
		);
	}

	/**
	 * A block's or shortcode's own cells per kg far from any clinic's (outside plausibleCellsPerKg, as the
	 * settings screen warns): used, as given, but its editor is asked to check it (30000 for 3000000 is
	 * one slip of a finger, and patients read it as their dose). Null when it is plausible, or the
	 * clinic's own figure (the settings screen says so of that).
	 *
	 * @param int $rate The cells per kg given.
	 */
	public static function unusual_rate( $rate ) {
		list( $low, $high ) = Stem_Cell_Explainers::data()['rules']['plausibleCellsPerKg'];
		$clinic             = Stem_Cell_Explainers::default_cells_per_kg();
		if ( ( $rate >= $low && $rate <= $high ) || $rate === $clinic ) {
			return null;
		}
		return sprintf(
			/* translators: 1: the cells per kg given, such as "30,000", 2: the clinic's figure as patients read it in English, such as "3 million" */
			__( 'Cells per kg is %1$s — the clinic’s figure is %2$s. Check this number: patients read it as their dose.', 'stem-cell-explainers' ),
			number_format_i18n( $rate ),
			Stem_Cell_Explainers::figure( $clinic, 'en' )
		);
	}

	/** true, false, or null for a value that is neither (`search="maybe"`). */
	public static function boolean( $value ) {
		if ( is_bool( $value ) ) {
			return $value;
		}
		if ( null === $value || ! is_scalar( $value ) ) {
			return false;
		}
		$value = strtolower( trim( (string) $value ) );
		if ( in_array( $value, array( '1', 'true', 'yes', 'on' ), true ) ) {
			return true;
		}
		return in_array( $value, array( '', '0', 'false', 'no', 'off' ), true ) ? false : null;
	}

	/**
	 * A whole number from $min to $max as the elements read one (JavaScript's Number(): "3000000",
	 * "3e6", "3000000.0"), also with digit groups as people write them ("3,000,000", "30,00,000",
	 * "3 000 000"); null when it is not one.
	 */
	public static function whole_number( $value, $min, $max ) {
		if ( ! is_scalar( $value ) ) {
			return null;
		}
		$text = trim( (string) $value );
		if ( preg_match( '/^\+?\d{1,3}(?:[, _]\d{2,3})+$/', $text ) ) {
			$text = preg_replace( '/[, _]/', '', $text );
		}
		if ( preg_match( '/^0x[0-9a-f]+$/i', $text ) ) {
			$n = hexdec( substr( $text, 2 ) );
		} elseif ( preg_match( '/^0o[0-7]+$/i', $text ) ) {
			$n = octdec( substr( $text, 2 ) );
		} elseif ( preg_match( '/^0b[01]+$/i', $text ) ) {
			$n = bindec( substr( $text, 2 ) );
		} elseif ( preg_match( '/^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i', $text ) ) {
			$n = (float) $text;
		} else {
			return null;
		}
		if ( ! is_finite( (float) $n ) || floor( (float) $n ) !== (float) $n || abs( (float) $n ) > Stem_Cell_Explainers_Numbers::MAX || (float) $n > PHP_INT_MAX ) {
			return null;
		}
		$n = (int) $n;
		return $n >= $min && $n <= $max ? $n : null;
	}

	/** True for a real date written YYYY-MM-DD. */
	public static function iso_date( $value ) {
		return is_string( $value ) && preg_match( '/^(\d{4})-(\d{2})-(\d{2})$/', trim( $value ), $m ) && checkdate( (int) $m[2], (int) $m[3], (int) $m[1] );
	}

	/**
	 * True for a date after today wherever the reader is: a day later than the server's UTC date, as the
	 * embed builder counts it (a clinic east of UTC may be a day ahead).
	 */
	public static function after_today( $value ) {
		return trim( (string) $value ) > gmdate( 'Y-m-d', time() + DAY_IN_SECONDS );
	}

	/**
	 * True for a next review not after the last review (dates YYYY-MM-DD): it cannot be due then. The
	 * embed builder's rule (notAfterLastReview in src/components/stem-cell-faq/review-dates.ts).
	 */
	public static function not_after_last_review( $next, $last ) {
		return trim( (string) $next ) <= trim( (string) $last );
	}

	/**
	 * Leaves out a next-review-due that is not after last-reviewed, with a message for the editor, as
	 * the embed builder refuses it. For checked values: a block's, or a block's with the settings'.
	 *
	 * @param array<string,string|true> $values   Checked values; next-review-due is removed when refused.
	 * @param array<string,string>      $problems A message per refused attribute.
	 */
	public static function review_order( array &$values, array &$problems ) {
		if ( isset( $values['next-review-due'], $values['last-reviewed'] ) && self::not_after_last_review( $values['next-review-due'], $values['last-reviewed'] ) ) {
			$problems['next-review-due'] = sprintf(
				/* translators: 1: the next review, such as next-review-due="2026-01-01" (a shortcode) or Next review due “2026-01-01” (a block), 2: the last review, the same way */
				__( '%1$s is not after %2$s: the next review must come after the last. Give the day it is due; until then it is ignored.', 'stem-cell-explainers' ),
				self::given( 'next-review-due', $values['next-review-due'] ),
				self::given( 'last-reviewed', $values['last-reviewed'] )
			);
			unset( $values['next-review-due'] );
		}
	}

	/** A link the elements accept: http, https, mailto, tel or a relative address; otherwise null. */
	public static function safe_href( $value ) {
		$flat = preg_replace( '/[\x00-\x20\x7f]+/', '', (string) $value );
		if ( preg_match( '/^([a-z][a-z0-9+.\-]*):/i', (string) $flat, $m ) && ! in_array( strtolower( $m[1] ), self::PROTOCOLS, true ) ) {
			return null;
		}
		$url = esc_url_raw( (string) $value, self::PROTOCOLS );
		return '' === $url ? null : $url;
	}

	/**
	 * A dose note's weight as the element reads it (a number in its unit), from checked values; null
	 * without one.
	 *
	 * @param array<string,string|true> $values Checked values (check()).
	 * @return float|null
	 */
	public static function weight_given( array $values ) {
		if ( ! isset( $values['weight'] ) ) {
			return null;
		}
		return self::weight( $values['weight'], isset( $values['unit'] ) ? $values['unit'] : 'kg', self::weight_range( $values ) );
	}

	/** The calculator's range in kg: the valid min-weight and max-weight, else the adult range. */
	private static function weight_range( array $values, $checked = true ) {
		$kg  = Stem_Cell_Explainers::data()['rules']['weight']['kg'];
		$min = isset( $values['min-weight'] ) ? (int) $values['min-weight'] : (int) $kg[0];
		$max = isset( $values['max-weight'] ) ? (int) $values['max-weight'] : (int) $kg[1];
		return $checked && $min >= $max ? array( (int) $kg[0], (int) $kg[1] ) : array( $min, $max );
	}

	/** The range in a unit, rounded inward as the element rounds it. */
	private static function bounds( $unit, array $range ) {
		if ( 'kg' === $unit ) {
			return $range;
		}
		$per = (float) Stem_Cell_Explainers::data()['rules']['kgPerLb'];
		return array( (int) ceil( $range[0] / $per ), (int) floor( $range[1] / $per ) );
	}

	/** A weight as parseWeight() (src/components/dose-note/weight.ts) reads it, or null when the element would refuse it. */
	private static function weight( $value, $unit, array $range ) {
		$value = strtr( $value, Stem_Cell_Explainers::data()['rules']['digits'] ); // "७०" is 70
		if ( ! preg_match( '/^[-+]?(?:\d+(?:[.,]\d*)?|[.,]\d+)$/', $value ) ) {
			return null;
		}
		$n      = (float) str_replace( ',', '.', $value );
		$bounds = self::bounds( $unit, $range );
		return $n > 0 && $n >= $bounds[0] && $n <= $bounds[1] ? $n : null;
	}

	/** "heading-level="9" is not allowed; use a whole number from 2 to 6. Using 3." */
	private static function range_message( $name, $value, $min, $max, $instead ) {
		$range = null === $max
			/* translators: %s: the lowest number allowed */
			? sprintf( __( 'of at least %s', 'stem-cell-explainers' ), $min )
			/* translators: 1: the lowest number allowed, 2: the highest */
			: sprintf( __( 'from %1$s to %2$s', 'stem-cell-explainers' ), $min, $max );
		$then  = null === $instead
			? __( 'It is ignored.', 'stem-cell-explainers' )
			/* translators: %s: the value used instead */
			: sprintf( __( 'Using %s.', 'stem-cell-explainers' ), $instead );
		/* translators: 1: the value given, such as heading-level="9" (a shortcode) or Heading level “9” (a block), 2: the range allowed, 3: what happens instead */
		return sprintf( __( '%1$s is not allowed; use a whole number %2$s. %3$s', 'stem-cell-explainers' ), self::given( $name, self::shown( $value ) ), $range, $then );
	}

	/** A given value as a message quotes it: text only, at most 60 characters. */
	public static function shown( $value ) {
		$text = is_scalar( $value ) ? (string) $value : wp_json_encode( $value );
		$text = trim( preg_replace( '/\s+/', ' ', wp_strip_all_tags( (string) $text ) ) );
		return mb_strlen( $text ) > 60 ? mb_substr( $text, 0, 60 ) . '…' : $text;
	}
}
