<?php
/**
 * An entry's id from its words, as idFrom() in src/internal/entry-id.ts makes one for the element
 * and the embed builder: Latin letters without accents and in lower case (from the build's table,
 * build/data.json `idLetters`, written from the elements' own rule, since PHP here may have neither
 * intl nor mbstring); letters, vowel signs and digits of every other script as written; invisible
 * joiners dropped; each run of anything else one "-", none at either end (nor a vowel sign at
 * the start); at most 80 characters.
 * The id is the question's deep link, so a Hindi question's link reads in Hindi, and it stays the
 * same when the questions are reordered. test/wordpress/numbers.test.mjs holds this to idFrom() on
 * the table of cases in scripts/entry-ids.mjs.
 *
 * No WordPress function is used here, so the test can load this file on its own.
 *
 * @package stem-cell-explainers
 */

defined( 'ABSPATH' ) || defined( 'STEM_CELL_EXPLAINERS_TEST' ) || exit;

/** Ids from words. */
final class Stem_Cell_Explainers_Entry_Id {
	/** Longest id made from words, in characters. */
	const LONGEST = 80;

	/**
	 * The id; empty when the words have no letter or digit (or are not UTF-8).
	 *
	 * @param string               $words   Text, such as a question.
	 * @param array<string,string> $letters Latin letters and how an id writes them ("É" => "e").
	 */
	public static function from( $words, array $letters ) {
		$id = strtr( (string) $words, $letters );
		$id = (string) preg_replace( '/[\x{0300}-\x{036f}\x{200c}\x{200d}]/u', '', $id );
		$id = (string) preg_replace( array( '/[^\p{L}\p{M}\p{N}]+/u', '/^[-\p{M}]+/u' ), array( '-', '' ), $id );
		return preg_match( '/^.{0,' . self::LONGEST . '}/su', $id, $m ) ? rtrim( $m[0], '-' ) : '';
	}
}
