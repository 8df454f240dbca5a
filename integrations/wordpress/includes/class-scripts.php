<?php
/**
 * The scripts a page needs, and only those: each element's own file (with the shared chunks it
 * imports, preloaded with their integrity), or the all-in-one file on a page with every element, and
 * each element's part of each language it is shown in, all from the plugin's own folder (no request
 * to any other site), each with its Subresource Integrity hash. Block themes
 * render the content before the head, so the tags go in the head; classic themes render it after,
 * so they go before the closing body tag. Language parts come before the elements, so an element
 * never shows English first.
 *
 * @package stem-cell-explainers
 */

defined( 'ABSPATH' ) || exit;

/** Module tags for the elements and languages a page uses. */
final class Stem_Cell_Explainers_Scripts {
	/** @var array<string,true> Element files the page needs. */
	private static $elements = array();
	/** @var array<string,true> Each element's part of each language the page shows it in. */
	private static $locales = array();
	/** @var array<string,true> Files already printed on this page. */
	private static $printed = array();
	/** @var bool Whether an FAQ on the page has structured data on (its JSON-LD file is then preloaded). */
	private static $structured = false;

	public static function hooks() {
		add_action( 'wp_head', array( self::class, 'print_tags' ), 100 );
		add_action( 'wp_footer', array( self::class, 'print_tags' ), 100 );
	}

	/**
	 * Notes that the page shows an element in a language, and whether it adds structured data (an FAQ
	 * with structured-data on imports the JSON-LD file: only then is it preloaded).
	 */
	public static function need( $tag, $code, $structured = false ) {
		if ( $structured ) {
			self::$structured = true;
		}
		$data                                         = Stem_Cell_Explainers::data();
		self::$elements[ $data['elements'][ $tag ]['file'] ] = true;
		$add_ons = $data['languages'][ $code ]['addOns'];
		if ( $add_ons ) {
			self::$locales[ $add_ons[ $tag ] ] = true;
		}
	}

	/**
	 * The module tags for the files a list of elements and languages needs, and with `$structured` the
	 * FAQ's JSON-LD file (imported only with structured data, preloaded so that it is checked against
	 * its integrity).
	 */
	public static function tags( array $files, $structured = false ) {
		$data   = Stem_Cell_Explainers::data()['scripts'];
		$chunks = array();
		foreach ( $files as $file ) {
			foreach ( self::preloads( $file, $structured ) as $chunk ) {
				$chunks[ $chunk ] = true;
			}
		}
		$html = '';
		foreach ( array_keys( $chunks ) as $chunk ) {
			if ( ! isset( self::$printed[ $chunk ] ) ) {
				self::$printed[ $chunk ] = true;
				$html                   .= sprintf( '<link rel="modulepreload" href="%s" integrity="%s">' . "\n", esc_url( self::url( $chunk, false ) ), esc_attr( $data['integrity'][ $chunk ] ) );
			}
		}
		foreach ( $files as $file ) {
			if ( ! isset( self::$printed[ $file ] ) ) {
				self::$printed[ $file ] = true;
				$html                  .= sprintf( '<script type="module" src="%s" integrity="%s"></script>' . "\n", esc_url( self::url( $file, true ) ), esc_attr( $data['integrity'][ $file ] ) );
			}
		}
		return $html;
	}

	/**
	 * What a file imports, to preload with it: for the FAQ with structured data on, the JSON-LD file and
	 * what it imports too.
	 *
	 * @return string[]
	 */
	public static function preloads( $file, $structured ) {
		$data    = Stem_Cell_Explainers::data()['scripts'];
		$imports = $data['imports'][ $file ];
		if ( $structured && Stem_Cell_Explainers::data()['elements']['stem-cell-faq']['file'] === $file ) {
			$imports = array_values( array_unique( array_merge( $imports, $data['structuredData'] ) ) );
		}
		return $imports;
	}

	/** A file's address in the plugin's build folder; entry files carry the version (chunk names carry their hash). */
	public static function url( $file, $versioned ) {
		$url = plugins_url( 'build/' . $file, Stem_Cell_Explainers::$file );
		return $versioned ? add_query_arg( 'ver', Stem_Cell_Explainers::data()['version'], $url ) : $url;
	}

	/** Prints what the content rendered so far needs and is not on the page yet. */
	public static function print_tags() {
		$files = array_merge( array_keys( self::$locales ), self::element_files() );
		echo self::tags( $files, self::$structured ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- every part is escaped in tags()
	}

	/**
	 * The element files to print: their own files, or, on a page with every element and none of their
	 * files printed yet, the all-in-one file, which gives them in fewer bytes (the sets of elements it
	 * serves come from the build: the embed builder's rule). Its JSON-LD and English text are inside it.
	 * Once it is on the page it stands for every element: their own files would be a second copy.
	 *
	 * @return string[]
	 */
	private static function element_files() {
		$data = Stem_Cell_Explainers::data();
		$all  = $data['scripts']['allInOne']['file'];
		if ( isset( self::$printed[ $all ] ) ) {
			return array( $all );
		}
		$files = array_keys( self::$elements );
		$tags  = array();
		foreach ( $data['elements'] as $tag => $element ) {
			if ( isset( self::$printed[ $element['file'] ] ) ) {
				return $files;
			}
			if ( isset( self::$elements[ $element['file'] ] ) ) {
				$tags[] = $tag;
			}
		}
		sort( $tags );
		return in_array( $tags, $data['scripts']['allInOne']['for'], true ) ? array( $all ) : $files;
	}
}
