<?php
/**
 * English words in text written in another script, as textParts() in src/internal/text-parts.ts
 * finds them for the elements and the fallback markup: in text that holds a letter of a script
 * other than Latin (not one every script shares), each run of English words, from a Latin letter
 * to a Latin letter (accented ones too) with spaces, full stops, hyphens and apostrophes between.
 * The page marks them `lang="en"`, so that a screen reader reads a reviewer's name in a Hindi
 * footer with an English voice. test/wordpress/numbers.test.mjs holds this to textParts() on the table of cases in
 * scripts/text-parts-cases.mjs.
 *
 * No WordPress function is used here, so the test can load this file on its own.
 *
 * @package stem-cell-explainers
 */

defined( 'ABSPATH' ) || defined( 'STEM_CELL_EXPLAINERS_TEST' ) || exit;

/** Text in parts, English words apart. */
final class Stem_Cell_Explainers_Text_Parts {
	/**
	 * The text in order, as [ text, whether English words in another script's text ]; no part empty.
	 * Text that is not UTF-8 is one part, not English.
	 *
	 * @param string $text Text, such as a footer line.
	 * @return array<int,array{0:string,1:bool}>
	 */
	public static function parts( $text ) {
		$text = (string) $text;
		if ( '' === $text ) {
			return array();
		}
		if ( 1 !== preg_match( '/(?=\p{L})[^\p{Latin}\p{Common}]/u', $text ) ) {
			return array( array( $text, false ) );
		}
		$parts = array();
		// A "{name}" left in the text stays as it is, as textParts() keeps it.
		foreach ( preg_split( '/(\{\w+\})/', $text, -1, PREG_SPLIT_DELIM_CAPTURE ) as $i => $piece ) {
			$runs = 1 === $i % 2 ? array( $piece ) : preg_split( "/(\\p{Latin}(?:[\\p{Latin} .'\u{2019}-]*\\p{Latin})?)/u", $piece, -1, PREG_SPLIT_DELIM_CAPTURE );
			foreach ( $runs as $j => $run ) {
				if ( '' !== $run ) {
					$parts[] = array( $run, 1 === $i % 2 ? false : 1 === $j % 2 );
				}
			}
		}
		// Text beside text is one part.
		$joined = array();
		foreach ( $parts as $part ) {
			$last = count( $joined ) - 1;
			if ( $last >= 0 && ! $part[1] && ! $joined[ $last ][1] ) {
				$joined[ $last ][0] .= $part[0];
			} else {
				$joined[] = $part;
			}
		}
		return $joined;
	}
}
