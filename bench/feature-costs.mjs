// What each opt-in feature of <stem-cell-faq> costs a page that does not use it (issue #17): the FAQ's
// per-element file with its shared chunks, built as the CDN build builds it, against the same build
// with one feature's code replaced by an empty stand-in. Deterministic (bytes only), so it is quick:
//
//   npm run build && node bench/feature-costs.mjs
//
// Search lives inside the element itself: its methods are cut out of the compiled element instead.
import { resolve as resolvePath } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { rollup } from 'rollup';
import config from '../rollup.config.mjs';

const brotli = (code) => brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const perElement = config.find((c) => c.input?.['stem-cell-faq']);

/** Stand-ins with the same exports and no behaviour. */
const FEATURES = {
  'structured data (JSON-LD)': {
    'src/internal/structured-data.ts':
      'export const writeJsonLd = () => {}; export const pageHasFaqPage = () => false; export const faqPage = () => ({});',
  },
  'deep links and Copy link': {
    'src/components/stem-cell-faq/deep-link.ts':
      'export class DeepLink { copied = ""; constructor(host) { host.addController(this); } copy() {} }',
  },
  'editor content (reading and checking JSON or markup)': {
    'src/internal/editor-content.ts':
      'export class EditorContent { constructor(host, given, bundled) { this._bundled = bundled; this.entries = bundled(); } refresh() { this.entries = this._bundled(); return true; } } export const nodesToBlocks = () => []; export const inlineOf = () => undefined;',
  },
};

/**
 * Search: the element's own code, cut out of its compiled source: the box and its handler, the
 * matching and the folded index (folding stays: ids made from questions use it too).
 */
function withoutSearch(code) {
  let out = code;
  for (const [method, body] of [
    ['_renderSearch', 'return nothing;'],
    ['_matches', 'return true;'],
    ['_terms', 'return [];'],
  ]) {
    const next = out.replace(new RegExp(`\\n    ${method}\\(.*\\) \\{[\\s\\S]*?\\n    \\}\\n`), `\n    ${method}() { ${body} }\n`);
    if (next === out) throw new Error(`feature-costs: ${method} not found in the compiled FAQ`);
    out = next;
  }
  return out;
}

async function pageBytes(replace = {}, transform) {
  // After TypeScript has compiled each file: its output is replaced, as if the source said so.
  const stub = {
    name: 'feature-stub',
    transform(code, id) {
      for (const [file, replacement] of Object.entries(replace)) if (id === resolvePath(file)) return { code: replacement, map: null };
      if (transform && id === resolvePath('src/components/stem-cell-faq/stem-cell-faq.ts')) return { code: transform(code), map: null };
      return null;
    },
  };
  const plugins = perElement.plugins.filter((p) => p.name !== 'list-imports');
  const at = plugins.findIndex((p) => p.name === 'typescript') + 1;
  const bundle = await rollup({ ...perElement, plugins: [...plugins.slice(0, at), stub, ...plugins.slice(at)] });
  const { output } = await bundle.generate({ ...perElement.output });
  const entry = output.find((c) => c.type === 'chunk' && c.fileName === 'stem-cell-faq.js');
  const files = [entry, ...entry.imports.map((f) => output.find((c) => c.fileName === f))];
  return files.reduce((n, c) => n + brotli(c.code), 0);
}

const base = await pageBytes();
console.log(`<stem-cell-faq> page (its own file and shared chunks): ${base} B brotli\n`);
console.log('| feature | costs every FAQ page (B brotli) |\n| --- | --- |');
for (const [name, replace] of Object.entries(FEATURES)) console.log(`| ${name} | ${base - (await pageBytes(replace))} |`);
console.log(`| search (box, filter, folded index) | ${base - (await pageBytes({}, withoutSearch))} |`);
