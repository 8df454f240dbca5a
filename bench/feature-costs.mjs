// What each opt-in feature of <stem-cell-faq> costs a page that does not use it (issue #17): the FAQ's
// per-element file with its shared chunks, built as the CDN build builds it, against the same build
// with one feature's module replaced by an empty stand-in; then the same for the keeping of the
// reading place in each element; and what the English text weighs, which only bare tags load
// (docs/performance.md). Deterministic (bytes only), so it is quick:
//
//   npm run build && node bench/feature-costs.mjs
import { resolve as resolvePath } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { rollup } from 'rollup';
import config from '../rollup.config.mjs';

const brotli = (code) => brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const perElement = config.find((c) => c.input?.['stem-cell-faq']);

/**
 * Stand-ins with the same exports and no behaviour, one per feature's module (each feature is a
 * controller or a module of its own in src/components/stem-cell-faq/, so it is cut out whole).
 */
const FEATURES = {
  'search (box, filter, folded index)': {
    'src/components/stem-cell-faq/faq-search.ts': `import { nothing } from 'lit';
      export class FaqSearch { query = ''; constructor(host, o) { this.o = o; } setQuery() {} reveal() {} reindex() {}
        terms() { return []; } matches() { return true; } visible() { return this.o.entries(); } status() { return ''; } renderBox() { return nothing; } }`,
  },
  'deep links and Copy link': {
    'src/components/stem-cell-faq/deep-link.ts': `import { nothing } from 'lit';
      export class DeepLink { constructor(host) { host.addController(this); } copiedMessage() { return ''; } renderCopyButton() { return nothing; } }`,
  },
  'structured data (the writer in the element; the JSON-LD itself is structured-data.js)': {
    'src/components/stem-cell-faq/faq-structured-data.ts': 'export class FaqStructuredData { write() {} }',
  },
  // Its own code; the place on the screen is the shared ReadingPlace, below.
  'keeping what the patient did in the fallback (open answers, focus)': {
    'src/components/stem-cell-faq/fallback-handover.ts': 'export class FallbackHandover {}',
  },
  'review dates and reviewer (the footer’s lines, and the editor’s advice on the dates)': {
    'src/components/stem-cell-faq/review-dates.ts':
      'export class ReviewFooter { lines = []; get reviewed() { return undefined; } read() {} render() { return []; } }',
  },
  // Both readers: the shared chunk they use is shared with the steps' file.
  'reading and checking the editor’s content (JSON or fallback markup)': {
    'src/components/stem-cell-faq/read-details.ts': 'export const faqReader = undefined;',
    'src/components/procedure-steps/read-list.ts': 'export const stepsReader = undefined;',
  },
};

async function pageBytes(replace = {}, element = 'stem-cell-faq') {
  // After TypeScript has compiled each file: its output is replaced, as if the source said so.
  const stub = {
    name: 'feature-stub',
    transform(code, id) {
      for (const [file, replacement] of Object.entries(replace)) if (id === resolvePath(file)) return { code: replacement, map: null };
      return null;
    },
  };
  const plugins = perElement.plugins.filter((p) => p.name !== 'list-imports');
  const at = plugins.findIndex((p) => p.name === 'typescript') + 1;
  const bundle = await rollup({ ...perElement, plugins: [...plugins.slice(0, at), stub, ...plugins.slice(at)] });
  const { output } = await bundle.generate({ ...perElement.output });
  // The FAQ's file and every chunk it imports statically (what the page loads), each compressed on its own.
  const files = new Set();
  const walk = (name) => {
    const chunk = output.find((c) => c.fileName === name);
    if (files.has(chunk)) return;
    files.add(chunk);
    chunk.imports.forEach(walk);
  };
  walk(`${element}.js`);
  return [...files].reduce((n, c) => n + brotli(c.code), 0);
}

const base = await pageBytes();
console.log(`<stem-cell-faq> page (its own file and shared chunks): ${base} B brotli\n`);
console.log('| feature | costs every FAQ page (B brotli) |\n| --- | --- |');
for (const [name, replace] of Object.entries(FEATURES)) console.log(`| ${name} | ${base - (await pageBytes(replace))} |`);

// Every element keeps the patient's place on the screen as it takes over its fallback markup.
const PLACE = { 'src/internal/reading-place.ts': 'export class ReadingPlace {}' };
console.log('\n| keeping the place the patient was reading (`ReadingPlace`) | B brotli |\n| --- | --- |');
for (const element of ['stem-cell-faq', 'procedure-steps', 'dose-note'])
  console.log(`| ${element} page | ${(await pageBytes({}, element)) - (await pageBytes(PLACE, element))} |`);

// What each page would weigh without every feature above (and the reading place) at once, against a
// bare Lit element that renders the FAQ as <details> (npm run bench's contender, bench/out/bare-lit.js):
// the targets of #27 against what is left when every feature a page could do without is gone.
const READERS = FEATURES['reading and checking the editor’s content (JSON or fallback markup)'];
const WITHOUT = {
  'stem-cell-faq': Object.assign({}, ...Object.values(FEATURES), PLACE),
  'procedure-steps': { ...READERS, ...PLACE },
  'dose-note': PLACE,
};
console.log('\n| page | as built | without every feature above at once | B brotli saved |\n| --- | --- | --- | --- |');
for (const [element, replace] of Object.entries(WITHOUT)) {
  const [all, without] = [await pageBytes({}, element), await pageBytes(replace, element)];
  console.log(`| ${element} | ${all} | ${without} | ${all - without} |`);
}

// The bundled English text: since 2026-12-05 a chunk of its own (text-en-<tag>-….js) that the element
// imports only where its HTML holds no text (a bare tag, or content it cannot use). Every road we hand
// out (snippets, builder, WordPress, server rendering) writes the text into the HTML as fallback markup,
// which the element reads and shows instead, so their pages never load it; the element tells the
// clinic's entries from an editor's by the clinic's ids (src/content/faq-ids.ts, step-ids.ts). What a
// bare tag loads in addition (each language's text is a file of its own too, locale-<lang>-<tag>-text.js:
// test/node/bytes.test.mjs prints what it adds):
console.log('\n| the English text, loaded only by a bare tag | B brotli |\n| --- | --- |');
for (const element of ['stem-cell-faq', 'procedure-steps']) {
  const bundle = await rollup({ ...perElement, plugins: perElement.plugins.filter((p) => p.name !== 'list-imports') });
  const { output } = await bundle.generate({ ...perElement.output });
  const text = output.find((c) => c.fileName.startsWith(`text-en-${element}-`));
  console.log(`| ${element}: ${text.fileName} | ${brotli(text.code)} |`);
}
