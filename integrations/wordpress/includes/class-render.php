<?php
/**
 * What a block or shortcode becomes on the page: the element with its checked attributes, holding
 * its content as plain HTML (the same markup as dist/snippets/ and server rendering, in the
 * element's language, with the element's figure), inside a block-level wrapper so that the theme's
 * content width applies before and without JavaScript. People who can edit the post also see what
 * was left out and why.
 *
 * @package stem-cell-explainers
 */

defined( 'ABSPATH' ) || exit;

/** Rendering of the elements and their fallback markup. */
final class Stem_Cell_Explainers_Render {
	/** The token the build writes where the figure goes. */
	const CELLS = '%%cells%%';
	/** The token the build writes where the culture step's link to the dose rule goes (`dose-link`). */
	const DOSE_LINK = '%%dose-link%%';
	/** The token the build writes where the dose note's figure for its weight goes (`weight`). */
	const DOSE_RESULT = '%%dose-result%%';
	/** The most own questions a block or shortcode takes, and the longest text (as the elements). */
	const MAX_ENTRIES = 200;
	const MAX_TEXT    = 10000;

	/**
	 * The level of the elements' headings where a block or shortcode gives none. A post's content sits
	 * under its title, the page's h1 in every theme: at the elements' own default, 3, a screen reader's
	 * list of headings would skip level 2 (axe: heading-order). A block or shortcode under the editor's
	 * own heading sets its level.
	 */
	const HEADING_LEVEL = '2';

	/** @var array<string,true> Ids used on this page, so that several FAQs never repeat one. */
	private static $ids = array();

	/** A block: the wrapper takes the block's classes. */
	public static function block( $tag, array $attributes ) {
		$entries = array();
		$bundled = true;
		if ( 'stem-cell-faq' === $tag ) {
			$entries = isset( $attributes['entries'] ) && is_array( $attributes['entries'] ) ? $attributes['entries'] : array();
			$bundled = ! array_key_exists( 'bundled', $attributes ) || false !== Stem_Cell_Explainers_Attributes::boolean( $attributes['bundled'] );
		}
		unset( $attributes['entries'], $attributes['bundled'], $attributes['fallback'], $attributes['className'] );
		$wrapper = get_block_wrapper_attributes();
		// Its editor's note names the block's fields, as its sidebar does.
		return Stem_Cell_Explainers_Attributes::as_fields(
			static function () use ( $tag, $attributes, $wrapper, $entries, $bundled ) {
				return self::element(
					$tag,
					$attributes,
					array(
						'wrapper' => $wrapper,
						'entries' => $entries,
						'bundled' => $bundled,
					)
				);
			}
		);
	}

	/**
	 * What a block's attributes leave out, and why, by attribute, as its page has them: with the clinic's
	 * settings for those it does not set (a block's next review against the settings' last review). The
	 * block sidebar shows each beside its field.
	 *
	 * @param string              $tag        The element.
	 * @param array<string,mixed> $attributes The element's attributes as given (and `lang`).
	 * @param bool                $bundled    An FAQ: whether it shows the bundled questions (a review before they were written did not cover them).
	 * @return array<string,string>
	 */
	public static function problems( $tag, array $attributes, $bundled = true ) {
		$ids = array();
		return array_filter( self::resolve( $tag, $attributes, array(), $bundled, $ids )['problems'], 'is_string', ARRAY_FILTER_USE_KEY );
	}

	/**
	 * What an FAQ block's own questions leave out or change, by question and field, for the block
	 * sidebar to say beside each field (own_entries()'s `$notes`). The note on the page says the same.
	 *
	 * @param mixed $entries The block's `entries`: each { question, answer }.
	 * @return array<int,array<string,array<string,string[]>>>
	 */
	public static function entry_notes( $entries ) {
		$ids      = array();
		$problems = array();
		self::own_entries( $entries, '', array(), $ids, $problems, $notes );
		return $notes;
	}

	/**
	 * What a block's attributes give that its editor should check, by attribute (a cells per kg far from
	 * the clinic's): used on the page, and said beside its field as a warning, not an error.
	 *
	 * @param string              $tag        The element.
	 * @param array<string,mixed> $attributes The element's attributes as given (and `lang`).
	 * @return array<string,string>
	 */
	public static function warnings( $tag, array $attributes ) {
		$ids = array();
		return self::resolve( $tag, $attributes, array(), true, $ids )['warnings'];
	}

	/**
	 * The element with its fallback, in a wrapper `<div>`, and the scripts it needs.
	 *
	 * @param string              $tag        The element.
	 * @param array<string,mixed> $attributes The element's attributes as given (and `lang`).
	 * @param array<string,mixed> $options    wrapper: the wrapper's attributes; entries: own questions
	 *                                        (question, answer); bundled: also the bundled questions;
	 *                                        problems: what the caller could not read; name: how editors
	 *                                        know it (the shortcode).
	 */
	public static function element( $tag, array $attributes, array $options = array() ) {
		$options  = array_merge(
			array(
				'wrapper'  => 'class="stem-cell-explainers"',
				'entries'  => array(),
				'bundled'  => true,
				'problems' => array(),
				'name'     => null,
			),
			$options
		);
		$resolved = self::resolve( $tag, $attributes, $options['entries'], $options['bundled'], self::$ids );
		$problems = array_values( array_unique( array_merge( array_values( $options['problems'] ), array_values( $resolved['problems'] ), array_values( $resolved['warnings'] ) ) ) );
		$notice   = self::notice( $tag, $options['name'], $problems );
		if ( null === $resolved['fallback'] ) {
			return $notice; // nothing to show: an FAQ without questions (editors see why)
		}
		Stem_Cell_Explainers_Scripts::need( $tag, Stem_Cell_Explainers::code( $resolved['lang'] ), isset( $resolved['values']['structured-data'] ) );
		$html = '';
		foreach ( $resolved['values'] as $name => $value ) {
			$html .= true === $value ? ' ' . esc_attr( $name ) : sprintf( ' %s="%s"', esc_attr( $name ), esc_attr( $value ) );
		}
		$html .= sprintf( ' lang="%s"', esc_attr( $resolved['lang'] ) );
		return $notice . '<div ' . $options['wrapper'] . '><' . $tag . $html . '>' . "\n" . $resolved['fallback'] . "\n" . '</' . $tag . '></div>';
	}

	/**
	 * The fallback alone, for the post's saved content (read when the plugin is not active): the
	 * content in a `<div lang>`, no element, no script, no notice.
	 *
	 * @param array<string,true> $ids Ids used so far in this post.
	 */
	public static function saved( $tag, array $attributes, array $entries, $bundled, array &$ids ) {
		$resolved = self::resolve( $tag, $attributes, $entries, $bundled, $ids );
		if ( null === $resolved['fallback'] ) {
			return '';
		}
		return sprintf( '<div lang="%s">%s</div>', esc_attr( $resolved['lang'] ), str_replace( "\n", '', $resolved['fallback'] ) );
	}

	/**
	 * The checked attributes with the clinic's settings for those not set, the language, and the
	 * fallback markup (null when there is nothing to show).
	 *
	 * @param array<string,true> $ids Ids used so far.
	 * @return array{values:array<string,string|true>,problems:array<string,string>,warnings:array<string,string>,lang:string,fallback:string|null}
	 */
	private static function resolve( $tag, array $attributes, array $entries, $bundled, array &$ids ) {
		$checked  = Stem_Cell_Explainers_Attributes::check( $tag, $attributes );
		$values   = $checked['values'];
		$problems = $checked['problems'];
		$warnings = $checked['warnings'];
		$lang     = null === $checked['lang'] ? Stem_Cell_Explainers::default_lang() : $checked['lang'];
		$names    = wp_list_pluck( Stem_Cell_Explainers::data()['elements'][ $tag ]['attributes'], 'name' );

		// The clinic's settings, for each attribute the element has and the block leaves unset.
		$settings = Stem_Cell_Explainers::settings();
		$defaults = array(
			'cells-per-kg'    => $settings['cells_per_kg'],
			'reviewed-by'     => $settings['reviewed_by'],
			'last-reviewed'   => $settings['last_reviewed'],
			'next-review-due' => $settings['next_review_due'],
		);
		$fill     = array();
		foreach ( $defaults as $name => $value ) {
			if ( '' !== $value && in_array( $name, $names, true ) && ! isset( $values[ $name ] ) ) {
				$fill[ $name ] = $value;
			}
		}
		if ( $fill ) {
			$from     = Stem_Cell_Explainers_Attributes::check( $tag, $fill );
			$values   = array_merge( $values, $from['values'] );
			$own_next = isset( $values['next-review-due'] ) && ! isset( $fill['next-review-due'] );
			// A block's last review with the settings' next review, or the other way round.
			Stem_Cell_Explainers_Attributes::review_order( $values, $problems );
			// The block's own next review refused against the settings' last review: the settings' next
			// review stands in, as for any attribute a block gets wrong and as the field's help says.
			if ( $own_next && ! isset( $values['next-review-due'] ) && '' !== $defaults['next-review-due'] ) {
				$clinic = Stem_Cell_Explainers_Attributes::check( $tag, array( 'next-review-due' => $defaults['next-review-due'] ) )['values'];
				if ( isset( $clinic['next-review-due'], $values['last-reviewed'] ) && ! Stem_Cell_Explainers_Attributes::not_after_last_review( $clinic['next-review-due'], $values['last-reviewed'] ) ) {
					$values['next-review-due'] = $clinic['next-review-due'];
				}
			}
		}
		if ( in_array( 'heading-level', $names, true ) && ! isset( $values['heading-level'] ) ) {
			$values['heading-level'] = self::HEADING_LEVEL;
		}
		// In the manifest's order, as the editor lists them.
		$ordered = array();
		foreach ( $names as $name ) {
			if ( isset( $values[ $name ] ) ) {
				$ordered[ $name ] = $values[ $name ];
			}
		}

		$rate     = isset( $ordered['cells-per-kg'] ) ? (int) $ordered['cells-per-kg'] : (int) Stem_Cell_Explainers::data()['rules']['cellsPerKg'];
		$figure   = Stem_Cell_Explainers::figure( $rate, $lang );
		$content  = Stem_Cell_Explainers::content( Stem_Cell_Explainers::code( $lang ) );
		$level    = isset( $ordered['heading-level'] ) ? $ordered['heading-level'] : self::HEADING_LEVEL;
		$cells    = '<span data-cells>' . esc_html( $figure ) . '</span>'; // in own questions; the build's markup has the span
		$fallback = null;
		if ( 'stem-cell-faq' === $tag ) {
			$own       = self::own_entries( $entries, $cells, wp_list_pluck( $content['faq'], 'id' ), $ids, $problems );
			$questions = '';
			if ( $bundled ) {
				foreach ( $content['faq'] as $entry ) {
					$id         = self::unique( $entry['id'], $ids );
					$questions .= str_replace( '<details id="' . $entry['id'] . '">', '<details id="' . esc_attr( $id ) . '">', $entry['html'] ) . "\n";
				}
			}
			$questions .= $own;
			// A review before the bundled text was written did not cover it, beside the clinic's own questions too:
			// the footer leaves it out; its editors are told why.
			$written = $content['footer']['writtenOn'];
			if ( $bundled && isset( $ordered['last-reviewed'] ) && $ordered['last-reviewed'] < $written && ! isset( $problems['last-reviewed'] ) ) {
				$problems['last-reviewed'] = sprintf(
					/* translators: 1: the review, such as last-reviewed="2026-11-01" (a shortcode) or Last reviewed “2026-11-01” (a block), 2: the language, 3: the day its bundled text was written */
					__( '%1$s took place before the bundled questions in %2$s were written (%3$s), so it did not cover them: the page leaves it out, and the reviewer’s name. Review the questions and give the date of that review.', 'stem-cell-explainers' ),
					Stem_Cell_Explainers_Attributes::given( 'last-reviewed', $ordered['last-reviewed'] ),
					Stem_Cell_Explainers::lang_label( Stem_Cell_Explainers::code( $lang ) ),
					$written
				);
			}
			if ( '' === $questions ) {
				$problems[] = __( 'This FAQ has no questions to show: add your own questions, or show the bundled ones. Visitors see nothing here.', 'stem-cell-explainers' );
			} else {
				// The clinic's own questions are theirs: the footer then names no version of the bundled text.
				$footer   = self::footer( $content, $lang, '' === $own, $ordered, $bundled );
				$fallback = str_replace( self::CELLS, esc_html( $figure ), $questions . $footer );
			}
		} elseif ( 'procedure-steps' === $tag ) {
			$source = isset( $ordered['source'] ) ? $ordered['source'] : Stem_Cell_Explainers::data()['rules']['sources'][0];
			$current = isset( $ordered['current'] ) ? (int) $ordered['current'] : 0;
			$step    = 0;
			$culture = null;
			// Each step's id once on the page, as the FAQ's: a second steps block's are "harvest-2"…, which the element reads as the bundled steps.
			// With `current`, the patient's step and those before it are marked under their headings, as the build wrote the marks (`marks`).
			$steps    = preg_replace_callback(
				'/<li id="([a-z0-9-]+)">(<h[2-6]>.*?<\/h[2-6]>)/s',
				function ( $m ) use ( &$ids, &$step, &$culture, $current, $content ) {
					++$step;
					$mark = $step < $current ? $content['marks']['done'] : ( $step === $current ? $content['marks']['current'] : array( 'attribute' => '', 'line' => '' ) );
					$id   = self::unique( $m[1], $ids );
					if ( 'culture' === $m[1] ) {
						$culture = $id;
					}
					return '<li id="' . esc_attr( $id ) . '"' . $mark['attribute'] . '>' . $m[2] . $mark['line'];
				},
				self::heading( $content['steps'][ $source ], $level )
			);
			// With `dose-link`, the culture step ends with the link to the dose rule, in the build's words (`doseLink`), as the
			// element draws it there, a second steps block's ("culture-2") too (isCultureStep() in src/internal/fallback-markup.ts).
			$link     = isset( $ordered['dose-link'] ) && null !== $culture ? str_replace( '{href}', esc_attr( $ordered['dose-link'] ), $content['doseLink'] ) : '';
			$steps    = str_replace( self::DOSE_LINK, $link, $steps );
			$fallback = str_replace( self::CELLS, esc_html( $figure ), $steps . "\n" . self::footer( $content, $lang, true ) );
		} else {
			// With a weight, the figure the rule gives for it after the rule's meaning, as the note shows it (doseFor()).
			$weight = Stem_Cell_Explainers_Attributes::weight_given( $ordered );
			$result = '';
			if ( null !== $weight ) {
				$text   = Stem_Cell_Explainers::dose_text( $weight, isset( $ordered['unit'] ) ? $ordered['unit'] : 'kg', $rate, $lang );
				$result = str_replace( '{result}', esc_html( $text ), $content['doseResult']['line'] );
			}
			$dose     = str_replace( self::DOSE_RESULT, $result, self::heading( $content['dose'], $level ) );
			$fallback = str_replace( self::CELLS, esc_html( $figure ), $dose . "\n" . self::footer( $content, $lang, true ) );
		}
		return array(
			'values'   => $ordered,
			'problems' => $problems,
			'warnings' => $warnings,
			'lang'     => $lang,
			'fallback' => $fallback,
		);
	}

	/**
	 * The lines of the element's footer, a paragraph each, as footerLines() in src/internal/bundled.ts
	 * gives them on every other road: the FAQ's review lines (`$review`: its checked attributes), the
	 * clinic's disclaimer, and for the bundled text its version and date. The build writes the
	 * sentences (build/content-<lang>.json, `footer`); the dates are written in the tag's way.
	 *
	 * @param array<string,mixed>       $content      The language's content.
	 * @param string                    $lang         The element's language tag.
	 * @param bool                      $bundled      Whether the element shows the bundled text only.
	 * @param array<string,string>|null $review       The FAQ's checked attributes; null for the other elements.
	 * @param bool|null                 $with_bundled Whether any question shown is bundled (by default, `$bundled`):
	 *                                                a review before the bundled text was written did not cover it.
	 */
	private static function footer( array $content, $lang, $bundled, $review = null, $with_bundled = null ) {
		$text  = $content['footer'];
		$lines = array();
		if ( null !== $review ) {
			$reviewed = isset( $review['last-reviewed'] ) ? $review['last-reviewed'] : null;
			// A review dated before the bundled text did not cover it: neither it nor the reviewer is shown (as the element).
			$predates = null !== $reviewed && ( null === $with_bundled ? $bundled : $with_bundled ) && $reviewed < $text['writtenOn'];
			$dated    = array();
			if ( null !== $reviewed && ! $predates ) {
				$dated[] = str_replace( '{date}', Stem_Cell_Explainers::date_text( $reviewed, $lang ), $text['lastReviewed'] );
			}
			if ( isset( $review['next-review-due'] ) ) {
				$dated[] = str_replace( '{date}', Stem_Cell_Explainers::date_text( $review['next-review-due'], $lang ), $text['nextReviewDue'] );
			}
			if ( $dated ) {
				$lines[] = implode( ' · ', $dated );
			}
			$name = isset( $review['reviewed-by'] ) ? trim( $review['reviewed-by'] ) : '';
			if ( '' !== $name && ! $predates ) {
				$lines[] = str_replace( '{name}', $name, $text['reviewedBy'] );
			}
		}
		$html = '';
		foreach ( $lines as $line ) {
			$html .= '<p>' . self::text_html( $line ) . "</p>\n";
		}
		$html .= $content['disclaimer'];
		if ( $bundled ) {
			$html .= "\n<p>" . self::text_html( str_replace( '{date}', Stem_Cell_Explainers::date_text( $text['writtenOn'], $lang ), $text['version'] ) ) . '</p>';
		}
		return $html;
	}

	/**
	 * A line of text as HTML, as footerHtml() in src/internal/fallback-markup.ts writes it: escaped, and
	 * English words in another script's text (a reviewer's name in a Hindi footer) marked `lang="en"`.
	 *
	 * @param string $text The line.
	 */
	private static function text_html( $text ) {
		$html = '';
		foreach ( Stem_Cell_Explainers_Text_Parts::parts( $text ) as $part ) {
			$html .= $part[1] ? '<span lang="en">' . esc_html( $part[0] ) . '</span>' : esc_html( $part[0] );
		}
		return $html;
	}

	/**
	 * Text with each run of lines that start with "- ", "* " or "• " as a list (`<ul>`), apart from the
	 * text before and after it, as the embed builder reads them (toBlocks() in builder/text-blocks.ts;
	 * scripts/answer-text-cases.mjs is the table of cases both pass).
	 *
	 * @param string $text An answer as its editor wrote it.
	 */
	private static function bullets( $text ) {
		$lines = array();
		$items = array();
		foreach ( preg_split( '/\r\n|\r|\n/', $text ) as $line ) {
			if ( 1 === preg_match( '/^[-*\x{2022}]\s+(.*)$/u', trim( $line ), $m ) ) {
				$items[] = '<li>' . trim( $m[1] ) . '</li>';
				continue;
			}
			if ( $items ) {
				$lines[] = "\n<ul>" . implode( '', $items ) . "</ul>\n";
				$items   = array();
			}
			$lines[] = $line;
		}
		if ( $items ) {
			$lines[] = "\n<ul>" . implode( '', $items ) . "</ul>\n";
		}
		return implode( "\n", $lines );
	}

	/**
	 * HTML with the English words in each text between its tags marked (text_html()): the pieces of
	 * text the element reads, in an answer that keeps only paragraphs, lists and links.
	 *
	 * @param string $html HTML as kses left it.
	 */
	private static function marked_html( $html ) {
		$out = '';
		foreach ( preg_split( '/(<[^>]*>)/', $html, -1, PREG_SPLIT_DELIM_CAPTURE ) as $i => $piece ) {
			$out .= 1 === $i % 2 ? $piece : self::text_html( html_entity_decode( $piece, ENT_QUOTES | ENT_HTML5, 'UTF-8' ) );
		}
		return $out;
	}

	/** The fallback's headings at the element's level (the build writes h3). */
	private static function heading( $html, $level ) {
		return str_replace( array( '<h3>', '</h3>' ), array( '<h' . $level . '>', '</h' . $level . '>' ), $html );
	}

	/** An id not yet used on the page: the id, else the id with -2, -3…. */
	private static function unique( $id, array &$ids ) {
		$unique = $id;
		for ( $i = 2; isset( $ids[ $unique ] ); $i++ ) {
			$unique = $id . '-' . $i;
		}
		$ids[ $unique ] = true;
		return $unique;
	}

	/**
	 * The clinic's own questions as `<details>` entries: the question as text, the answer with
	 * paragraphs, lists and safe links kept, what the element shows (its reader keeps no emphasis,
	 * and reads a line break as a space); `{cells}` as the figure; English words in another script's
	 * text marked, as the element marks them. An entry that cannot be shown is left out, and the
	 * editor told.
	 *
	 * @param array<int,mixed>   $entries  Each { question, answer }.
	 * @param string[]           $bundled  The bundled questions' ids, which the clinic's own never take (as in the builder).
	 * @param array<string,true> $ids      Ids used so far.
	 * @param array<int,string>  $problems Messages for editors.
	 * @param array<int,array>   $notes    The same messages by question and field, for the block's sidebar:
	 *                                     [ i => [ 'question'|'answer' => [ 'problems'|'warnings' => string[] ] ] ]
	 *                                     (problems: the question is left out; warnings: it is shown, changed).
	 */
	private static function own_entries( $entries, $cells, array $bundled, array &$ids, array &$problems, &$notes = null ) {
		$notes   = array();
		$note    = static function ( $i, array $fields, $kind, $message ) use ( &$notes, &$problems ) {
			$problems[] = $message;
			foreach ( $fields as $field ) {
				$notes[ $i ][ $field ][ $kind ][] = $message;
			}
		};
		$taken   = $ids + array_fill_keys( $bundled, true );
		$allowed = array(
			'p'  => array(),
			'ul' => array(),
			'ol' => array(),
			'li' => array(),
			'a'  => array( 'href' => true ),
		);
		$html    = '';
		foreach ( array_values( is_array( $entries ) ? $entries : array() ) as $i => $entry ) {
			/* translators: %d: the question's number in the list */
			$which = sprintf( __( 'Your question %d', 'stem-cell-explainers' ), $i + 1 );
			if ( $i >= self::MAX_ENTRIES ) {
				/* translators: %d: the most questions allowed */
				$note( $i, array( 'question' ), 'problems', sprintf( __( 'Only the first %d questions are shown.', 'stem-cell-explainers' ), self::MAX_ENTRIES ) );
				break;
			}
			// A "<" that begins no tag ("a BMI <30", "age <18") is text: escaped first, so that neither the tag stripping nor kses takes what follows it.
			$asked    = is_array( $entry ) && isset( $entry['question'] ) && is_string( $entry['question'] ) ? self::lone_lt( $entry['question'] ) : '';
			$question = trim( wp_strip_all_tags( $asked ) );
			$answer   = is_array( $entry ) && isset( $entry['answer'] ) && is_string( $entry['answer'] ) ? trim( self::lone_lt( $entry['answer'] ) ) : '';
			// As the embed builder reads an answer: a blank line starts a paragraph, lines that start with "- " are a list, and one
			// newline is a space, as the element reads it. A shortcode's answer comes through wpautop: its <br> is a newline again,
			// and each paragraph's tags a blank line (wpautop makes the paragraphs anew).
			$text     = trim( (string) preg_replace( array( '#<br\s*/?>[ \t]*(?:\r?\n)?#i', '#\s*</?p\b[^>]*>\s*#i' ), array( "\n", "\n\n" ), $answer ) );
			// A link whose address is no web, email or phone address is its text: kses would keep what follows
			// "javascript:" as an address on this site.
			$unsafe   = array();
			$text     = (string) preg_replace_callback(
				'/<a\b[^>]*>/i',
				static function ( $tag ) use ( &$unsafe ) {
					if ( ! preg_match( '/\bhref\s*=\s*(?:"([^"]*)"|\'([^\']*)\'|([^\s>]+))/i', $tag[0], $m ) ) {
						return $tag[0];
					}
					$href = trim( html_entity_decode( implode( '', array_slice( $m, 1 ) ), ENT_QUOTES | ENT_HTML5, 'UTF-8' ) );
					if ( wp_kses_bad_protocol( $href, Stem_Cell_Explainers_Attributes::PROTOCOLS ) === $href ) {
						return $tag[0];
					}
					$unsafe[] = $href;
					return '<a>';
				},
				$text
			);
			$body     = '' === $answer ? '' : wp_kses( wpautop( self::bullets( $text ), false ), $allowed, Stem_Cell_Explainers_Attributes::PROTOCOLS );
			$body     = trim( (string) preg_replace( '/\s*\n\s*/', ' ', $body ) );
			$empty    = array_keys( array_filter( array( 'question' => '' === $question, 'answer' => '' === trim( wp_strip_all_tags( $body ) ) ) ) );
			if ( $empty ) {
				/* translators: %s: which question ("Your question 2") */
				$note( $i, $empty, 'problems', sprintf( __( '%s needs both a question and an answer; it is left out.', 'stem-cell-explainers' ), $which ) );
				continue;
			}
			$long = array_keys( array_filter( array( 'question' => strlen( $question ) > self::MAX_TEXT, 'answer' => strlen( $answer ) > self::MAX_TEXT ) ) );
			if ( $long ) {
				/* translators: 1: which question, 2: the most characters allowed */
				$note( $i, $long, 'problems', sprintf( __( '%1$s is longer than %2$d characters; it is left out.', 'stem-cell-explainers' ), $which, self::MAX_TEXT ) );
				continue;
			}
			foreach ( array_unique( $unsafe ) as $href ) {
				$note(
					$i,
					array( 'answer' ),
					'warnings',
					sprintf(
						/* translators: 1: which question ("Your question 2"), 2: the address as written */
						__( '%1$s links to “%2$s”, which is not a web, email or phone address: patients read the link’s text, not a link. Give an address that starts with https://, mailto: or tel:.', 'stem-cell-explainers' ),
						$which,
						Stem_Cell_Explainers_Attributes::shown( $href )
					)
				);
			}
			// HTML the FAQ does not keep is taken out (its text stays): its editors are told what, and where.
			$dropped = array(
				'question' => array( $which, self::tags_in( $asked, array() ) ),
				/* translators: %d: the question's number in the list */
				'answer'   => array( sprintf( __( 'The answer to your question %d', 'stem-cell-explainers' ), $i + 1 ), self::tags_in( $answer, array_keys( $allowed ) ) ),
			);
			foreach ( $dropped as $field => list( $where, $tags ) ) {
				if ( $tags ) {
					$note(
						$i,
						array( $field ),
						'warnings',
						sprintf(
							/* translators: 1: which question ("Your question 2") or answer ("The answer to your question 2"), 2: the tags taken out, such as "<span>, <h4>" */
							__( '%1$s holds HTML the FAQ does not show (%2$s): patients read its text without it. Questions are plain text; answers keep paragraphs, lists and links.', 'stem-cell-explainers' ),
							$where,
							implode( ', ', $tags )
						)
					);
				}
			}
			// A {name} other than {cells} (a slip: "{cell}") is read as typed, as the embed builder and the element say.
			$typed = array();
			foreach ( array( 'question' => $question, 'answer' => $answer ) as $field => $written ) {
				preg_match_all( '/\{\w+\}/', $written, $named );
				$unfilled = array_diff( $named[0], array( '{cells}' ) );
				if ( $unfilled ) {
					$typed[ $field ] = $unfilled;
				}
			}
			if ( $typed ) {
				$note(
					$i,
					array_keys( $typed ),
					'warnings',
					sprintf(
						/* translators: 1: which question ("Your question 2"), 2: what was typed, such as "{cell}" */
						__( '%1$s has %2$s, which patients read as typed: only {cells} stands for the clinic’s figure.', 'stem-cell-explainers' ),
						$which,
						implode( ', ', array_unique( array_merge( ...array_values( $typed ) ) ) )
					)
				);
			}
			$id         = self::unique( self::slug( wp_specialchars_decode( $question, ENT_QUOTES ) ), $taken );
			$ids[ $id ] = true;
			$html .= sprintf(
				'<details id="%s"><summary>%s</summary>%s</details>',
				esc_attr( $id ),
				str_replace( '{cells}', $cells, self::text_html( html_entity_decode( $question, ENT_QUOTES | ENT_HTML5, 'UTF-8' ) ) ),
				str_replace( '{cells}', $cells, self::marked_html( $body ) )
			) . "\n";
		}
		return $html;
	}

	/** Names that begin an HTML tag: every element WordPress knows, and those it never lets through. */
	const MORE_TAGS = array( 'script', 'style', 'iframe', 'object', 'embed', 'applet', 'form', 'input', 'button', 'select', 'option', 'textarea', 'svg', 'math', 'html', 'head', 'body', 'meta', 'link', 'title', 'base', 'frame', 'frameset', 'noscript', 'template', 'slot' );

	/**
	 * Text with each `<` that begins no tag written as `&lt;`: "A BMI <30 is best; >40…" and "age <18"
	 * read as text, where kses and tag stripping take `<30 is best; >` for a tag and drop it. A tag is
	 * `<` or `</` followed by the name of an HTML element (or a custom element's, with a hyphen), or a
	 * comment (`<!--`).
	 *
	 * @param string $text Text or HTML as an editor wrote it.
	 */
	public static function lone_lt( $text ) {
		static $pattern = null;
		if ( null === $pattern ) {
			$names   = array_unique( array_merge( array_keys( wp_kses_allowed_html( 'post' ) ), self::MORE_TAGS ) );
			$pattern = '/<(?!\/?(?:' . implode( '|', array_map( 'preg_quote', $names ) ) . '|[a-z][a-z0-9]*-[a-z0-9._-]*)(?=[\s\/>]|$)|!--)/i';
		}
		return (string) preg_replace( $pattern, '&lt;', (string) $text );
	}

	/**
	 * The tags in some HTML whose names are not allowed, each once, as `<name>`.
	 *
	 * @param string   $html    HTML whose lone `<` are escaped (lone_lt()).
	 * @param string[] $allowed The tag names kept.
	 * @return string[]
	 */
	private static function tags_in( $html, array $allowed ) {
		preg_match_all( '/<\/?([a-z][a-z0-9-]*)/i', $html, $m );
		$names = array();
		foreach ( $m[1] as $name ) {
			$name = strtolower( $name );
			if ( ! in_array( $name, $allowed, true ) ) {
				$names[ '<' . $name . '>' ] = true;
			}
		}
		return array_keys( $names );
	}

	/** An id from a question's words, as the element and the embed builder make one (idFrom()), else "question". */
	private static function slug( $question ) {
		$id = Stem_Cell_Explainers_Entry_Id::from( $question, Stem_Cell_Explainers::data()['idLetters'] );
		return '' === $id ? 'question' : $id;
	}

	/**
	 * What was left out and why, for people who can edit this post (never for visitors).
	 *
	 * @param array<int,string> $problems Messages.
	 */
	public static function notice( $tag, $name, array $problems ) {
		if ( ! $problems || ! self::reader_can_edit() ) {
			return '';
		}
		$title = null === $name ? self::title( $tag ) : $name;
		wp_enqueue_style( Stem_Cell_Explainers_Editor::NOTICE );
		$items = '';
		foreach ( array_unique( $problems ) as $problem ) {
			$items .= '<li>' . esc_html( $problem ) . '</li>';
		}
		return sprintf(
			'<div class="stem-cell-explainers-notice" role="note"><p><strong>%s</strong> %s</p><ul>%s</ul></div>',
			esc_html( $title ),
			esc_html__( '(only people who can edit this page see this note):', 'stem-cell-explainers' ),
			$items
		);
	}

	/** The element's name for editors: its block's title. */
	public static function title( $tag ) {
		$titles = array(
			'stem-cell-faq'   => _x( 'Stem cell FAQ', 'block title', 'stem-cell-explainers' ),
			'procedure-steps' => _x( 'Stem cell procedure steps', 'block title', 'stem-cell-explainers' ),
			'dose-note'       => _x( 'Stem cell dose note', 'block title', 'stem-cell-explainers' ),
		);
		return isset( $titles[ $tag ] ) ? $titles[ $tag ] : $tag;
	}

	/** Whether the person reading can edit what is shown: this post, or (in the editor's preview) posts. */
	private static function reader_can_edit() {
		$post = get_post();
		return $post ? current_user_can( 'edit_post', $post->ID ) : current_user_can( 'edit_posts' );
	}
}
