<?php
/**
 * The dose figure in the reader's number system, as the elements write it (bigNumber() in
 * src/internal/numbers.ts): rounded up to three significant figures, never down, then written with
 * the language's compact words ("3.15 million", "31.5 लाख", "৩১.৫ লাখ"); and the dose note's figure
 * for a weight (doseFor() in src/components/dose-note/weight.ts), its cells to four. PHP has no such
 * formatter (and the intl extension is often missing), so `npm run build` writes, per language, the
 * digits, signs and compact patterns that Intl uses (scripts/wordpress-numbers.mjs); this class
 * applies them. test/wordpress/numbers.test.mjs checks it against bigNumber() and doseFor() on tables of cases.
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

	/** Kilograms in a pound, as the dose note counts them (KG_PER_LB in src/components/dose-note/weight.ts). */
	const KG_PER_LB = 0.45359237;

	/**
	 * A whole number rounded up to `$digits` significant figures, exactly as ceilSignificant() does it,
	 * including its rounding of the quotient to twelve significant digits before it rounds up.
	 *
	 * @param int $n      A whole number of at least 1.
	 * @param int $digits The significant figures: 3 (the rule's figure) or 4 (the dose note's cells).
	 * @return int
	 */
	public static function ceil_significant( $n, $digits ) {
		$n      = (int) $n;
		$length = strlen( (string) $n );
		if ( $n < 1 || $length <= $digits ) {
			return max( 0, $n );
		}
		$step = (int) ( 10 ** ( $length - $digits ) );
		// The quotient has `$digits` digits before the point: twelve significant digits are the rest in decimals.
		$quotient = (float) sprintf( '%.' . ( 12 - $digits ) . 'F', $n / $step );
		return (int) ceil( $quotient ) * $step;
	}

	/**
	 * A whole number rounded up to three significant figures, as ceil3() does it.
	 *
	 * @param int $n A whole number of at least 1.
	 * @return int
	 */
	public static function ceil3( $n ) {
		return self::ceil_significant( $n, 3 );
	}

	/**
	 * A count in the reader's number system.
	 *
	 * @param int                 $n      A whole number of at least 1.
	 * @param array<string,mixed> $data   The language's data from build/data.json (`numbers`).
	 * @param int                 $digits The significant figures: 3 (the rule's figure) or 4 (the dose note's cells).
	 * @return string
	 */
	public static function big_number( $n, array $data, $digits = 3 ) {
		$value    = self::ceil_significant( $n, $digits );
		$patterns = $data['patterns'][ $digits ];
		$k        = min( strlen( (string) $value ) - 1, count( $patterns ) - 1 );
		$pattern  = $patterns[ $k ];
		$plain    = self::plain( $value, (int) $pattern['d'] );
		$parts    = explode( '.', $plain );
		$text     = self::group( $parts[0], $data['group'], $data['grouping'], (int) $data['minimumGrouping'] );
		if ( isset( $parts[1] ) ) {
			$text .= $data['decimal'] . $parts[1];
		}
		$text = strtr( $text, self::digits( $data ) );
		$form = isset( $pattern['forms'][ $plain ] ) ? $pattern['forms'][ $plain ] : $pattern['pattern'];
		return str_replace( '{n}', $text, $form );
	}

	/**
	 * The dose note's figure for a weight, as doseFor() writes it: the weight in kg rounded up to a tenth
	 * (never below the weight), the cells that times the rule, rounded up to four figures, in the sentence
	 * of the language ("By this rule, for 70 kg: at least 140 million cells. …").
	 *
	 * @param float                $weight The weight as the dose note reads it (parseWeight()), in its unit.
	 * @param string               $unit   kg or lb.
	 * @param int                  $rate   The cells per kg.
	 * @param array<string,string> $words  The sentences with {weight}, {kg} and {cells}: resultKg, resultLb.
	 * @param array<string,mixed>  $data   The language tag's data from build/data.json (`numbers`).
	 * @return string
	 */
	public static function dose( $weight, $unit, $rate, array $words, array $data ) {
		$weight = (float) $weight;
		$in_kg  = 'kg' === $unit ? $weight : $weight * self::KG_PER_LB;
		$kg     = ceil( self::precision12( $in_kg * 10 ) ) / 10;
		$cells  = (int) ceil( self::precision12( $kg * (int) $rate ) );
		return strtr(
			'kg' === $unit ? $words['resultKg'] : $words['resultLb'],
			array(
				'{weight}' => self::tenths( 'kg' === $unit ? $kg : $weight, $data ),
				'{kg}'     => self::tenths( $kg, $data ),
				'{cells}'  => self::big_number( $cells, $data, 4 ),
			)
		);
	}

	/**
	 * A weight as the dose note writes it (Intl.NumberFormat with at most one decimal): rounded half up
	 * from the number's shortest digits, as Intl rounds it (70.05 is "70.1"), grouped as plain numbers
	 * are in the language (`tenths`), in its digits.
	 *
	 * @param float               $x    A weight of at least 0.1.
	 * @param array<string,mixed> $data The language tag's data from build/data.json (`numbers`).
	 * @return string
	 */
	public static function tenths( $x, array $data ) {
		$x = (float) $x;
		// The shortest digits that give the number back, as JavaScript writes it (fewest decimals, for a number of at least 1).
		for ( $decimals = 0; $decimals < 17; $decimals++ ) {
			$shortest = sprintf( '%.' . $decimals . 'F', $x );
			if ( (float) $shortest === $x ) {
				break;
			}
		}
		$parts = explode( '.', $shortest );
		$int   = (int) $parts[0];
		$tenth = isset( $parts[1] ) ? (int) $parts[1][0] : 0;
		if ( isset( $parts[1][1] ) && $parts[1][1] >= '5' ) {
			++$tenth;
		}
		if ( 10 === $tenth ) {
			$tenth = 0;
			++$int;
		}
		$text = self::group( (string) $int, $data['group'], $data['tenths']['grouping'], (int) $data['tenths']['minimumGrouping'] );
		if ( $tenth > 0 ) {
			$text .= $data['decimal'] . $tenth;
		}
		return strtr( $text, self::digits( $data ) );
	}

	/**
	 * A number to twelve significant digits, as JavaScript's `Number(x.toPrecision(12))` gives it: from
	 * its exact digits (every double of at least 0.5 has at most 53 decimals), a half rounded up, where
	 * sprintf() rounds a half to even.
	 *
	 * @param float $x A number of at least 1.
	 * @return float
	 */
	private static function precision12( $x ) {
		list( $int, $fraction ) = explode( '.', sprintf( '%.53F', $x ) );
		$all   = $int . $fraction;
		$first = strspn( $all, '0' );
		$kept  = (int) substr( str_pad( substr( $all, $first, 12 ), 12, '0' ), 0, 12 );
		if ( isset( $all[ $first + 12 ] ) && $all[ $first + 12 ] >= '5' ) {
			++$kept;
		}
		return (float) ( $kept . 'e' . ( strlen( $int ) - $first - 12 ) );
	}

	/** The language's digits for the Latin ones. */
	private static function digits( array $data ) {
		return array_combine( array( '0', '1', '2', '3', '4', '5', '6', '7', '8', '9' ), $data['digits'] );
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
