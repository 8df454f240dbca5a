<?php
/**
 * The block editor: the editor script and what it needs to know (attributes, choices, the clinic's
 * settings), and the preview route, which renders a block as visitors get it (the element with its
 * fallback, the scripts it needs) with what was left out and why.
 *
 * @package stem-cell-explainers
 */

defined( 'ABSPATH' ) || exit;

/** Editor script, its data and its preview. */
final class Stem_Cell_Explainers_Editor {
	const HANDLE = 'stem-cell-explainers-editor';
	const NOTICE = 'stem-cell-explainers-notice';

	public static function hooks() {
		add_action( 'rest_api_init', array( self::class, 'routes' ) );
		add_action( 'enqueue_block_editor_assets', array( self::class, 'editor_data' ) );
	}

	/** Registers the editor script (the blocks' editorScript) and the notice's style (their editorStyle). */
	public static function register_assets() {
		$version = Stem_Cell_Explainers::data()['version'];
		wp_register_script(
			self::HANDLE,
			plugins_url( 'editor.js', Stem_Cell_Explainers::$file ),
			array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-i18n', 'wp-api-fetch', 'wp-data' ),
			$version,
			true
		);
		wp_set_script_translations( self::HANDLE, Stem_Cell_Explainers::DOMAIN, plugin_dir_path( Stem_Cell_Explainers::$file ) . 'languages' );
		wp_register_style( self::NOTICE, plugins_url( 'notice.css', Stem_Cell_Explainers::$file ), array(), $version );
	}

	/** What the editor script needs, before it runs. */
	public static function editor_data() {
		$data   = Stem_Cell_Explainers::data();
		$blocks = array();
		foreach ( $data['elements'] as $tag => $element ) {
			$blocks[] = array(
				'name'       => 'stem-cell-explainers/' . $element['block'],
				'block'      => $element['block'],
				'tag'        => $tag,
				'attributes' => $element['attributes'],
			);
		}
		$settings = Stem_Cell_Explainers::settings();
		$lang     = Stem_Cell_Explainers::default_lang();
		$choices  = array();
		// The clinic's figure as patients read it, in each language a block can choose ('': the default).
		$figures = array( '' => Stem_Cell_Explainers::figure( Stem_Cell_Explainers::default_cells_per_kg(), $lang ) );
		foreach ( $data['choices'] as $choice ) {
			$choices[]                   = array(
				'value' => $choice['value'],
				'label' => Stem_Cell_Explainers::lang_label( $choice['value'] ),
			);
			$figures[ $choice['value'] ] = Stem_Cell_Explainers::figure( Stem_Cell_Explainers::default_cells_per_kg(), $choice['value'] );
		}
		$config = array(
			'blocks'      => $blocks,
			// Each choice in words, and what “Default” gives (the element's own default).
			'choices'     => array(
				'heading-level' => array( '2', '3', '4', '5', '6' ),
				'source'        => array_map(
					static function ( $source ) {
						return array(
							'value' => $source,
							'label' => self::source_label( $source ),
						);
					},
					$data['rules']['sources']
				),
				'unit'          => array( 'kg', 'lb' ),
				'lang'          => $choices,
			),
			'choiceDefaults' => array(
				'heading-level' => Stem_Cell_Explainers_Render::HEADING_LEVEL, // the plugin's, for a post's content
				'source'        => self::source_label( $data['rules']['sources'][0] ),
				'unit'          => 'kg',
			),
			'defaults'    => array(
				'lang'            => Stem_Cell_Explainers::lang_label( $lang ),
				'cells-per-kg'    => Stem_Cell_Explainers::figure( Stem_Cell_Explainers::default_cells_per_kg(), $lang ),
				'reviewed-by'     => wp_specialchars_decode( $settings['reviewed_by'], ENT_QUOTES ), // as patients read it
				'last-reviewed'   => $settings['last_reviewed'],
				'next-review-due' => $settings['next_review_due'],
			),
			'figures'     => $figures,
			'settingsUrl' => current_user_can( 'manage_options' ) ? admin_url( 'options-general.php?page=' . Stem_Cell_Explainers_Settings::PAGE ) : '',
		);
		wp_add_inline_script( self::HANDLE, 'window.stemCellExplainers = ' . wp_json_encode( $config, JSON_HEX_TAG | JSON_HEX_AMP ) . ';', 'before' );
	}

	/** Where the cells come from, in the words of the embed builder. */
	private static function source_label( $source ) {
		$words = array(
			'bone-marrow' => __( 'From the patient’s bone marrow', 'stem-cell-explainers' ),
			'adipose'     => __( 'From the patient’s fat (adipose tissue)', 'stem-cell-explainers' ),
			'allogenic'   => __( 'From a donor (allogenic cells)', 'stem-cell-explainers' ),
		);
		return isset( $words[ $source ] ) ? $words[ $source ] : $source;
	}

	public static function routes() {
		register_rest_route(
			'stem-cell-explainers/v1',
			'/preview',
			array(
				'methods'             => 'POST',
				'callback'            => array( self::class, 'preview' ),
				'permission_callback' => static function ( $request ) {
					$post = (int) $request['post_id'];
					return $post > 0 ? current_user_can( 'edit_post', $post ) : current_user_can( 'edit_posts' );
				},
				'args'                => array(
					'block'      => array(
						'type'     => 'string',
						'required' => true,
						'enum'     => array_values( wp_list_pluck( Stem_Cell_Explainers::data()['elements'], 'block' ) ),
					),
					'attributes' => array(
						'type'    => 'object',
						'default' => array(),
					),
					'post_id'    => array(
						'type'    => 'integer',
						'default' => 0,
					),
				),
			)
		);
	}

	/**
	 * A block as visitors get it: { html, problems: { attribute: message }, warnings: { attribute: message },
	 * entries: { index: { question|answer: { problems|warnings: [ message ] } } } (an FAQ's own questions),
	 * scripts: [ { src, integrity } ] }.
	 *
	 * Its messages name the block's fields, as the sidebar labels them.
	 *
	 * @param WP_REST_Request $request The request.
	 */
	public static function preview( $request ) {
		return Stem_Cell_Explainers_Attributes::as_fields(
			static function () use ( $request ) {
				return self::render_preview( $request );
			}
		);
	}

	/**
	 * The preview, its problems, warnings and scripts (preview()).
	 *
	 * @param WP_REST_Request $request The request.
	 */
	private static function render_preview( $request ) {
		$tag = null;
		foreach ( Stem_Cell_Explainers::data()['elements'] as $element_tag => $element ) {
			if ( $element['block'] === $request['block'] ) {
				$tag = $element_tag;
			}
		}
		$post_id = (int) $request['post_id'];
		if ( $post_id > 0 ) {
			$GLOBALS['post'] = get_post( $post_id ); // phpcs:ignore WordPress.WP.GlobalVariablesOverride -- the post being edited, as the block renderer sets it
		}
		$attributes = is_array( $request['attributes'] ) ? $request['attributes'] : array();
		$entries    = isset( $attributes['entries'] ) && is_array( $attributes['entries'] ) ? $attributes['entries'] : array();
		$bundled    = ! array_key_exists( 'bundled', $attributes ) || false !== Stem_Cell_Explainers_Attributes::boolean( $attributes['bundled'] );
		unset( $attributes['entries'], $attributes['bundled'], $attributes['fallback'], $attributes['className'] );
		$checked = Stem_Cell_Explainers_Attributes::check( $tag, $attributes );
		$html    = Stem_Cell_Explainers_Render::element(
			$tag,
			$attributes,
			array(
				'wrapper' => 'class="stem-cell-explainers-preview"',
				'entries' => $entries,
				'bundled' => $bundled,
			)
		);
		$lang    = null === $checked['lang'] ? Stem_Cell_Explainers::default_lang() : $checked['lang'];
		$add_ons = Stem_Cell_Explainers::data()['languages'][ Stem_Cell_Explainers::code( $lang ) ]['addOns'];
		$files   = array_filter( array( $add_ons ? $add_ons[ $tag ] : null, Stem_Cell_Explainers::data()['elements'][ $tag ]['file'] ) );
		$scripts = array();
		$data    = Stem_Cell_Explainers::data()['scripts'];
		foreach ( $files as $file ) {
			foreach ( Stem_Cell_Explainers_Scripts::preloads( $file, isset( $checked['values']['structured-data'] ) ) as $chunk ) {
				$scripts[ $chunk ] = array(
					'src'       => Stem_Cell_Explainers_Scripts::url( $chunk, false ),
					'integrity' => $data['integrity'][ $chunk ],
					'preload'   => true,
				);
			}
		}
		foreach ( $files as $file ) {
			$scripts[ $file ] = array(
				'src'       => Stem_Cell_Explainers_Scripts::url( $file, true ),
				'integrity' => $data['integrity'][ $file ],
				'preload'   => false,
			);
		}
		return rest_ensure_response(
			array(
				'html'     => $html,
				'problems' => (object) Stem_Cell_Explainers_Render::problems( $tag, $attributes, $bundled ),
				'warnings' => (object) Stem_Cell_Explainers_Render::warnings( $tag, $attributes ),
				'entries'  => (object) Stem_Cell_Explainers_Render::entry_notes( $entries ),
				'scripts'  => array_values( $scripts ),
			)
		);
	}
}
