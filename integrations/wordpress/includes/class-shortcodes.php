<?php
/**
 * The shortcodes, for the Classic editor: [stem_cell_faq], [stem_cell_procedure_steps],
 * [stem_cell_dose_note], and [stem_cell_question question="…"]answer[/stem_cell_question] for the
 * clinic's own questions inside an FAQ (a form the Visual tab keeps).
 *
 * WordPress reads `[stem_cell_faq]` followed, anywhere later, by `[/stem_cell_faq]` as one enclosing
 * shortcode, so an FAQ written without a closing tag would swallow everything up to another FAQ's
 * closing tag. Before WordPress runs shortcodes, normalise() marks every opening tag of ours that is
 * not closed before the next one of its kind as self-closing (`[stem_cell_faq … /]`): every form
 * works pasted together, in any order. Content a shortcode cannot read is never replaced silently:
 * people who can edit the post are told what was left out.
 *
 * @package stem-cell-explainers
 */

defined( 'ABSPATH' ) || exit;

/** Shortcodes, their pairing, and own questions. */
final class Stem_Cell_Explainers_Shortcodes {

	public static function hooks() {
		// Before wpautop, wptexturize (10) and do_shortcode (11); do_blocks runs at 9, on block posts only.
		foreach ( array( 'the_content', 'widget_text_content', 'widget_block_content' ) as $filter ) {
			add_filter( $filter, array( self::class, 'normalise' ), 8 );
		}
		// The elements' text is the clinic's, character for character: no curly quotes or dashes added inside them,
		// nor inside the own questions a shortcode holds ("- " starts a bullet point there; an en dash would not).
		add_filter(
			'no_texturize_tags',
			static function ( $tags ) {
				return array_merge( (array) $tags, array_keys( Stem_Cell_Explainers::data()['elements'] ) );
			}
		);
		add_filter(
			'no_texturize_shortcodes',
			static function ( $shortcodes ) {
				return array_merge( (array) $shortcodes, wp_list_pluck( Stem_Cell_Explainers::data()['elements'], 'shortcode' ), array( self::question() ) );
			}
		);
	}

	public static function register() {
		foreach ( Stem_Cell_Explainers::data()['elements'] as $tag => $element ) {
			add_shortcode(
				$element['shortcode'],
				static function ( $attributes, $content, $name ) use ( $tag ) {
					return Stem_Cell_Explainers_Shortcodes::render( $tag, $attributes, (string) $content, (string) $name );
				}
			);
		}
		add_shortcode( self::question(), array( self::class, 'stray_question' ) );
	}

	/** The own question's shortcode, `stem_cell_question`, as the build names it. */
	public static function question() {
		return Stem_Cell_Explainers::data()['question']['shortcode'];
	}

	/** @return array<string,string> Shortcode name => element, for the three elements. */
	public static function containers() {
		return array_flip( wp_list_pluck( Stem_Cell_Explainers::data()['elements'], 'shortcode' ) );
	}

	/**
	 * Our shortcodes in some content, paired as normalise() pairs them: each as its start and end
	 * offsets, name, attribute text, and enclosed content (null when self-closing).
	 *
	 * @param string   $content The content.
	 * @param string[] $names   The shortcode names to look at.
	 * @return array<int,array{start:int,end:int,name:string,attributes:string,content:string|null,closed:bool}>
	 */
	public static function spans( $content, array $names ) {
		$pattern = '/\[(\[?)(\/?)(' . implode( '|', array_map( 'preg_quote', $names ) ) . ')(?![\w-])((?:[^\]\/]|\/(?!\]))*)(\/?)\](\]?)/';
		if ( ! preg_match_all( $pattern, $content, $matches, PREG_SET_ORDER | PREG_OFFSET_CAPTURE ) ) {
			return array();
		}
		$tokens = array();
		foreach ( $matches as $m ) {
			if ( '[' === $m[1][0] && ']' === $m[6][0] ) {
				continue; // [[stem_cell_faq]] is WordPress's way to show a shortcode as text
			}
			$tokens[] = array(
				'start'      => $m[0][1] + strlen( $m[1][0] ),
				'end'        => $m[0][1] + strlen( $m[0][0] ) - strlen( $m[6][0] ),
				'closer'     => '/' === $m[2][0],
				'name'       => $m[3][0],
				'attributes' => $m[4][0],
				'self'       => '/' === $m[5][0],
			);
		}
		$spans = array();
		$count = count( $tokens );
		for ( $i = 0; $i < $count; $i++ ) {
			$token = $tokens[ $i ];
			if ( $token['closer'] ) {
				continue; // a closing tag without its opening one: WordPress leaves it as text
			}
			$span = array(
				'start'      => $token['start'],
				'end'        => $token['end'],
				'name'       => $token['name'],
				'attributes' => $token['attributes'],
				'content'    => null,
				'closed'     => $token['self'],
			);
			if ( ! $token['self'] ) {
				for ( $j = $i + 1; $j < $count && $tokens[ $j ]['name'] !== $token['name']; $j++ ) {
					continue;
				}
				if ( $j < $count && $tokens[ $j ]['closer'] ) {
					$span['end']     = $tokens[ $j ]['end'];
					$span['content'] = substr( $content, $token['end'], $tokens[ $j ]['start'] - $token['end'] );
					$i               = $j;
				}
			}
			$spans[] = $span;
		}
		return $spans;
	}

	/**
	 * Marks each of our opening tags that is not closed before the next one of its kind as
	 * self-closing, and straightens curly quotes around attribute values (`search=”true”`).
	 */
	public static function normalise( $content ) {
		if ( ! is_string( $content ) || false === strpos( $content, '[stem_cell_' ) ) {
			return $content;
		}
		$names = array_merge( array_keys( self::containers() ), array( self::question() ) );
		foreach ( array_reverse( self::spans( $content, $names ) ) as $span ) {
			$tag  = '[' . $span['name'] . self::straight_quotes( $span['attributes'] );
			$open = strlen( '[' . $span['name'] . $span['attributes'] );
			if ( null === $span['content'] ) {
				$content = substr_replace( $content, rtrim( $tag ) . ' /]', $span['start'], $span['end'] - $span['start'] );
				$end     = $span['start'] + strlen( rtrim( $tag ) . ' /]' );
			} else {
				$content = substr_replace( $content, $tag, $span['start'], $open );
				$end     = $span['end'] + strlen( $tag ) - $open;
			}
			// A shortcode on lines of its own becomes a paragraph of its own, so that wpautop leaves it
			// alone (the README's lines, pasted one under the other, are one paragraph otherwise).
			if ( self::question() !== $span['name'] ) {
				$before = 0 === $span['start'] || "\n" === $content[ $span['start'] - 1 ];
				$after  = strlen( $content ) === $end || "\n" === $content[ $end ] || "\r" === $content[ $end ];
				if ( $before && $after ) {
					if ( $end < strlen( $content ) && "\n\n" !== substr( $content, $end, 2 ) ) {
						$content = substr_replace( $content, "\n", $end, 0 );
					}
					if ( $span['start'] > 1 && "\n\n" !== substr( $content, $span['start'] - 2, 2 ) ) {
						$content = substr_replace( $content, "\n", $span['start'], 0 );
					}
				}
			}
		}
		return $content;
	}

	/** `name=“value”` (as word processors and some keyboards type it) as `name="value"`. */
	private static function straight_quotes( $attributes ) {
		$attributes = preg_replace( '/=\s*(?:[\x{201C}\x{201D}\x{201E}\x{2033}]|&#822[01];|&#8243;)(.*?)(?:[\x{201C}\x{201D}\x{2033}]|&#822[01];|&#8243;)/u', '="$1"', $attributes );
		return (string) preg_replace( '/=\s*(?:[\x{2018}\x{2019}]|&#821[67];)(.*?)(?:[\x{2018}\x{2019}]|&#821[67];)/u', "='\$1'", (string) $attributes );
	}

	/** A shortcode: the element, its own questions, and a note for editors on anything it could not read. */
	public static function render( $tag, $attributes, $content, $name ) {
		list( $given, $problems ) = self::attributes( $tag, $attributes, $name );

		// Content that holds another of our shortcodes was swallowed (a shortcode run without normalise()
		// before it, as some page builders do): this one closes at once, and the rest is shown after it.
		$after = '';
		if ( preg_match( '/\[(?:' . implode( '|', array_keys( self::containers() ) ) . ')(?![\w-])/', $content ) ) {
			$after   = do_shortcode( self::normalise( $content . '[/' . $name . ']' ) );
			$content = '';
		}

		$entries = array();
		$bundled = true;
		if ( 'stem-cell-faq' === $tag ) {
			$bundled = ! isset( $given['bundled'] ) || false !== Stem_Cell_Explainers_Attributes::boolean( $given['bundled'] );
			unset( $given['bundled'] );
			if ( '' !== trim( $content ) ) {
				list( $entries, $unread ) = self::questions( $content );
				$problems                 = array_merge( $problems, $unread );
			}
		} elseif ( '' !== trim( wp_strip_all_tags( $content ) ) ) {
			/* translators: %s: the shortcode */
			$problems[] = sprintf( __( '[%s] takes no content; its text is shown after it.', 'stem-cell-explainers' ), $name );
			$after      = $content . $after;
		}
		return Stem_Cell_Explainers_Render::element(
			$tag,
			$given,
			array(
				'entries'  => $entries,
				'bundled'  => $bundled,
				'problems' => $problems,
				'name'     => '[' . $name . ']',
			)
		) . $after;
	}

	/**
	 * A shortcode's attributes by the element's names: a bare name (`[stem_cell_faq search]`) is on;
	 * a name the element does not take is left out, and reported.
	 *
	 * @param array<int|string,string>|string $attributes As shortcode_parse_atts() gives them.
	 * @return array{0:array<string,mixed>,1:array<int,string>}
	 */
	public static function attributes( $tag, $attributes, $name ) {
		$given    = array();
		$problems = array();
		foreach ( is_array( $attributes ) ? $attributes : array() as $key => $value ) {
			if ( is_int( $key ) ) {
				$given[ strtolower( (string) $value ) ] = true;
			} else {
				$given[ strtolower( (string) $key ) ] = $value;
			}
		}
		$known = array_merge( wp_list_pluck( Stem_Cell_Explainers::data()['elements'][ $tag ]['attributes'], 'name' ), array( 'lang' ), 'stem-cell-faq' === $tag ? array( 'bundled' ) : array() );
		foreach ( array_keys( $given ) as $key ) {
			if ( ! in_array( $key, $known, true ) ) {
				/* translators: 1: the attribute written, 2: the shortcode, 3: the attributes it takes */
				$problems[] = sprintf( __( '"%1$s" is not an attribute of [%2$s] (it takes %3$s); it is ignored.', 'stem-cell-explainers' ), Stem_Cell_Explainers_Attributes::shown( $key ), $name, implode( ', ', $known ) );
				unset( $given[ $key ] );
			}
		}
		return array( $given, $problems );
	}

	/**
	 * The own questions in an FAQ's content, in the order written: [stem_cell_question] items and
	 * `<details><summary>` entries (also as the Visual tab keeps them, escaped). Anything else is
	 * reported, never shown.
	 *
	 * @return array{0:array<int,array{question:string,answer:string}>,1:array<int,string>}
	 */
	public static function questions( $content ) {
		$found    = array();
		$problems = array();
		$rest     = $content;
		foreach ( self::spans( $content, array( self::question() ) ) as $span ) {
			$attributes = shortcode_parse_atts( self::straight_quotes( $span['attributes'] ) );
			$attributes = is_array( $attributes ) ? array_change_key_case( $attributes ) : array();
			$name       = Stem_Cell_Explainers::data()['question']['attribute'];
			$question   = isset( $attributes[ $name ] ) ? $attributes[ $name ] : '';
			$found[]    = array(
				'at'       => $span['start'],
				'question' => trim( wp_strip_all_tags( Stem_Cell_Explainers_Render::lone_lt( html_entity_decode( (string) $question, ENT_QUOTES | ENT_HTML5, 'UTF-8' ) ) ) ),
				'answer'   => self::clean( (string) $span['content'] ),
			);
			$rest       = substr_replace( $rest, str_repeat( ' ', $span['end'] - $span['start'] ), $span['start'], $span['end'] - $span['start'] );
		}
		$details = self::details( $rest );
		$found   = array_merge( $found, $details[0] );
		$rest    = $details[1];

		if ( '' !== self::text( $rest ) && false !== stripos( $rest, '&lt;details' ) ) {
			// HTML typed into the Visual tab is kept as text: read it as what it was meant to be.
			$decoded = self::details( html_entity_decode( $rest, ENT_QUOTES | ENT_HTML5, 'UTF-8' ) );
			if ( $decoded[0] ) {
				$found      = array_merge( $found, $decoded[0] );
				$rest       = $decoded[1];
				$problems[] = __( 'Questions written as <details> in the Visual tab are stored as text; they are shown, but write each one as [stem_cell_question question="…"]answer[/stem_cell_question] (or use the Text tab) to be sure.', 'stem-cell-explainers' );
			}
		}
		$left = self::text( $rest );
		if ( '' !== $left ) {
			$problems[] = sprintf(
				/* translators: %s: the start of the text that could not be read */
				__( 'This text in the FAQ is not a question it can read, so visitors do not see it: “%s”. Write each question as [stem_cell_question question="…"]answer[/stem_cell_question].', 'stem-cell-explainers' ),
				Stem_Cell_Explainers_Attributes::shown( $left )
			);
		}
		usort(
			$found,
			static function ( $a, $b ) {
				return $a['at'] - $b['at'];
			}
		);
		$entries = array();
		foreach ( $found as $entry ) {
			$entries[] = array(
				'question' => $entry['question'],
				'answer'   => $entry['answer'],
			);
		}
		return array( $entries, $problems );
	}

	/** `<details><summary>Question</summary>answer</details>` entries, and the content without them. */
	private static function details( $content ) {
		$found = array();
		if ( preg_match_all( '#<details\b[^>]*>\s*(?:<p>\s*)?<summary\b[^>]*>(.*?)</summary>(.*?)</details>#is', $content, $matches, PREG_SET_ORDER | PREG_OFFSET_CAPTURE ) ) {
			foreach ( array_reverse( $matches ) as $m ) {
				$found[] = array(
					'at'       => $m[0][1],
					'question' => trim( wp_strip_all_tags( Stem_Cell_Explainers_Render::lone_lt( html_entity_decode( $m[1][0], ENT_QUOTES | ENT_HTML5, 'UTF-8' ) ) ) ),
					'answer'   => self::clean( $m[2][0] ),
				);
				$content = substr_replace( $content, str_repeat( ' ', strlen( $m[0][0] ) ), $m[0][1], strlen( $m[0][0] ) );
			}
		}
		return array( array_reverse( $found ), $content );
	}

	/** An answer as written between tags that wpautop has already been through: balanced, with paragraphs. */
	private static function clean( $html ) {
		$html = preg_replace( '#^\s*(?:</p>|<br\s*/?>)+\s*#i', '', $html );
		$html = preg_replace( '#\s*(?:<p>|<br\s*/?>)+\s*$#i', '', (string) $html );
		return trim( force_balance_tags( (string) $html ) );
	}

	/** The readable text left in some markup (tags, spaces and &nbsp; are not text). */
	private static function text( $html ) {
		return trim( str_replace( array( '&nbsp;', "\xC2\xA0" ), ' ', wp_strip_all_tags( $html ) ) );
	}

	/** [stem_cell_question] outside an FAQ: shown to nobody, and editors told where it goes. */
	public static function stray_question() {
		return Stem_Cell_Explainers_Render::notice(
			'stem-cell-faq',
			'[' . self::question() . ']',
			array( __( 'A question works only inside an FAQ: [stem_cell_faq] [stem_cell_question question="…"]answer[/stem_cell_question] [/stem_cell_faq]. This one is not shown.', 'stem-cell-explainers' ) )
		);
	}
}
