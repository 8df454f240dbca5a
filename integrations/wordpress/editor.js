/* Block editor UI for the three blocks, in plain ES2015 on the wp.* globals (no build step).
 * The attributes and their descriptions come from window.stemCellExplainers, which the plugin writes
 * from custom-elements.json; the preview is the server's own rendering (ServerSideRender). */
(function (wp, config) {
  'use strict';
  if (!wp || !config) return;
  var el = wp.element.createElement;
  var Fragment = wp.element.Fragment;
  var be = wp.blockEditor;
  var c = wp.components;
  var ServerSideRender = wp.serverSideRender;

  function label(name) {
    var words = name.replace(/-/g, ' ');
    return words.charAt(0).toUpperCase() + words.slice(1);
  }

  function control(attribute, attributes, setAttributes) {
    var name = attribute.name;
    var value = attributes[name];
    var set = function (v) {
      var change = {};
      change[name] = v;
      setAttributes(change);
    };
    var common = { key: name, label: label(name), help: attribute.description };
    if (attribute.type === 'boolean') {
      return el(c.ToggleControl, Object.assign(common, { checked: !!value, onChange: set }));
    }
    var choices = config.choices[name];
    if (choices) {
      var options = [{ label: 'Default', value: '' }].concat(
        choices.map(function (v) {
          return { label: v, value: v };
        }),
      );
      return el(c.SelectControl, Object.assign(common, { value: value || '', options: options, onChange: set }));
    }
    var type = /^(last-reviewed|next-review-due)$/.test(name) ? 'date' : /^(weight|cells-per-kg|current)$/.test(name) ? 'number' : 'text';
    return el(c.TextControl, Object.assign(common, { type: type, value: value || '', onChange: set }));
  }

  /** The FAQ's own questions: question and answer pairs, kept as block attributes (never a script). */
  function entriesPanel(attributes, setAttributes) {
    var entries = attributes.entries || [];
    var update = function (i, field, v) {
      var next = entries.map(function (e, j) {
        return j === i
          ? Object.assign(
              {},
              e,
              (function () {
                var o = {};
                o[field] = v;
                return o;
              })(),
            )
          : e;
      });
      setAttributes({ entries: next });
    };
    var rows = entries.map(function (entry, i) {
      return el(
        'div',
        { key: i, style: { borderTop: '1px solid #ddd', paddingTop: '8px', marginTop: '8px' } },
        el(c.TextControl, {
          label: 'Question ' + (i + 1),
          value: entry.question || '',
          onChange: function (v) {
            update(i, 'question', v);
          },
        }),
        el(c.TextareaControl, {
          label: 'Answer',
          help: 'Blank lines start a new paragraph; links (<a href>) are kept.',
          value: entry.answer || '',
          onChange: function (v) {
            update(i, 'answer', v);
          },
        }),
        el(
          c.Button,
          {
            isDestructive: true,
            variant: 'link',
            onClick: function () {
              setAttributes({
                entries: entries.filter(function (e, j) {
                  return j !== i;
                }),
              });
            },
          },
          'Remove question',
        ),
      );
    });
    return el(
      c.PanelBody,
      { title: 'Your own questions', initialOpen: false },
      el(c.ToggleControl, {
        label: 'Also show the bundled questions',
        checked: attributes.bundled !== false,
        onChange: function (v) {
          setAttributes({ bundled: v });
        },
      }),
      rows,
      el(
        c.Button,
        {
          variant: 'secondary',
          onClick: function () {
            setAttributes({ entries: entries.concat([{ question: '', answer: '' }]) });
          },
        },
        'Add a question',
      ),
    );
  }

  config.blocks.forEach(function (block) {
    wp.blocks.registerBlockType(block.name, {
      edit: function (props) {
        var blockProps = be.useBlockProps();
        var controls = block.attributes.map(function (a) {
          return control(a, props.attributes, props.setAttributes);
        });
        return el(
          Fragment,
          null,
          el(
            be.InspectorControls,
            null,
            el(c.PanelBody, { title: 'Settings' }, controls),
            block.tag === 'stem-cell-faq' ? entriesPanel(props.attributes, props.setAttributes) : null,
          ),
          el('div', blockProps, el(ServerSideRender, { block: block.name, attributes: props.attributes })),
        );
      },
      save: function () {
        return null;
      },
    });
  });
})(window.wp, window.stemCellExplainers);
