// docs/api.md, written from custom-elements.json (which the analyzer makes from the elements' JSDoc
// during `npm run build`): so the reference says what the code says, and an attribute is described
// once, where it is declared. Called by scripts/build-docs.mjs; checked for staleness by the docs test.
import { TAGS } from '../dist/internal/tags.js';

/** One line of table cell: no line breaks, no pipes that would split the cell. */
const cell = (text = '') =>
  String(text)
    .replace(/\s*\n\s*/g, ' ')
    .replace(/\|/g, '\\|')
    .trim();
/** A type as words: `string | number` reads "string or number" and needs no escaping. */
const type = (t) => (t?.text ? `\`${t.text.replace(/\s*\|\s*/g, '` or `')}\`` : '');
const code = (text) => (text === undefined || text === '' ? '' : `\`${String(text).replace(/^'(.*)'$/, '$1')}\``);

function table(head, rows) {
  if (!rows.length) return [];
  return [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`), ''];
}

/** The public members a page can use: not private, not protected, not underscored. */
const isPublic = (m) => !m.privacy || m.privacy === 'public';
const notInternal = (m) => isPublic(m) && !m.name.startsWith('_');

/** Markdown for every element in the manifest. */
export function apiMarkdown(manifest) {
  const elements = manifest.modules
    .flatMap((mod) => (mod.declarations ?? []).map((d) => ({ ...d, module: mod.path })))
    .filter((d) => d.customElement && d.tagName)
    .sort((a, b) => TAGS.indexOf(a.tagName) - TAGS.indexOf(b.tagName));

  const lines = [
    '# API reference',
    '',
    'Every element works with no attribute. Set attributes in HTML, properties and methods from script, and',
    'listen for the events on the element or any ancestor:',
    '',
    '```html',
    '<stem-cell-faq search heading-level="2"></stem-cell-faq>',
    '```',
    '',
    '```js browser',
    "const faq = document.querySelector('stem-cell-faq');",
    "faq.addEventListener('faq-toggle', (e) => console.log(e.detail.id, e.detail.open));",
    "faq.show('are-they-safe');",
    '```',
    '',
    'This page is written from `custom-elements.json` by `npm run docs`: to change a description, change the',
    'JSDoc in the element’s source. Guides: [Content](content.md), [Theming](theming.md),',
    '[Languages](languages.md).',
    '',
  ];

  const TEXT_CHUNK = ['stem-cell-faq', 'procedure-steps'];
  for (const el of elements) {
    const own = `stem-cell-explainers/${el.tagName}`;
    lines.push(`## \`<${el.tagName}>\``, '');
    if (el.summary) lines.push(cell(el.summary), '');
    if (el.description) lines.push(el.description.trim(), '');
    lines.push(`Class \`${el.name}\`; \`import '${own}';\` registers this element alone.`, '');
    // The FAQ's and the steps' English text is a chunk of its own (#27), which a bare tag imports, and an
    // entry of its own (`<element>/text`), which gives it at once.
    if (TEXT_CHUNK.includes(el.tagName))
      lines.push(
        `Alone, a bare \`<${el.tagName}>\` (no content in the HTML or a property) imports its English text as it first renders,`,
        `and shows it a moment after the page's other elements. Import the text first, \`import '${own}/text';\`, and it shows`,
        "it at once, with them (`import 'stem-cell-explainers';` carries the text too). Markup that holds the text needs neither.",
        '',
      );

    const fields = (el.members ?? []).filter((m) => m.kind === 'field' && !m.static && notInternal(m));
    const attributes = el.attributes ?? [];
    if (attributes.length) {
      lines.push('### Attributes', '');
      lines.push(
        ...table(
          ['attribute (property)', 'type', 'default', 'what it does'],
          attributes.map((a) => [
            `${code(a.name)}${a.fieldName && a.fieldName !== a.name ? ` (${code(a.fieldName)})` : ''}`,
            type(a.type),
            code(a.default),
            a.description,
          ]),
        ),
      );
    }
    const properties = fields.filter((f) => !f.attribute);
    if (properties.length) {
      lines.push('### Properties', '');
      lines.push(
        ...table(
          ['property', 'type', 'what it holds'],
          properties.map((p) => [code(p.name), type(p.type), p.description]),
        ),
      );
    }
    const methods = (el.members ?? []).filter((m) => m.kind === 'method' && !m.static && notInternal(m));
    if (methods.length) {
      lines.push('### Methods', '');
      lines.push(
        ...table(
          ['method', 'what it does'],
          methods.map((m) => [code(`${m.name}(${(m.parameters ?? []).map((p) => p.name).join(', ')})`), m.description]),
        ),
      );
    }
    if (el.events?.length) {
      lines.push('### Events', '');
      lines.push(
        ...table(
          ['event', 'type', 'when'],
          el.events.map((e) => [code(e.name), type(e.type), e.description]),
        ),
      );
    }
    if (el.slots?.length) {
      lines.push('### Content', '');
      lines.push(
        ...table(
          ['slot', 'what goes in it'],
          el.slots.map((s) => [s.name ? code(s.name) : 'children', s.description]),
        ),
      );
    }
    if (el.cssParts?.length) {
      lines.push('### CSS parts', '');
      lines.push(
        ...table(
          ['part', 'what it is'],
          el.cssParts.map((p) => [code(p.name), p.description]),
        ),
      );
    }
  }

  // The custom properties and statics are the same on every element: listed once.
  const props = new Map();
  for (const el of elements) for (const p of el.cssProperties ?? []) if (!props.has(p.name)) props.set(p.name, p);
  if (props.size) {
    lines.push('## Custom properties', '');
    lines.push('Set on the elements or any ancestor; the same name means the same thing in all three.', '');
    lines.push(
      ...table(
        ['custom property', 'default', 'what it sets'],
        [...props.values()].map((p) => [code(p.name), code(p.default), p.description]),
      ),
    );
  }
  const statics = new Map();
  for (const el of elements)
    for (const m of el.members ?? []) if (m.static && notInternal(m) && !statics.has(m.name)) statics.set(m.name, m);
  if (statics.size) {
    lines.push('## On every element class', '');
    lines.push(
      ...table(
        ['static', 'what it is'],
        [...statics.values()].map((m) => [
          code(m.kind === 'method' ? `${m.name}(${(m.parameters ?? []).map((p) => p.name).join(', ')})` : m.name),
          m.description,
        ]),
      ),
    );
  }
  return `${lines.join('\n').replace(/\n+$/, '')}\n`;
}
