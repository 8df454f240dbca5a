<?php
/**
 * Posts that read correctly without the plugin.
 *
 * - Blocks: whenever a post is saved (block editor, REST API, Quick Edit, code), each of our blocks
 *   gets its fallback markup as its saved HTML (the editor reads it back as the block's `fallback`
 *   attribute, so the block stays valid). With the plugin active the block is rendered afresh; without
 *   it, WordPress shows the saved HTML: the clinic's text, in the post's language, with its figure.
 * - Deactivation brings every post's blocks up to date (the figure may have changed in the settings
 *   since) and puts each shortcode's text where the shortcode was, keeping the shortcode itself
 *   (base64, in a data- attribute) so that activating the plugin again puts it back. Without the
 *   plugin, visitors read the text, not `[stem_cell_faq]`.
 *
 * @package stem-cell-explainers
 */

defined( 'ABSPATH' ) || exit;

/** Saved fallback markup for blocks; shortcodes frozen on deactivation and restored on activation. */
final class Stem_Cell_Explainers_Post_Content {
	/** A block comment of ours, as WordPress's block parser reads one. */
	const BLOCK = '/<!--\s+(\/)?wp:stem-cell-explainers\/([a-z][a-z0-9_-]*)\s+((?:\{(?:(?:[^}]+|}+(?=})|(?!}\s+\/?-->).)*+)?}\s+)?)(\/)?-->/s';
	/** The attribute holding a frozen shortcode, and the comment that ends its text. */
	const MARK = 'data-stem-cell-shortcode';
	const END  = '<!-- /stem-cell-explainers -->';

	public static function hooks() {
		add_filter( 'wp_insert_post_data', array( self::class, 'on_save' ), 10, 1 );
		// Before WordPress's kses (10), which Authors' and Contributors' posts go through.
		add_filter( 'content_save_pre', array( self::class, 'before_kses' ), 9 );
	}

	/**
	 * For people whose posts WordPress filters (kses: Authors, Contributors): in the FAQ's own questions
	 * (a block's `entries`, the content of [stem_cell_faq]) each `<` that begins no tag is written
	 * `&lt;`, else kses reads "A BMI <30 is best; >40" as a tag and drops "<30 is best; >". The
	 * content is slashed.
	 *
	 * @param mixed $content The post's content, as it is being saved.
	 */
	public static function before_kses( $content ) {
		if ( ! is_string( $content ) || false === has_filter( 'content_save_pre', 'wp_filter_post_kses' ) || ( false === strpos( $content, 'wp:stem-cell-explainers/faq' ) && false === strpos( $content, '[stem_cell_' ) ) ) {
			return $content;
		}
		$given = wp_unslash( $content );
		$text  = (string) preg_replace_callback(
			self::BLOCK,
			static function ( $m ) {
				$attributes = 'faq' === $m[2] && '' === $m[1] && '' !== trim( $m[3] ) ? json_decode( trim( $m[3] ), true ) : null;
				if ( ! is_array( $attributes ) || ! isset( $attributes['entries'] ) || ! is_array( $attributes['entries'] ) ) {
					return $m[0];
				}
				foreach ( $attributes['entries'] as $i => $entry ) {
					foreach ( array( 'question', 'answer' ) as $field ) {
						if ( is_array( $entry ) && isset( $entry[ $field ] ) && is_string( $entry[ $field ] ) ) {
							$attributes['entries'][ $i ][ $field ] = Stem_Cell_Explainers_Render::lone_lt( $entry[ $field ] );
						}
					}
				}
				return '<!-- wp:stem-cell-explainers/faq ' . serialize_block_attributes( $attributes ) . ' ' . ( isset( $m[4] ) && '/' === $m[4] ? '/' : '' ) . '-->';
			},
			$given
		);
		$faqs = array();
		foreach ( Stem_Cell_Explainers_Shortcodes::containers() as $name => $tag ) {
			if ( 'stem-cell-faq' === $tag ) {
				$faqs[] = $name;
			}
		}
		foreach ( array_reverse( Stem_Cell_Explainers_Shortcodes::spans( $text, $faqs ) ) as $span ) {
			if ( null !== $span['content'] ) {
				$text = substr_replace( $text, Stem_Cell_Explainers_Render::lone_lt( substr( $text, $span['start'], $span['end'] - $span['start'] ) ), $span['start'], $span['end'] - $span['start'] );
			}
		}
		return $text === $given ? $content : wp_slash( $text );
	}

	/** Post types whose content is not a post's markup (the Customizer keeps JSON there). */
	const NOT_MARKUP = array( 'customize_changeset', 'oembed_cache', 'user_request' );

	/** Fills our blocks' saved HTML as a post is saved (the data is slashed). */
	public static function on_save( $data ) {
		if ( isset( $data['post_type'] ) && in_array( $data['post_type'], self::NOT_MARKUP, true ) ) {
			return $data;
		}
		if ( isset( $data['post_content'] ) && is_string( $data['post_content'] ) && false !== strpos( $data['post_content'], 'wp:stem-cell-explainers/' ) ) {
			$data['post_content'] = wp_slash( self::fill_blocks( wp_unslash( $data['post_content'] ) ) );
		}
		return $data;
	}

	/** Each of our blocks in the content with its fallback as its saved HTML; everything else as it was. */
	public static function fill_blocks( $content ) {
		if ( ! preg_match_all( self::BLOCK, $content, $matches, PREG_SET_ORDER | PREG_OFFSET_CAPTURE ) ) {
			return $content;
		}
		$tags = array();
		foreach ( Stem_Cell_Explainers::data()['elements'] as $tag => $element ) {
			$tags[ $element['block'] ] = $tag;
		}
		$ids  = array();
		$out  = '';
		$at   = 0;
		$open = null;
		foreach ( $matches as $m ) {
			$name = $m[2][0];
			if ( ! isset( $tags[ $name ] ) ) {
				continue;
			}
			$start = $m[0][1];
			$end   = $start + strlen( $m[0][0] );
			if ( '/' !== $m[1][0] ) {
				$opener = '<!-- wp:stem-cell-explainers/' . $name . ' ' . ( '' === trim( $m[3][0] ) ? '' : trim( $m[3][0] ) . ' ' ) . '-->';
				$inner  = "\n" . self::saved_block( $name, $tags[ $name ], trim( $m[3][0] ), $ids ) . "\n";
				if ( isset( $m[4] ) && '/' === $m[4][0] ) {
					$out .= substr( $content, $at, $start - $at ) . $opener . $inner . '<!-- /wp:stem-cell-explainers/' . $name . ' -->';
					$at   = $end;
				} else {
					$open = array( $name, $inner );
					$out .= substr( $content, $at, $start - $at ) . $opener;
					$at   = $end;
				}
			} elseif ( null !== $open && $open[0] === $name ) {
				$out .= $open[1];
				$at   = $start;
				$open = null;
			}
		}
		return $out . substr( $content, $at );
	}

	/** One block's saved HTML: the wrapper the editor's save() writes, holding the fallback. */
	private static function saved_block( $name, $tag, $json, array &$ids ) {
		$attributes = '' === $json ? array() : json_decode( $json, true );
		$attributes = is_array( $attributes ) ? $attributes : array();
		$class      = 'wp-block-stem-cell-explainers-' . $name;
		if ( isset( $attributes['className'] ) && is_string( $attributes['className'] ) && '' !== trim( $attributes['className'] ) ) {
			$class .= ' ' . trim( $attributes['className'] );
		}
		$entries = isset( $attributes['entries'] ) && is_array( $attributes['entries'] ) ? $attributes['entries'] : array();
		$bundled = ! array_key_exists( 'bundled', $attributes ) || false !== Stem_Cell_Explainers_Attributes::boolean( $attributes['bundled'] );
		unset( $attributes['entries'], $attributes['bundled'], $attributes['fallback'], $attributes['className'] );
		return sprintf( '<div class="%s">%s</div>', esc_attr( $class ), Stem_Cell_Explainers_Render::saved( $tag, $attributes, $entries, $bundled, $ids ) );
	}

	/** Each shortcode of ours replaced by its text, the shortcode kept for thaw(). */
	public static function freeze_shortcodes( $content ) {
		$containers = Stem_Cell_Explainers_Shortcodes::containers();
		$ids        = array();
		foreach ( array_reverse( Stem_Cell_Explainers_Shortcodes::spans( $content, array_keys( $containers ) ) ) as $span ) {
			$tag     = $containers[ $span['name'] ];
			$given   = Stem_Cell_Explainers_Shortcodes::attributes( $tag, shortcode_parse_atts( $span['attributes'] ), $span['name'] )[0];
			$entries = array();
			$bundled = ! isset( $given['bundled'] ) || false !== Stem_Cell_Explainers_Attributes::boolean( $given['bundled'] );
			unset( $given['bundled'] );
			if ( 'stem-cell-faq' === $tag && null !== $span['content'] ) {
				$entries = Stem_Cell_Explainers_Shortcodes::questions( $span['content'] )[0];
			}
			$original = substr( $content, $span['start'], $span['end'] - $span['start'] );
			$text     = Stem_Cell_Explainers_Render::saved( $tag, $given, $entries, $bundled, $ids );
			$frozen   = sprintf( '<div class="stem-cell-explainers" %s="%s">%s%s</div>', self::MARK, base64_encode( $original ), $text, self::END ); // phpcs:ignore WordPress.PHP.DiscouragedPHPFunctions.obfuscation_base64_encode -- keeps the shortcode exactly, to put back
			$content  = substr_replace( $content, $frozen, $span['start'], $span['end'] - $span['start'] );
		}
		return $content;
	}

	/** The frozen shortcodes back where they were. */
	public static function thaw_shortcodes( $content ) {
		return (string) preg_replace_callback(
			'#<div class="stem-cell-explainers" ' . self::MARK . '="([A-Za-z0-9+/=]*)">.*?' . preg_quote( self::END, '#' ) . '\s*</div>#s',
			static function ( $m ) {
				$original = base64_decode( $m[1], true ); // phpcs:ignore WordPress.PHP.DiscouragedPHPFunctions.obfuscation_base64_decode
				return false === $original ? $m[0] : $original;
			},
			$content
		);
	}

	/** On deactivation: every post reads correctly without the plugin. */
	public static function deactivate( $network_wide = false ) {
		self::each_site(
			$network_wide,
			static function () {
				global $wpdb;
				$like = '%' . $wpdb->esc_like( '[stem_cell_' ) . '%';
				$skip = "'revision', '" . implode( "', '", Stem_Cell_Explainers_Post_Content::NOT_MARKUP ) . "'";
				$ids  = $wpdb->get_col( $wpdb->prepare( "SELECT ID FROM {$wpdb->posts} WHERE post_type NOT IN ({$skip}) AND (post_content LIKE %s OR post_content LIKE %s)", $like, '%' . $wpdb->esc_like( 'wp:stem-cell-explainers/' ) . '%' ) ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery, WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- $skip is the class's own constant
				foreach ( $ids as $id ) {
					Stem_Cell_Explainers_Post_Content::update( (int) $id, array( Stem_Cell_Explainers_Post_Content::class, 'freeze' ) );
				}
			}
		);
	}

	/** On activation: the shortcodes frozen at deactivation are put back. */
	public static function activate( $network_wide = false ) {
		self::each_site(
			$network_wide,
			static function () {
				global $wpdb;
				$ids = $wpdb->get_col( $wpdb->prepare( "SELECT ID FROM {$wpdb->posts} WHERE post_type <> 'revision' AND post_content LIKE %s", '%' . $wpdb->esc_like( self::MARK ) . '%' ) ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery
				foreach ( $ids as $id ) {
					Stem_Cell_Explainers_Post_Content::update( (int) $id, array( Stem_Cell_Explainers_Post_Content::class, 'thaw_shortcodes' ) );
				}
			}
		);
	}

	/** Blocks filled and shortcodes frozen. */
	public static function freeze( $content ) {
		return self::freeze_shortcodes( self::fill_blocks( $content ) );
	}

	/** Rewrites one post's content in place (no revision, no new modified date: nothing the clinic wrote changes). */
	public static function update( $id, $change ) {
		global $wpdb;
		$post = get_post( $id );
		if ( ! $post ) {
			return;
		}
		$content = call_user_func( $change, $post->post_content );
		if ( $content !== $post->post_content ) {
			$wpdb->update( $wpdb->posts, array( 'post_content' => $content ), array( 'ID' => $id ) ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery
			clean_post_cache( $id );
		}
	}

	/** Runs a task for this site, or for every site when activated or deactivated network-wide. */
	private static function each_site( $network_wide, $task ) {
		if ( is_multisite() && $network_wide ) {
			foreach ( get_sites(
				array(
					'fields' => 'ids',
					'number' => 0,
				)
			) as $site ) {
				switch_to_blog( (int) $site );
				$task();
				restore_current_blog();
			}
			return;
		}
		$task();
	}
}
