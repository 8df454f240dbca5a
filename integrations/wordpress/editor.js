/* Block editor UI for the three blocks, in plain ES2015 on the wp.* globals (no build step).
 * The attributes come from window.stemCellExplainers, which the plugin writes from custom-elements.json
 * and the clinic's settings. The preview is the server's own rendering (the element holding its
 * fallback, in its language, with its figure) taken over by the element's own script, loaded into
 * the editor's document: what visitors get, search box and calculator included. Each block saves its
 * fallback markup (the server writes it when the post is saved), so a post still reads correctly
 * without the plugin. */
(function (wp, config) {
  'use strict';
  if (!wp || !config) return;
  var el = wp.element.createElement;
  var Fragment = wp.element.Fragment;
  var RawHTML = wp.element.RawHTML;
  var useState = wp.element.useState;
  var useEffect = wp.element.useEffect;
  var useRef = wp.element.useRef;
  var be = wp.blockEditor;
  var c = wp.components;
  var __ = wp.i18n.__;
  var sprintf = wp.i18n.sprintf;

  /** Labels and help for the elements' attributes; an attribute not listed here shows its manifest description. */
  var TEXT = {
    search: [
      __('Search box', 'stem-cell-explainers'),
      __('Shows a search box that filters the questions and answers.', 'stem-cell-explainers'),
    ],
    single: [__('One answer at a time', 'stem-cell-explainers'), __('Opening one answer closes the others.', 'stem-cell-explainers')],
    'last-reviewed': [
      __('Last reviewed', 'stem-cell-explainers'),
      __('The date the information was last reviewed.', 'stem-cell-explainers'),
    ],
    'next-review-due': [__('Next review due', 'stem-cell-explainers'), __('The date the next review is due.', 'stem-cell-explainers')],
    'reviewed-by': [
      __('Reviewed by', 'stem-cell-explainers'),
      __('Who reviewed the information, shown under the questions.', 'stem-cell-explainers'),
    ],
    'structured-data': [
      __('Structured data', 'stem-cell-explainers'),
      __('Adds the questions to the page as schema.org FAQPage data for search engines.', 'stem-cell-explainers'),
    ],
    source: [
      __('Source of the cells', 'stem-cell-explainers'),
      __('Bone marrow, fat (adipose tissue) or donor (allogenic) cells.', 'stem-cell-explainers'),
    ],
    current: [
      __('Current step', 'stem-cell-explainers'),
      __('The patient’s current step, from 1; earlier steps show as done.', 'stem-cell-explainers'),
    ],
    'dose-link': [
      __('Dose link', 'stem-cell-explainers'),
      __('Address of the page’s dose explanation (for example #dose), linked from the culture step.', 'stem-cell-explainers'),
    ],
    calculator: [__('Calculator', 'stem-cell-explainers'), __('Shows the body-weight calculator.', 'stem-cell-explainers')],
    weight: [__('Weight', 'stem-cell-explainers'), __('A weight to start from, in the unit below.', 'stem-cell-explainers')],
    unit: [__('Unit', 'stem-cell-explainers'), __('Unit of the weight: kg or lb.', 'stem-cell-explainers')],
    'min-weight': [
      __('Lowest weight (kg)', 'stem-cell-explainers'),
      __('The lowest weight the calculator accepts, a whole number of kg (default 30).', 'stem-cell-explainers'),
    ],
    'max-weight': [
      __('Highest weight (kg)', 'stem-cell-explainers'),
      __('The highest weight the calculator accepts, a whole number of kg (default 300).', 'stem-cell-explainers'),
    ],
    'heading-level': [
      __('Heading level', 'stem-cell-explainers'),
      __('The level of the element’s headings, 2 to 6, to fit the page’s outline.', 'stem-cell-explainers'),
    ],
    'cells-per-kg': [
      __('Cells per kg', 'stem-cell-explainers'),
      __('The clinic’s rule in cells per kg of body weight.', 'stem-cell-explainers'),
    ],
  };

  function label(attribute) {
    if (TEXT[attribute.name]) return TEXT[attribute.name][0];
    var words = attribute.name.replace(/-/g, ' ');
    return words.charAt(0).toUpperCase() + words.slice(1);
  }

  /**
   * The field's help: what went wrong (from the server's checks) first, or what to check (a value the
   * page uses, such as a cells per kg far from the clinic's), then what it does and its default.
   */
  function help(attribute, problem, warning, lang) {
    var text = TEXT[attribute.name] ? TEXT[attribute.name][1] : attribute.description;
    var fallback = config.defaults[attribute.name];
    // The clinic's figure as this block's patients read it: in its language (a language the plugin lacks reads as the default).
    if (attribute.name === 'cells-per-kg' && config.figures) fallback = config.figures[lang] || config.figures[''];
    if (fallback && attribute.name === 'cells-per-kg')
      /* translators: %s: the clinic's figure as patients read it, such as "2 million" */
      text += ' ' + sprintf(__('Without one: %s per kg, from Settings → Stem cell explainers.', 'stem-cell-explainers'), fallback);
    else if (fallback)
      /* translators: %s: the value from the plugin's settings */
      text += ' ' + sprintf(__('Without one: %s, from Settings → Stem cell explainers.', 'stem-cell-explainers'), fallback);
    if (problem) return [el('strong', { key: 'p', className: 'stem-cell-explainers-problem' }, problem), ' ', text];
    if (warning) return [el('strong', { key: 'w', className: 'stem-cell-explainers-caution' }, warning), ' ', text];
    return text;
  }

  function control(attribute, attributes, setAttributes, problems, warnings) {
    var name = attribute.name;
    var value = attributes[name];
    var set = function (v) {
      var change = {};
      change[name] = v;
      setAttributes(change);
    };
    // A value the page leaves out marks its field invalid; the message, first in the field's help, says why.
    var common = {
      key: name,
      label: label(attribute),
      help: help(attribute, problems[name], warnings[name], attributes.lang || ''),
      'aria-invalid': problems[name] ? true : undefined,
    };
    if (attribute.type === 'boolean') {
      return el(c.ToggleControl, Object.assign(common, { checked: !!value, onChange: set }));
    }
    var choices = config.choices[name];
    if (choices) {
      var given = config.choiceDefaults && config.choiceDefaults[name];
      var options = [
        /* translators: %s: what the element uses when the block sets nothing, such as "3" or "kg" */
        { label: given ? sprintf(__('Default: %s', 'stem-cell-explainers'), given) : __('Default', 'stem-cell-explainers'), value: '' },
      ].concat(
        choices.map(function (v) {
          return typeof v === 'string' ? { label: v, value: v } : v;
        }),
      );
      return el(c.SelectControl, Object.assign(common, { value: value || '', options: options, onChange: set }));
    }
    var type = /^(last-reviewed|next-review-due)$/.test(name)
      ? 'date'
      : /^(heading-level|current|min-weight|max-weight)$/.test(name)
        ? 'number'
        : 'text';
    return el(
      c.TextControl,
      Object.assign(common, {
        type: type,
        value: value || '',
        placeholder: name === 'cells-per-kg' ? '' : config.defaults[name] || '',
        inputMode: /^(weight|cells-per-kg)$/.test(name) ? 'decimal' : undefined,
        onChange: set,
      }),
    );
  }

  function languageControl(attributes, setAttributes, problems) {
    var options = [
      /* translators: %s: the language the explainers use by default, such as "हिन्दी (Hindi)" */
      { label: sprintf(__('Default: %s', 'stem-cell-explainers'), config.defaults.lang), value: '' },
    ].concat(config.choices.lang);
    var text = __('The language of this block’s text, and of what visitors read without JavaScript.', 'stem-cell-explainers');
    // A language the page refuses (one the plugin no longer has): marked invalid, the message first in its help, as the other fields.
    return el(c.SelectControl, {
      key: 'lang',
      label: __('Language', 'stem-cell-explainers'),
      help: problems.lang ? [el('strong', { key: 'p', className: 'stem-cell-explainers-problem' }, problems.lang), ' ', text] : text,
      'aria-invalid': problems.lang ? true : undefined,
      value: attributes.lang || '',
      options: options,
      onChange: function (v) {
        setAttributes({ lang: v });
      },
    });
  }

  /**
   * An own question's text as its editor wrote it: the server keeps a "<" that begins no tag ("a BMI
   * <30") as "&lt;" (kses would take it for a tag), and kses writes a lone ">" or "&" as an entity.
   */
  function written(text) {
    return String(text || '').replace(/&(lt|gt|amp);/g, function (m, name) {
      return { lt: '<', gt: '>', amp: '&' }[name];
    });
  }

  /**
   * An own question's field's props for what the page leaves out or changes (the server's notes for it,
   * as the note on the page says them): a question left out marks the field invalid, with the message
   * first in its help; a change (HTML taken out) is a warning there.
   */
  function entryField(notes, help) {
    var problems = (notes && notes.problems) || [];
    var warnings = (notes && notes.warnings) || [];
    var said = problems
      .map(function (m, k) {
        return el('strong', { key: 'p' + k, className: 'stem-cell-explainers-problem' }, m);
      })
      .concat(
        warnings.map(function (m, k) {
          return el('strong', { key: 'w' + k, className: 'stem-cell-explainers-caution' }, m);
        }),
      );
    var parts = [];
    said.concat(help ? [help] : []).forEach(function (part, k) {
      if (k) parts.push(' ');
      parts.push(part);
    });
    return { help: parts.length ? parts : undefined, 'aria-invalid': problems.length ? true : undefined };
  }

  /**
   * The FAQ's own questions: question and answer pairs, kept as block attributes (never a script).
   * After a question is added, the focus is in its field; after one is removed, in the next one's (or
   * the one before, or on "Add a question"), never lost to the page.
   */
  function EntriesPanel(props) {
    var attributes = props.attributes;
    var setAttributes = props.setAttributes;
    var entries = attributes.entries || [];
    var list = useRef();
    var focusNext = useRef(null);
    useEffect(
      function () {
        if (focusNext.current === null || !list.current) return;
        var fields = list.current.querySelectorAll('.stem-cell-explainers-entry input');
        var target = fields[Math.min(focusNext.current, fields.length - 1)] || list.current.querySelector('.stem-cell-explainers-add');
        focusNext.current = null;
        if (target) target.focus();
      },
      [entries.length],
    );
    var update = function (i, field, v) {
      setAttributes({
        entries: entries.map(function (e, j) {
          if (j !== i) return e;
          var next = Object.assign({}, e);
          next[field] = v;
          return next;
        }),
      });
    };
    var notes = props.notes || {};
    var rows = entries.map(function (entry, i) {
      // A question just added, still empty, is not marked: its editor has yet to write it (the note on the page says it is left out).
      var note = entry.question || entry.answer ? notes[i] || {} : {};
      return el(
        'div',
        { key: i, className: 'stem-cell-explainers-entry', style: { marginBottom: '24px' } },
        el(
          c.TextControl,
          Object.assign(entryField(note.question), {
            /* translators: %d: the question's number */
            label: sprintf(__('Question %d', 'stem-cell-explainers'), i + 1),
            value: written(entry.question),
            onChange: function (v) {
              update(i, 'question', v);
            },
          }),
        ),
        el(
          c.TextareaControl,
          Object.assign(
            entryField(
              note.answer,
              __(
                'Leave a blank line between paragraphs. Start a line with “- ” for a bullet point. Links (<a href>) are kept.',
                'stem-cell-explainers',
              ),
            ),
            {
              label: __('Answer', 'stem-cell-explainers'),
              value: written(entry.answer),
              onChange: function (v) {
                update(i, 'answer', v);
              },
            },
          ),
        ),
        el(
          c.Button,
          {
            isDestructive: true,
            variant: 'link',
            onClick: function () {
              focusNext.current = i;
              setAttributes({
                entries: entries.filter(function (e, j) {
                  return j !== i;
                }),
              });
            },
          },
          /* translators: %d: the question's number */
          sprintf(__('Remove question %d', 'stem-cell-explainers'), i + 1),
        ),
      );
    });
    return el(
      c.PanelBody,
      { title: __('Your own questions', 'stem-cell-explainers'), initialOpen: entries.length > 0 },
      el(c.ToggleControl, {
        label: __('Also show the bundled questions', 'stem-cell-explainers'),
        checked: attributes.bundled !== false,
        onChange: function (v) {
          setAttributes({ bundled: v });
        },
      }),
      el(
        'div',
        { ref: list },
        rows,
        el(
          c.Button,
          {
            variant: 'secondary',
            className: 'stem-cell-explainers-add',
            onClick: function () {
              focusNext.current = entries.length;
              setAttributes({ entries: entries.concat([{ question: '', answer: '' }]) });
            },
          },
          __('Add a question', 'stem-cell-explainers'),
        ),
      ),
    );
  }

  /** Loads a script the preview needs into the document the block is drawn in (the editor's, or its iframe's). */
  function load(doc, script) {
    if (doc.querySelector('[data-stem-cell-explainers="' + script.src + '"]')) return;
    var tag = doc.createElement(script.preload ? 'link' : 'script');
    if (script.preload) {
      tag.rel = 'modulepreload';
      tag.href = script.src;
    } else {
      tag.type = 'module';
      tag.src = script.src;
    }
    tag.integrity = script.integrity;
    tag.setAttribute('data-stem-cell-explainers', script.src);
    doc.head.appendChild(tag);
  }

  function currentPost() {
    var editor = wp.data.select('core/editor');
    var id = editor && editor.getCurrentPostId ? editor.getCurrentPostId() : 0;
    return typeof id === 'number' ? id : 0;
  }

  /** The server's rendering of the block, refreshed as its settings change, and what the server refused. */
  function usePreview(block, attributes) {
    var state = useState({ html: '', problems: {}, warnings: {}, entries: {}, scripts: [], error: '' });
    var preview = state[0];
    var setPreview = state[1];
    var sent = Object.assign({}, attributes);
    delete sent.fallback;
    var key = JSON.stringify(sent);
    useEffect(
      function () {
        var live = true;
        var timer = setTimeout(function () {
          wp.apiFetch({
            path: '/stem-cell-explainers/v1/preview',
            method: 'POST',
            data: { block: block.block, attributes: sent, post_id: currentPost() },
          }).then(
            function (r) {
              if (live)
                setPreview({
                  html: r.html,
                  problems: r.problems || {},
                  warnings: r.warnings || {},
                  entries: r.entries || {},
                  scripts: r.scripts || [],
                  error: '',
                });
            },
            function (e) {
              if (live) setPreview(Object.assign({}, preview, { error: (e && e.message) || String(e) }));
            },
          );
        }, 250);
        return function () {
          live = false;
          clearTimeout(timer);
        };
      },
      [key],
    );
    return preview;
  }

  function Preview(props) {
    var ref = useRef();
    useEffect(
      function () {
        var node = ref.current;
        if (!node) return;
        node.inert = true; // a picture of the page: clicks select the block, they do not open answers
        props.scripts.forEach(function (s) {
          load(node.ownerDocument, s);
        });
      },
      [props.html],
    );
    return el('div', { ref: ref, className: 'stem-cell-explainers-preview', dangerouslySetInnerHTML: { __html: props.html } });
  }

  function edit(block) {
    return function (props) {
      var blockProps = be.useBlockProps();
      var preview = usePreview(block, props.attributes);
      var controls = block.attributes.map(function (a) {
        return control(a, props.attributes, props.setAttributes, preview.problems, preview.warnings);
      });
      var settingsLink = config.settingsUrl
        ? el(
            'p',
            { key: 'settings' },
            el(
              c.ExternalLink,
              { href: config.settingsUrl },
              __('The clinic’s defaults: Settings → Stem cell explainers', 'stem-cell-explainers'),
            ),
          )
        : null;
      return el(
        Fragment,
        null,
        el(
          be.InspectorControls,
          null,
          el(
            c.PanelBody,
            { title: __('Settings', 'stem-cell-explainers') },
            languageControl(props.attributes, props.setAttributes, preview.problems),
            controls,
            settingsLink,
          ),
          block.tag === 'stem-cell-faq'
            ? el(EntriesPanel, { attributes: props.attributes, setAttributes: props.setAttributes, notes: preview.entries })
            : null,
        ),
        el(
          'div',
          blockProps,
          preview.error ? el(c.Notice, { status: 'error', isDismissible: false }, preview.error) : null,
          preview.html ? el(Preview, { html: preview.html, scripts: preview.scripts }) : el(c.Spinner),
        ),
      );
    };
  }

  config.blocks.forEach(function (block) {
    // The attributes of the blocks saved before the fallback markup was (plugin 0.1): no saved HTML.
    var before = {};
    block.attributes.forEach(function (a) {
      before[a.name] = a.type === 'boolean' ? { type: 'boolean', default: false } : { type: 'string', default: '' };
    });
    if (block.tag === 'stem-cell-faq') {
      before.entries = { type: 'array', default: [], items: { type: 'object' } };
      before.bundled = { type: 'boolean', default: true };
    }
    wp.blocks.registerBlockType(block.name, {
      edit: edit(block),
      save: function (props) {
        return el('div', be.useBlockProps.save(), el(RawHTML, null, props.attributes.fallback || ''));
      },
      deprecated: [
        {
          attributes: before,
          supports: { html: false, className: true, anchor: false },
          save: function () {
            return null;
          },
        },
      ],
    });
  });
})(window.wp, window.stemCellExplainers);
