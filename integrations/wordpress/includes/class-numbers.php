<?php
/**
 * The dose figure in the reader's number system, as the elements write it (bigNumber() in
 * src/internal/numbers.ts): rounded up to three significant figures, never down, then written with
 * the language's compact words ("3.15 million", "31.5 लाख", "৩১.৫ লাখ"). PHP has no such formatter
 * (and the intl extension is often missing), so `npm run build` writes, per language, the digits,
 * signs and compact patterns that Intl uses (scripts/wordpress-numbers.mjs); this class applies them.
 * test/wordpress/numbers.test.mjs checks it against bigNumber() on a table of cases.
 *
 * No WordPress function is used here, so the test can load this file on its own.
 *
 * @package stem-cell-explainers
 */

defined( 'ABSPATH' ) || defined( 'STEM_CELL_EXPLAINERS_TEST' ) || exit;

/** Number formatting from the build's data. */
final class Stem_Cell_Explainers_Numbers {
	/** The largest whole number the elements take (JavaScript's Number.MAX_SAFE_INTEGER). */
	const MAX = 9007199254740991;

	/**
	 * A whole number rounded up to three significant figures, exactly as ceil3() does it, including its
	 * rounding of the quotient to twelve significant digits before it rounds up.
	 *
	 * @param int $n A whole number of at least 1.
	 * @return int
	 */
	public static function ceil3( $n ) {
		$n = (int) $n;
		if ( $n < 1000 ) {
			return max( 0, $n );
		}
		$step = (int) ( 10 ** ( strlen( (string) $n ) - 3 ) );
		// The quotient has three digits before the point: twelve significant digits are nine decimals.
		$quotient = (float) sprintf( '%.9F', $n / $step );
		return (int) ceil( $quotient ) * $step;
	}

	/**
	 * A count in the reader's number system.
	 *
	 * @param int                 $n    A whole number of at least 1.
	 * @param array<string,mixed> $data The language's data from build/data.json (`numbers`).
	 * @return string
	 */
	public static function big_number( $n, array $data ) {
		$value    = self::ceil3( $n );
		$patterns = $data['patterns'];
		$k        = min( strlen( (string) $value ) - 1, count( $patterns ) - 1 );
		$pattern  = $patterns[ $k ];
		$plain    = self::plain( $value, (int) $pattern['d'] );
		$parts    = explode( '.', $plain );
		$text     = self::group( $parts[0], $data['group'], $data['grouping'], (int) $data['minimumGrouping'] );
		if ( isset( $parts[1] ) ) {
			$text .= $data['decimal'] . $parts[1];
		}
		$text = strtr( $text, array_combine( array( '0', '1', '2', '3', '4', '5', '6', '7', '8', '9' ), $data['digits'] ) );
		$form = isset( $pattern['forms'][ $plain ] ) ? $pattern['forms'][ $plain ] : $pattern['pattern'];
		return str_replace( '{n}', $text, $form );
	}

	/** `$value / 10^$d` in plain Latin digits ("3.15", "31.5", "1230"): exact, from the digits. */
	private static function plain( $value, $d ) {
		$all    = (string) $value;
		$digits = rtrim( $all, '0' );
		$digits = '' === $digits ? '0' : $digits;
		$zeros  = strlen( $all ) - strlen( $digits );
		$point  = strlen( $all ) - $d;
		if ( $point <= 0 ) {
			return '0.' . str_repeat( '0', -$point ) . $digits;
		}
		if ( $zeros >= $d ) {
			return substr( $all, 0, $point );
		}
		return substr( $digits, 0, $point ) . '.' . substr( $digits, $point );
	}

	/**
	 * A day as the elements write it (formatDate() in src/internal/numbers.ts): "2 December 2026",
	 * "2 दिसंबर 2026", "২ ডিসেম্বর, ২০২৬", from the tag's date data in build/data.json (`dates`), which
	 * `npm run build` derives from formatDate() and proves (scripts/wordpress-numbers.mjs).
	 *
	 * @param string              $iso  A real date, YYYY-MM-DD.
	 * @param array<string,mixed> $data The tag's date data: digits, months, pattern, padDay.
	 * @return string
	 */
	public static function date( $iso, array $data ) {
		list( $y, $m, $d ) = array_map( 'intval', explode( '-', $iso ) );
		$digits            = array_combine( array( '0', '1', '2', '3', '4', '5', '6', '7', '8', '9' ), $data['digits'] );
		$day               = empty( $data['padDay'] ) ? (string) $d : sprintf( '%02d', $d );
		return strtr(
			$data['pattern'],
			array(
				'{d}' => strtr( $day, $digits ),
				'{m}' => $data['months'][ $m - 1 ],
				'{y}' => strtr( (string) $y, $digits ),
			)
		);
	}

	/** The integer part with the language's grouping (for example 10,000 but 1230 in `en`). */
	private static function group( $int, $separator, array $grouping, $minimum ) {
		$primary   = (int) $grouping[0];
		$secondary = (int) $grouping[1];
		if ( strlen( $int ) < $primary + $minimum ) {
			return $int;
		}
		$groups = array( substr( $int, -$primary ) );
		$rest   = substr( $int, 0, -$primary );
		while ( strlen( $rest ) > $secondary ) {
			array_unshift( $groups, substr( $rest, -$secondary ) );
			$rest = substr( $rest, 0, -$secondary );
		}
		if ( '' !== $rest ) {
			array_unshift( $groups, $rest );
		}
		return implode( $separator, $groups );
	}
}
