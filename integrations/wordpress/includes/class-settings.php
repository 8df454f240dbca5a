<?php
/**
 * Settings → Stem cell explainers: what the clinic sets once for every block and shortcode (each can
 * still set its own): its rule in cells per kg, who reviewed the information and when, when the
 * next review is due, and the language. Administrators only (manage_options); saved through the
 * Settings API (options.php, with its nonce), each value checked as the elements check it.
 *
 * @package stem-cell-explainers
 */

defined( 'ABSPATH' ) || exit;

/** The settings screen. */
final class Stem_Cell_Explainers_Settings {
	const PAGE = 'stem-cell-explainers';

	public static function hooks() {
		add_action( 'admin_init', array( self::class, 'register' ) );
		add_action( 'admin_menu', array( self::class, 'menu' ) );
		add_filter( 'plugin_action_links_' . plugin_basename( Stem_Cell_Explainers::$file ), array( self::class, 'action_link' ) );
	}

	public static function menu() {
		add_options_page(
			__( 'Stem cell explainers', 'stem-cell-explainers' ),
			__( 'Stem cell explainers', 'stem-cell-explainers' ),
			'manage_options',
			self::PAGE,
			array( self::class, 'page' )
		);
	}

	/** "Settings" beside Deactivate on the Plugins screen. */
	public static function action_link( $links ) {
		if ( current_user_can( 'manage_options' ) ) {
			array_unshift( $links, sprintf( '<a href="%s">%s</a>', esc_url( admin_url( 'options-general.php?page=' . self::PAGE ) ), esc_html__( 'Settings', 'stem-cell-explainers' ) ) );
		}
		return $links;
	}

	public static function register() {
		register_setting(
			self::PAGE,
			Stem_Cell_Explainers::OPTION,
			array(
				'type'              => 'object',
				'sanitize_callback' => array( self::class, 'sanitize' ),
				'default'           => array(),
				'show_in_rest'      => false,
			)
		);
		add_settings_section( 'figure', __( 'The dose rule', 'stem-cell-explainers' ), array( self::class, 'figure_intro' ), self::PAGE );
		add_settings_section( 'review', __( 'Review', 'stem-cell-explainers' ), array( self::class, 'review_intro' ), self::PAGE );
		add_settings_section( 'language', __( 'Language', 'stem-cell-explainers' ), '__return_false', self::PAGE );
		$fields = array(
			'cells_per_kg'    => array( 'figure', __( 'Cells per kg of body weight', 'stem-cell-explainers' ) ),
			'reviewed_by'     => array( 'review', __( 'Reviewed by', 'stem-cell-explainers' ) ),
			'last_reviewed'   => array( 'review', __( 'Last reviewed', 'stem-cell-explainers' ) ),
			'next_review_due' => array( 'review', __( 'Next review due', 'stem-cell-explainers' ) ),
			'lang'            => array( 'language', __( 'Language of the explainers', 'stem-cell-explainers' ) ),
		);
		foreach ( $fields as $key => $field ) {
			add_settings_field(
				$key,
				$field[1],
				array( self::class, 'field' ),
				self::PAGE,
				$field[0],
				array(
					'key'       => $key,
					'label_for' => 'stem-cell-explainers-' . $key,
				)
			);
		}
	}

	public static function figure_intro() {
		echo '<p>' . esc_html__( 'Every block and shortcode writes this figure wherever the rule appears (the FAQ, the steps and the dose note), in the page’s number system, unless it sets its own. Leave it empty for the bundled rule.', 'stem-cell-explainers' ) . '</p>';
	}

	public static function review_intro() {
		echo '<p>' . esc_html__( 'Shown under every FAQ that does not set its own. Patient information should say when it was last reviewed, and by whom.', 'stem-cell-explainers' ) . '</p>';
	}

	/** One field, with what patients will read. */
	public static function field( $args ) {
		$key      = $args['key'];
		$settings = Stem_Cell_Explainers::settings();
		$id       = 'stem-cell-explainers-' . $key;
		$name     = Stem_Cell_Explainers::OPTION . '[' . $key . ']';
		$value    = $settings[ $key ];
		$help     = '';
		// What the last save said of this field, beside it too (the top of the screen has it as well):
		// an error marks the field invalid; a warning is said without.
		$said      = array_values(
			array_filter(
				get_settings_errors( Stem_Cell_Explainers::OPTION ),
				static function ( $e ) use ( $id ) {
					return $e['code'] === $id;
				}
			)
		);
		$described = $id . '-help' . ( $said ? ' ' . $id . '-said' : '' );
		$invalid   = in_array( 'error', wp_list_pluck( $said, 'type' ), true ) ? ' aria-invalid="true"' : '';
		switch ( $key ) {
			case 'cells_per_kg':
				printf(
					'<input type="text" inputmode="numeric" id="%s" name="%s" value="%s" class="regular-text" placeholder="%s" aria-describedby="%s"%s>',
					esc_attr( $id ),
					esc_attr( $name ),
					esc_attr( $value ),
					esc_attr( (string) Stem_Cell_Explainers::data()['rules']['cellsPerKg'] ),
					esc_attr( $described ),
					$invalid // phpcs:ignore WordPress.Security.EscapeOutput -- a fixed attribute or ''
				);
				$rate = Stem_Cell_Explainers::default_cells_per_kg();
				$lang = Stem_Cell_Explainers::default_lang();
				$help = sprintf(
					/* translators: 1: the figure as patients read it, 2: their language */
					__( 'A whole number, for example 2000000 (commas are fine). Patients read: “%1$s” per kg (%2$s).', 'stem-cell-explainers' ),
					Stem_Cell_Explainers::figure( $rate, $lang ),
					Stem_Cell_Explainers::lang_label( $lang )
				) . self::unusual( $rate );
				break;
			case 'reviewed_by':
				printf( '<input type="text" id="%s" name="%s" value="%s" class="regular-text" maxlength="200" aria-describedby="%s"%s>', esc_attr( $id ), esc_attr( $name ), esc_attr( $value ), esc_attr( $described ), $invalid ); // phpcs:ignore WordPress.Security.EscapeOutput -- a fixed attribute or ''
				$help = __( 'For example: Dr A. Rao, orthopaedic surgeon.', 'stem-cell-explainers' );
				break;
			case 'last_reviewed':
			case 'next_review_due':
				printf( '<input type="date" id="%s" name="%s" value="%s" aria-describedby="%s"%s>', esc_attr( $id ), esc_attr( $name ), esc_attr( $value ), esc_attr( $described ), $invalid ); // phpcs:ignore WordPress.Security.EscapeOutput -- a fixed attribute or ''
				// A native date field: browsers show it in their own format (Chromium in English: mm/dd/yyyy), with a calendar.
				$help = __( 'Pick the day in the calendar; your browser shows it in its own date format.', 'stem-cell-explainers' );
				// Due once its day has begun (UTC), as the elements and the embed builder say (reviewDue()).
				if ( 'next_review_due' === $key && '' !== $value && $value <= gmdate( 'Y-m-d' ) ) {
					$help .= ' ' . __( 'That day has come: the information is due for review. Review it, then give the new dates.', 'stem-cell-explainers' );
				}
				if ( 'last_reviewed' === $key && '' !== $value ) {
					$help .= self::predates( $value );
				}
				// Saved before such dates were refused: pages leave them out.
				if ( 'next_review_due' === $key && '' !== $value && '' !== $settings['last_reviewed'] && Stem_Cell_Explainers_Attributes::not_after_last_review( $value, $settings['last_reviewed'] ) ) {
					$help .= ' ' . __( 'This date is not after the last review, and the next review must come after the last: pages do not show it. Give the day it is due.', 'stem-cell-explainers' );
				}
				if ( 'last_reviewed' === $key && '' !== $value && Stem_Cell_Explainers_Attributes::after_today( $value ) ) {
					$help .= ' ' . __( 'This date is after today, and a review cannot be in the future: pages do not show it. Give the day the review took place.', 'stem-cell-explainers' );
				}
				break;
			case 'lang':
				$site = Stem_Cell_Explainers::site_lang();
				printf( '<select id="%s" name="%s" aria-describedby="%s"%s>', esc_attr( $id ), esc_attr( $name ), esc_attr( $described ), $invalid ); // phpcs:ignore WordPress.Security.EscapeOutput -- a fixed attribute or ''
				printf(
					'<option value="">%s</option>',
					/* translators: %s: the language the site's language gives */
					esc_html( sprintf( __( 'The site’s language: %s', 'stem-cell-explainers' ), Stem_Cell_Explainers::lang_label( $site ) ) )
				);
				foreach ( Stem_Cell_Explainers::data()['choices'] as $choice ) {
					printf( '<option value="%s"%s>%s</option>', esc_attr( $choice['value'] ), selected( $value, $choice['value'], false ), esc_html( Stem_Cell_Explainers::lang_label( $choice['value'] ) ) );
				}
				echo '</select>';
				$help = __( 'The language of the questions, steps and dose note, and of the text pages show without JavaScript. A block or shortcode can set its own (lang="hi").', 'stem-cell-explainers' );
				if ( null === Stem_Cell_Explainers::known_lang( get_locale() ) ) {
					/* translators: %s: the site's language code */
					$help .= ' ' . sprintf( __( 'The site’s language (%s) is not one the explainers are written in, so it gives English.', 'stem-cell-explainers' ), get_locale() );
				}
				break;
		}
		printf( '<p class="description" id="%s-help">%s</p>', esc_attr( $id ), esc_html( $help ) );
		if ( $said ) {
			printf(
				'<div id="%s-said">%s</div>',
				esc_attr( $id ),
				implode(
					'',
					array_map(
						static function ( $e ) {
							return sprintf(
								'<p class="%s"><strong>%s</strong> %s</p>',
								'error' === $e['type'] ? 'stem-cell-explainers-error' : 'stem-cell-explainers-warning',
								'error' === $e['type'] ? esc_html__( 'Error:', 'stem-cell-explainers' ) : esc_html__( 'Warning:', 'stem-cell-explainers' ),
								esc_html( $e['message'] )
							);
						},
						$said
					)
				) // phpcs:ignore WordPress.Security.EscapeOutput -- escaped above
			);
		}
	}

	/**
	 * Checks what the form sent; a value the elements would refuse keeps the one saved before, with a
	 * message at the top of the screen. Idempotent: WordPress may run it twice on the first save.
	 */
	public static function sanitize( $input ) {
		$before = Stem_Cell_Explainers::settings();
		$input  = is_array( $input ) ? $input : array(); // options.php has unslashed it
		$out    = $before;
		$text   = static function ( $key ) use ( $input ) {
			return isset( $input[ $key ] ) && is_scalar( $input[ $key ] ) ? trim( (string) $input[ $key ] ) : '';
		};

		$cells = $text( 'cells_per_kg' );
		if ( '' === $cells ) {
			$out['cells_per_kg'] = '';
		} else {
			$n = Stem_Cell_Explainers_Attributes::whole_number( $cells, 1, Stem_Cell_Explainers_Numbers::MAX );
			if ( null === $n ) {
				/* translators: %s: what was typed */
				self::error( 'cells_per_kg', sprintf( __( 'Cells per kg: “%s” is not a whole number from 1 to 9,007,199,254,740,991 (for example 2000000). The figure saved before is kept.', 'stem-cell-explainers' ), Stem_Cell_Explainers_Attributes::shown( $cells ) ) );
			} else {
				$out['cells_per_kg'] = (string) $n;
				if ( '' !== self::unusual( $n ) ) {
					self::error( 'cells_per_kg', __( 'Cells per kg:', 'stem-cell-explainers' ) . self::unusual( $n ), 'warning' );
				}
			}
		}
		$out['reviewed_by'] = mb_substr( sanitize_text_field( $text( 'reviewed_by' ) ), 0, 200 );
		// What the clinic typed, changed on the way in (HTML taken out, cut to 200 characters), is said.
		$shown = wp_specialchars_decode( $out['reviewed_by'], ENT_QUOTES );
		if ( preg_replace( '/\s+/u', ' ', $text( 'reviewed_by' ) ) !== $shown ) {
			/* translators: %s: the name as saved, as patients read it */
			self::error( 'reviewed_by', sprintf( __( 'Reviewed by: what looked like HTML was taken out, or the text was cut to 200 characters. Patients read: “%s”.', 'stem-cell-explainers' ), $shown ), 'warning' );
		}
		foreach ( array(
			'last_reviewed'   => __( 'Last reviewed', 'stem-cell-explainers' ),
			'next_review_due' => __( 'Next review due', 'stem-cell-explainers' ),
		) as $key => $label ) {
			$date = $text( $key );
			if ( 'last_reviewed' === $key && Stem_Cell_Explainers_Attributes::iso_date( $date ) && Stem_Cell_Explainers_Attributes::after_today( $date ) ) {
				/* translators: 1: the field, 2: what was typed */
				self::error( $key, sprintf( __( '%1$s: “%2$s” is after today: a review cannot be in the future. Give the day it took place. The date saved before is kept.', 'stem-cell-explainers' ), $label, Stem_Cell_Explainers_Attributes::shown( $date ) ) );
			} elseif ( '' === $date || Stem_Cell_Explainers_Attributes::iso_date( $date ) ) {
				$out[ $key ] = $date;
			} else {
				// The date field sends a real day as YYYY-MM-DD or nothing; anything else came another way (a browser without the field, a script).
				/* translators: 1: the field, 2: what was sent */
				self::error( $key, sprintf( __( '%1$s: “%2$s” is not a real date: pick the day in the calendar. The date saved before is kept.', 'stem-cell-explainers' ), $label, Stem_Cell_Explainers_Attributes::shown( $date ) ) );
			}
		}
		// The next review after the last, as the embed builder requires: else the one saved before, if it is.
		$after = static function ( $next ) use ( $out ) {
			return '' === $next || '' === $out['last_reviewed'] || ! Stem_Cell_Explainers_Attributes::not_after_last_review( $next, $out['last_reviewed'] );
		};
		if ( ! $after( $out['next_review_due'] ) ) {
			$kept = $after( $before['next_review_due'] ) ? $before['next_review_due'] : '';
			self::error(
				'next_review_due',
				sprintf(
					/* translators: 1: the next review's date, 2: the last review's date, 3: what is saved instead */
					__( 'Next review due: “%1$s” is not after the last review (%2$s): the next review must come after the last. %3$s', 'stem-cell-explainers' ),
					$out['next_review_due'],
					$out['last_reviewed'],
					'' === $kept
						? __( 'No next review is saved: give the day it is due.', 'stem-cell-explainers' )
						: __( 'The date saved before is kept.', 'stem-cell-explainers' )
				)
			);
			$out['next_review_due'] = $kept;
		}
		if ( '' !== $out['last_reviewed'] && $out['last_reviewed'] !== $before['last_reviewed'] && '' !== self::predates( $out['last_reviewed'] ) ) {
			self::error( 'last_reviewed', __( 'Last reviewed:', 'stem-cell-explainers' ) . self::predates( $out['last_reviewed'] ), 'warning' );
		}
		$lang = $text( 'lang' );
		if ( '' === $lang ) {
			$out['lang'] = '';
		} elseif ( null !== Stem_Cell_Explainers::known_lang( $lang ) ) {
			$out['lang'] = Stem_Cell_Explainers::known_lang( $lang );
		} else {
			self::error( 'lang', __( 'Language: choose one from the list.', 'stem-cell-explainers' ) );
		}
		return $out;
	}

	private static function error( $key, $message, $type = 'error' ) {
		// WordPress prints these messages as HTML at the top of the screen; each is text, with what was typed in it.
		add_settings_error( Stem_Cell_Explainers::OPTION, 'stem-cell-explainers-' . $key, esc_html( $message ), $type );
	}

	/**
	 * A figure far from the clinic document's (outside the range the embed builder asks an editor to
	 * confirm: build/data.json `plausibleCellsPerKg`), said with a space before it; else ''.
	 */
	private static function unusual( $rate ) {
		list( $low, $high ) = Stem_Cell_Explainers::data()['rules']['plausibleCellsPerKg'];
		if ( $rate >= $low && $rate <= $high ) {
			return '';
		}
		/* translators: %s: the clinic document's figure, as patients read it in English */
		return ' ' . sprintf( __( 'This figure is far from the clinic document’s %s per kg: check that it is your clinic’s figure, and not a slip.', 'stem-cell-explainers' ), Stem_Cell_Explainers::figure( (int) Stem_Cell_Explainers::data()['rules']['cellsPerKg'], 'en' ) );
	}

	/**
	 * Said, with a space before it, of a last review dated before the bundled text in the explainers'
	 * language was written: FAQs showing the bundled questions leave it and the reviewer out (as the
	 * elements do, and as the embed builder says); else ''.
	 */
	private static function predates( $last ) {
		$lang    = Stem_Cell_Explainers::default_lang();
		$written = Stem_Cell_Explainers::content( Stem_Cell_Explainers::code( $lang ) )['footer']['writtenOn'];
		if ( $last >= $written ) {
			return '';
		}
		return ' ' . sprintf(
			/* translators: 1: the language, 2: the day its bundled text was written */
			__( 'This review took place before the bundled questions in %1$s were written (%2$s), so it did not cover them: FAQs that show them leave it out, and the reviewer’s name. FAQs with only your own questions show it. Review the questions and give the date of that review.', 'stem-cell-explainers' ),
			Stem_Cell_Explainers::lang_label( Stem_Cell_Explainers::code( $lang ) ),
			$written
		);
	}

	public static function page() {
		if ( ! current_user_can( 'manage_options' ) ) {
			return;
		}
		wp_enqueue_style( Stem_Cell_Explainers_Editor::NOTICE ); // the messages beside the fields
		echo '<div class="wrap"><h1>' . esc_html( get_admin_page_title() ) . '</h1>';
		echo '<form action="options.php" method="post">';
		settings_fields( self::PAGE );
		do_settings_sections( self::PAGE );
		submit_button();
		echo '</form></div>';
	}
}
