// What our files weigh as a browser downloads them: each file compressed on its own (brotli at
// quality 11, as a CDN serves it), a page's files added up. One home for the figures:
// test/node/bytes.test.mjs holds them to their budgets, and `npm run readme` writes them into
// docs/performance.md (the `sizes` and `byte-targets` blocks), so the page never shows another build's.
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import { rollup } from 'rollup';
import { terserOptions } from './terser-options.mjs';
import { englishTextFile, localeFile, pageFiles, textFile } from './embed-snippet.mjs';
import { languages } from './languages.mjs';

const KB = 1024;

/** Byte targets of issue #27 (brotli): a page with one element by its own files, and all three in one file. */
export const TARGETS = {
  allInOne: 16 * KB,
  pages: { 'stem-cell-faq': 14 * KB, 'procedure-steps': 12 * KB, 'dose-note': 9.5 * KB },
};

/** A file's or a string's bytes: as stored, gzip-compressed, and brotli-compressed. */
export const sizes = (code) => ({
  raw: Buffer.byteLength(code),
  gzip: gzipSync(code, { level: 9 }).length,
  brotli: brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
});

/** What files of dist/cdn weigh together, each compressed on its own. */
export function weighFiles(files) {
  const each = files.map((f) => sizes(readFileSync(`dist/cdn/${f}`)));
  return Object.fromEntries(['raw', 'gzip', 'brotli'].map((k) => [k, each.reduce((sum, x) => sum + x[k], 0)]));
}

/** The files a page loads with these files of ours: each, and the chunks they import (dist/cdn/imports.json). */
export function pageOf(imports, files) {
  const { chunks, files: own } = pageFiles(imports, files);
  return [...own, ...chunks];
}

/** An npm entry bundled with Lit as an app's bundler would, minified as the CDN build is: what the app's page loads. */
export async function bundledEntry(entry) {
  const bundle = await rollup({ input: entry, plugins: [resolve(), minifyHTML()] });
  const { output } = await bundle.generate({ format: 'es', plugins: [terser(terserOptions)] });
  // The entry and the chunks it imports, not those it imports only when it needs them.
  const byName = Object.fromEntries(output.map((c) => [c.fileName, c]));
  const found = new Set();
  const walk = (c) => {
    if (found.has(c)) return;
    found.add(c);
    c.imports.forEach((f) => walk(byName[f]));
  };
  walk(output.find((c) => c.isEntry));
  return [...found].map((c) => c.code).join('\n');
}

/** The figures docs/performance.md shows, from the built dist/ (brotli, B). */
export async function fileSizes() {
  const read = (file) => JSON.parse(readFileSync(file, 'utf8'));
  const imports = read('dist/cdn/imports.json');
  const integrity = read('dist/cdn/integrity.json');
  const brotli = (files) => weighFiles(files).brotli;
  const tags = ['stem-cell-faq', 'procedure-steps', 'dose-note'];
  const page = (names) => brotli(pageOf(imports, names));
  const hydrate = (file) => brotli([file, ...(imports[file] ?? [])]);
  /** The least and the most a language adds to a page with one element (with its text: a bare tag's). */
  const adds = (tag, withText) => {
    const base = page([`${tag}.js`]);
    const each = languages.map(({ lang }) =>
      withText ? brotli([textFile(lang, tag)]) : page([`${tag}.js`, localeFile(lang, tag)]) - base,
    );
    return [Math.min(...each), Math.max(...each)];
  };
  const textTags = tags.filter((tag) => englishTextFile(integrity, tag));
  return {
    pages: Object.fromEntries(tags.map((tag) => [tag, page([`${tag}.js`])])),
    allInOne: brotli(['stem-cell-explainers.js']),
    twoByOwnFiles: [
      [tags[0], tags[1]],
      [tags[0], tags[2]],
      [tags[1], tags[2]],
    ].map((pair) => page(pair.map((t) => `${t}.js`))),
    threeByOwnFiles: page(tags.map((t) => `${t}.js`)),
    // All three in another language: the English module after each element's part of it, against the
    // language's own all-in-one file (the least and the most, by language).
    threeInLanguage: [
      languages.map(({ lang }) => page(['stem-cell-explainers.js', ...tags.map((tag) => localeFile(lang, tag))])),
      languages.map(({ lang }) => brotli([`stem-cell-explainers.${lang}.js`])),
    ].map((each) => [Math.min(...each), Math.max(...each)]),
    hydrateAllInOne: hydrate('stem-cell-explainers.hydrate.js'),
    hydrate: Object.fromEntries(tags.map((tag) => [tag, hydrate(`${tag}.hydrate.js`)])),
    hydrateStepsAndDose: brotli(pageOf(imports, ['procedure-steps.hydrate.js', 'dose-note.hydrate.js'])),
    npmFaq: sizes(await bundledEntry('dist/components/stem-cell-faq/stem-cell-faq.js')).brotli,
    languageAdds: Object.fromEntries(tags.map((tag) => [tag, adds(tag, false)])),
    languageText: Object.fromEntries(textTags.map((tag) => [tag, adds(tag, true)])),
    registerLocale: brotli(['register-locale.js']),
    placeholders: brotli(['placeholders.iife.js']),
    structuredData: brotli(['structured-data.js']),
    englishText: Object.fromEntries(textTags.map((tag) => [tag, brotli([englishTextFile(integrity, tag)])])),
  };
}

const n = (bytes) => bytes.toLocaleString('en-US');
const range = ([low, high]) => `${n(low)} to ${n(high)} B`;

/** docs/performance.md's table of which file to load, with this build's figures (fileSizes()). */
export function sizesBlock(s) {
  const [faqSteps, faqDose, stepsDose] = s.twoByOwnFiles;
  return [
    '| page | files | brotli |',
    '| --- | --- | --- |',
    `| the dose note alone | \`dose-note.js\` + the shared chunk | ${n(s.pages['dose-note'])} B |`,
    `| the steps alone | \`procedure-steps.js\` + two shared chunks | ${n(s.pages['procedure-steps'])} B |`,
    `| the FAQ alone | \`stem-cell-faq.js\` + two shared chunks | ${n(s.pages['stem-cell-faq'])} B |`,
    `| two elements by their own files | their files + the shared chunks | ${range([Math.min(faqSteps, faqDose, stepsDose), Math.max(faqSteps, faqDose, stepsDose)])} (the FAQ and the steps ${n(faqSteps)} B, the FAQ and the dose note ${n(faqDose)} B, the steps and the dose note ${n(stepsDose)} B) |`,
    `| all three elements, or the FAQ and the dose note | \`stem-cell-explainers.js\` (all-in-one) | ${n(s.allInOne)} B (all three by their own files: ${n(s.threeByOwnFiles)} B) |`,
    `| all three elements in another language | \`stem-cell-explainers.js\` + each element’s \`locale-<lang>-<element>.js\` and the chunks they import | ${range(s.threeInLanguage[0])} by language (by \`stem-cell-explainers.<lang>.js\`, the text inside: ${range(s.threeInLanguage[1])}) |`,
    `| server-rendered markup, two or three elements | \`stem-cell-explainers.hydrate.js\` | ${n(s.hydrateAllInOne)} B |`,
    `| server-rendered markup, the FAQ alone | \`stem-cell-faq.hydrate.js\` + the two hydrate chunks | ${n(s.hydrate['stem-cell-faq'])} B |`,
    `| server-rendered markup, the steps alone | \`procedure-steps.hydrate.js\` + the two hydrate chunks | ${n(s.hydrate['procedure-steps'])} B |`,
    `| server-rendered markup, the dose note alone | \`dose-note.hydrate.js\` + \`hydrate-shared-….js\` | ${n(s.hydrate['dose-note'])} B |`,
    `| server-rendered markup, the steps and the dose note by their own hydrate files (two \`.dsd.html\` snippets) | the two files + the two hydrate chunks | ${n(s.hydrateStepsAndDose)} B |`,
    `| an app importing only \`stem-cell-explainers/stem-cell-faq\` | bundled with Lit by the app (its English text a chunk the app loads only for a bare tag, or in the bundle with \`stem-cell-explainers/stem-cell-faq/text\`) | ${n(s.npmFaq)} B |`,
    `| a page in another language, one element: what the language adds | \`locale-<lang>-<element>.js\` (the element’s UI strings; the dose note’s text too) + the language’s common chunk (the footer’s strings, the clinic’s notes) + \`locale-part-….js\` | dose note ${range(s.languageAdds['dose-note'])}; steps ${range(s.languageAdds['procedure-steps'])}; FAQ ${range(s.languageAdds['stem-cell-faq'])}, by language |`,
    `| only where used: a bare \`<stem-cell-faq>\` or \`<procedure-steps>\` in another language (no text in the HTML) | \`locale-<lang>-<element>-text.js\`, the element’s text in the language | FAQ ${range(s.languageText['stem-cell-faq'])} more; steps ${range(s.languageText['procedure-steps'])} more |`,
    `| only where used: a language added at run time | \`register-locale.js\`, self-contained: every element’s English UI strings to check against, and the checks | ${n(s.registerLocale)} B |`,
    `| only where used: placeholders | \`placeholders.iife.js\` (or \`placeholders.js\`) | ${n(s.placeholders)} B |`,
    `| only where used: the FAQ’s \`structured-data\` | \`structured-data.js\` | ${n(s.structuredData)} B |`,
    `| only where used: a bare \`<stem-cell-faq>\` or \`<procedure-steps>\` in English (no text in the HTML, or text the element cannot use) | \`text-en-stem-cell-faq-….js\`, \`text-en-procedure-steps-….js\`, the element’s English text | FAQ ${n(s.englishText['stem-cell-faq'])} B more; steps ${n(s.englishText['procedure-steps'])} B more |`,
  ];
}

/** docs/performance.md's rows of the byte targets, with this build's figures (fileSizes()). */
export function byteTargetsBlock(s) {
  const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB (${n(bytes)} B)`;
  const row = (what, target, now) => `| ${what} ≤ ${target / KB} KB brotli | ${kb(now)} | ${now <= target ? 'yes' : 'no'} |`;
  return [
    '| target | this build | met |',
    '| --- | --- | --- |',
    row('all three elements in one file', TARGETS.allInOne, s.allInOne),
    row('the FAQ’s per-element page', TARGETS.pages['stem-cell-faq'], s.pages['stem-cell-faq']),
    row('the steps’ per-element page', TARGETS.pages['procedure-steps'], s.pages['procedure-steps']),
    row('the dose note’s per-element page', TARGETS.pages['dose-note'], s.pages['dose-note']),
  ];
}
