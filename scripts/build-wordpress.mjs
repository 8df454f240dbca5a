// After post-build and the manifest: builds the WordPress plugin into dist/wordpress/stem-cell-explainers/
// and zips it to dist/wordpress/stem-cell-explainers.zip (upload it in Plugins → Add New → Upload Plugin).
// Nothing a patient reads is written by hand in the plugin:
// - every language of the one list (scripts/languages.mjs) comes in by itself, with its content from
//   dist/content/<lang>/ and its add-on dist/cdn/locale-<lang>.js: its fallback markup is written here by the same functions
//   as every other road (dist/internal/fallback-markup.js), with a token where the figure goes;
// - the figure's number data per language tag comes from scripts/wordpress-numbers.mjs, derived from
//   and proven on the figures the elements write (cellsText, and the dose note's figure for a weight:
//   doseFor()), here and by test/wordpress/numbers.test.mjs;
// - the attributes come from custom-elements.json, the scripts and their integrity from dist/cdn.
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { zipSync } from 'fflate';
import * as english from '../dist/content/index.js';
import { asciiDigits } from '../dist/internal/digits.js';
import { LATIN_LETTERS, latinLetter } from '../dist/internal/entry-id.js';
import { commonStrings, doseStrings, faqStrings } from '../dist/content/strings.js';
import { bundledIn, stepMarks, stepsDoseLink } from '../dist/internal/bundled.js';
import { localeFor } from '../dist/internal/locale.js';
import { doseCallout, doseLinkLine, faqDetails, footerHtml, stepMark, stepsList } from '../dist/internal/fallback-markup.js';
import { languages as listed } from './languages.mjs';
import { dateData, numberData } from './wordpress-numbers.mjs';
import { addOnFiles, allInOne, allInOneTextFiles, bundleFile, englishTextFile, localeFile } from './embed-snippet.mjs';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const integrity = JSON.parse(readFileSync('dist/cdn/integrity.json', 'utf8'));
const imports = JSON.parse(readFileSync('dist/cdn/imports.json', 'utf8'));
const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));

const out = 'dist/wordpress';
const slug = 'stem-cell-explainers';
const dir = join(out, slug);
rmSync(out, { recursive: true, force: true });
mkdirSync(join(dir, 'build'), { recursive: true });
cpSync('integrations/wordpress', dir, { recursive: true });

/** Where `{cells}` goes in the fallback markup; the plugin writes the figure there. */
const CELLS = '%%cells%%';
/** Where the culture step's link to the dose rule goes in the steps; the plugin writes it there for `dose-link`, or nothing. */
const DOSE_LINK = '%%dose-link%%';
/** Where the dose note's figure for its weight goes in the rule; the plugin writes it there for `weight`, or nothing. */
const DOSE_RESULT = '%%dose-result%%';

// The version in the plugin's header and readme is the package's.
for (const file of ['stem-cell-explainers.php', 'readme.txt']) {
  const path = join(dir, file);
  writeFileSync(
    path,
    readFileSync(path, 'utf8').replace(/^(\s*\*?\s*Version:\s*|Stable tag:\s*|const VERSION = ')0\.0\.0-dev/gm, `$1${version}`),
  );
}

// Each element's attributes, as the manifest documents them (name, type, description).
const declarations = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);
const attributesOf = (tag) => {
  const d = declarations.find((x) => x.tagName === tag);
  if (!d) throw new Error(`build-wordpress: custom-elements.json has no <${tag}>`);
  return d.attributes.map((a) => ({
    name: a.name,
    type: a.type?.text === 'boolean' ? 'boolean' : 'string',
    description: a.description ?? '',
  }));
};

const blocks = {
  'stem-cell-faq': {
    block: 'faq',
    shortcode: 'stem_cell_faq',
    title: 'Stem cell FAQ',
    icon: 'editor-help',
    description: 'The questions patients ask about stem cell injections, as an accordion.',
  },
  'procedure-steps': {
    block: 'procedure-steps',
    shortcode: 'stem_cell_procedure_steps',
    title: 'Stem cell procedure steps',
    icon: 'editor-ol',
    description: 'The stem cell treatment step by step.',
  },
  'dose-note': {
    block: 'dose-note',
    shortcode: 'stem_cell_dose_note',
    title: 'Stem cell dose note',
    icon: 'info',
    description: 'The dose rule, with an optional body-weight calculator.',
  },
};

// The languages: English, and every language of the one list (scripts/languages.mjs), each with its
// content (dist/content/<lang>/, exports named faqEntries…, procedureSteps…, as Hindi's faqEntriesHi)
// and each element's part of it (dist/cdn/locale-<lang>-<tag>.js, which the page loads beside that
// element's file). A new language comes in here without a change to the plugin.
const pick = (module, name) => Object.entries(module).find(([key]) => key.startsWith(name))?.[1];
const languages = [{ code: 'en', content: english, name: 'English', english: 'English' }];
for (const { lang: code, name, english: inEnglish } of listed) {
  const index = join('dist/content', code, 'index.js');
  const addOns = Object.fromEntries(Object.keys(blocks).map((tag) => [tag, localeFile(code, tag)]));
  if (!existsSync(index)) throw new Error(`build-wordpress: scripts/languages.mjs lists ${code}, but dist/content/${code}/ is missing`);
  const content = await import(pathToFileURL(index).href);
  const missing = ['faqEntries', 'procedureSteps', 'doseRule', 'clinicNotes'].filter((n) => !pick(content, n));
  if (missing.length) throw new Error(`build-wordpress: dist/content/${code} has no ${missing.join(', ')}`);
  for (const file of Object.values(addOns))
    if (!integrity[file]) throw new Error(`build-wordpress: dist/cdn/integrity.json has no ${file}`);
  languages.push({ code, content, addOns, name, english: inEnglish });
}

// Per language, the fallback markup the plugin fills with the figure (build/content-<lang>.json).
for (const { code, content } of languages) {
  if (code !== 'en') await import(`../dist/locales/${code}.js`); // registers the language; English's strings are the defaults
  const faq = pick(content, 'faqEntries');
  const steps = pick(content, 'procedureSteps');
  const dose = pick(content, 'doseRule');
  const notes = pick(content, 'clinicNotes');
  // The culture step's link to the dose rule, as every road writes it (stepsList() with `doseLink`): the
  // steps hold a token where it goes, and `doseLink` the line with `{href}` for the PHP to fill.
  const link = stepsDoseLink(code, '{href}');
  const doseLink = doseLinkLine(link);
  const linked = (list) => {
    const plain = stepsList(list, CELLS);
    const withLink = stepsList(list, CELLS, { doseLink: link });
    const at = withLink.indexOf(doseLink);
    if (at < 0) return plain; // steps without a culture step
    const marked = withLink.slice(0, at) + DOSE_LINK + withLink.slice(at + doseLink.length);
    if (marked.replace(DOSE_LINK, '') !== plain || marked.includes(doseLink))
      throw new Error(`build-wordpress: the ${code} steps' dose link is not one line added to the steps`);
    return marked;
  };
  // The dose note's figure for its weight, as every road writes it (doseCallout() with `result`): the
  // rule holds a token where it goes, `doseResult` the line with `{result}` and the sentences doseFor()
  // fills ({weight}, {kg}, {cells}), for the PHP to write as doseFor() does (Stem_Cell_Explainers_Numbers::dose).
  const plainDose = doseCallout(dose, CELLS);
  const withResult = doseCallout(dose, CELLS, 3, '{result}');
  // Where the two first differ, from the start of that line: the figure's line goes before the rule's next.
  let differ = 0;
  while (plainDose[differ] === withResult[differ]) differ++;
  const resultAt = plainDose.lastIndexOf('\n', differ - 1) + 1;
  const resultLine = withResult.slice(resultAt, resultAt + withResult.length - plainDose.length);
  if (withResult.slice(0, resultAt) + withResult.slice(resultAt + resultLine.length) !== plainDose || !resultLine.includes('{result}'))
    throw new Error(`build-wordpress: the ${code} dose note's figure is not one line added to the rule`);
  const words = { ...doseStrings, ...localeFor(code).strings };
  const doseResult = { line: resultLine, resultKg: words.resultKg, resultLb: words.resultLb };
  const placeholdersIn = (text) => (text.match(/\{\w+\}/g) ?? []).sort().join();
  for (const [key, placeholders] of [
    ['line', '{result}'],
    ['resultKg', '{cells},{weight}'],
    ['resultLb', '{cells},{kg},{weight}'],
  ])
    if (placeholdersIn(doseResult[key]) !== placeholders)
      throw new Error(`build-wordpress: the ${code} dose note's ${key} has not exactly ${placeholders}: "${doseResult[key]}"`);
  const fallback = {
    faq: faq.map((entry) => ({ id: entry.id, html: faqDetails([entry], CELLS) })),
    disclaimer: footerHtml([notes.disclaimer]),
    steps: Object.fromEntries(Object.entries(steps).map(([source, list]) => [source, linked(list)])),
    dose: plainDose.slice(0, resultAt) + DOSE_RESULT + plainDose.slice(resultAt),
  };
  if (!fallback.dose.includes(CELLS)) throw new Error(`build-wordpress: the ${code} dose rule has no {cells}`);
  if (/\{\w+\}/.test(JSON.stringify(fallback))) throw new Error(`build-wordpress: a placeholder is left in the ${code} fallback`);
  if (doseLink.match(/\{\w+\}/g)?.join() !== '{href}' || !link.text?.trim())
    throw new Error(`build-wordpress: the ${code} dose link has not exactly {href} and its words: "${doseLink}"`);
  // The rest of the footer's lines as footerLines() (src/internal/bundled.ts) words them, for the PHP
  // to fill with the dates in the tag's way (`dates`): the content's version and date, the FAQ's review lines.
  const strings = { ...commonStrings, ...faqStrings, ...localeFor(code).strings };
  const { info } = bundledIn(code);
  const footer = {
    version: strings.contentVersion.replace('{version}', info.version),
    writtenOn: info.writtenOn,
    lastReviewed: strings.lastReviewed,
    nextReviewDue: strings.nextReviewDue,
    reviewedBy: strings.reviewedBy,
  };
  for (const [key, placeholder] of [
    ['version', '{date}'],
    ['lastReviewed', '{date}'],
    ['nextReviewDue', '{date}'],
    ['reviewedBy', '{name}'],
  ])
    if (footer[key].match(/\{\w+\}/g)?.join() !== placeholder)
      throw new Error(`build-wordpress: the ${code} footer line ${key} has not exactly ${placeholder}: "${footer[key]}"`);
  // The steps' marks where the patient is (`current`), as every road writes them (stepsList()): the PHP
  // puts `attribute` on the step's <li> and `line` under its heading.
  const { done, here } = stepMarks(code, 1);
  const marks = { done: stepMark(done, false), current: stepMark(here, true) };
  writeFileSync(join(dir, `build/content-${code}.json`), `${JSON.stringify({ ...fallback, marks, doseLink, doseResult, footer })}\n`);
}

// The language tags the plugin writes on the elements: each language, and the regional tags of the
// WordPress locales for it (hi_IN → hi-IN, en_GB → en-GB), plus English with Indian number words
// (en-IN: "20 lakh"). Each gets number data, or the name of the tag whose data it shares.
const REGIONS = { en: ['US', 'GB', 'AU', 'CA', 'NZ', 'ZA', 'IN'], bn: ['BD', 'IN'], ta: ['IN', 'LK'] };
const numbers = {};
for (const { code } of languages) {
  const base = numberData(code);
  numbers[code] = base;
  for (const region of REGIONS[code] ?? ['IN']) {
    const tag = `${code}-${region}`;
    const data = numberData(tag, base);
    numbers[tag.toLowerCase()] = data === base ? code : data;
  }
}
// The same tags' dates, as the FAQ's footer writes them (formatDate()): the review dates and the content's date.
const dates = {};
for (const tag of Object.keys(numbers)) {
  const code = tag.split('-')[0];
  const data = dateData(
    tag.replace(/-([a-z]+)$/, (_, r) => `-${r.toUpperCase()}`),
    dates[code],
  );
  dates[tag] = tag !== code && data === dates[code] ? code : data;
}

// The language choices for the settings screen, the blocks and the shortcodes' `lang`.
const choices = languages.flatMap(({ code, name, english: inEnglish }) => [
  { value: code, name, english: inEnglish },
  // Named once: a choice whose name and English name differ is shown as both ("हिन्दी (Hindi)").
  ...(code === 'en' ? [{ value: 'en-IN', name: 'English (India): lakh and crore', english: 'English (India): lakh and crore' }] : []),
]);

// Every script the pages may load: each element's file, the shared chunks they import, each
// element's part of each language. Copied into build/ with their integrity; the plugin adds only what a page uses.
const elementFiles = Object.fromEntries(Object.keys(blocks).map((tag) => [tag, `${tag}.js`]));
const files = [...Object.values(elementFiles), ...languages.flatMap((l) => Object.values(l.addOns ?? {}))];
// What each file imports, preloaded with it. The FAQ's JSON-LD file, which the FAQ imports only with
// structured data, is preloaded (so that it is checked against its integrity when it loads) only on
// pages with an FAQ that has structured data on: `structuredData`, with what it imports.
const preloads = (f) => [...new Set(imports[f] ?? [])];
const extra = addOnFiles(imports, 'stem-cell-faq', { structuredData: true });
const structuredData = [...new Set(extra.flatMap((a) => [...imports[a], a]))];
// The FAQ's and the steps' English text, which they import only where the page's markup cannot be
// read (the plugin writes the text into every page): shipped, not preloaded.
const englishTexts = Object.keys(blocks).flatMap((tag) => englishTextFile(integrity, tag) ?? []);
const chunks = [...new Set([...files.flatMap(preloads), ...structuredData, ...englishTexts])];
// The all-in-one file, for a page with every element, which it gives in fewer bytes than their own
// files (the embed builder's rule, allInOne()): its structured data is inside it; the English text
// it imports as the per-element files do, from files beside it (shipped, not preloaded).
// The plugin is given the sets of elements it serves, so that the rule has one home.
const tagSets = Object.keys(blocks)
  .reduce((sets, tag) => [...sets, ...sets.map((s) => [...s, tag])], [[]])
  .slice(1);
const allInOneFile = bundleFile('en');
const allInOneFor = tagSets.filter((tags) => allInOne(tags)).map((tags) => [...tags].sort());
if (!allInOneFor.length) throw new Error('build-wordpress: allInOne() serves no set of elements');
files.push(allInOneFile);
chunks.push(...allInOneTextFiles(integrity, allInOneFile));
for (const file of [...files, ...chunks]) {
  if (!integrity[file]) throw new Error(`build-wordpress: dist/cdn/integrity.json has no ${file}`);
  cpSync(join('dist/cdn', file), join(dir, 'build', file));
}

const procedureSteps = english.procedureSteps;
const KG_PER_LB = 0.45359237; // as in src/components/dose-note/dose-note.ts; the bounds are rounded inward the same way
const data = {
  version,
  elements: Object.fromEntries(
    Object.entries(blocks).map(([tag, b]) => [
      tag,
      { block: b.block, shortcode: b.shortcode, title: b.title, attributes: attributesOf(tag), file: elementFiles[tag] },
    ]),
  ),
  // The clinic's own questions inside [stem_cell_faq], a form the Classic editor's Visual tab keeps.
  question: { shortcode: 'stem_cell_question', attribute: 'question' },
  scripts: {
    integrity: Object.fromEntries([...files, ...chunks].map((f) => [f, integrity[f]])),
    imports: Object.fromEntries(files.map((f) => [f, preloads(f)])),
    structuredData,
    // The file for a page whose elements are one of these sets (tags, sorted).
    allInOne: { file: allInOneFile, for: allInOneFor },
  },
  languages: Object.fromEntries(
    languages.map(({ code, content, addOns, name, english: inEnglish }) => [
      code,
      {
        name,
        english: inEnglish,
        // Each element's part of the language, by tag (none for English).
        addOns: addOns ?? null,
        steps: Object.fromEntries(Object.entries(pick(content, 'procedureSteps')).map(([k, v]) => [k, v.length])),
        faqIds: pick(content, 'faqEntries').map((e) => e.id),
      },
    ]),
  ),
  choices,
  numbers,
  dates,
  // How an id from words (a question the clinic wrote) writes each Latin letter: idFrom()'s own rule,
  // for Stem_Cell_Explainers_Entry_Id, which applies it with strtr().
  idLetters: Object.fromEntries(
    Array.from({ length: 0x250 }, (_, c) => String.fromCharCode(c))
      .filter((ch) => new RegExp(LATIN_LETTERS.source).test(ch) && latinLetter(ch) !== ch)
      .map((ch) => [ch, latinLetter(ch)]),
  ),
  // The elements' own rules (src/components/*, src/internal/attributes.ts), for the attributes the
  // manifest types only as text.
  rules: {
    sources: Object.keys(procedureSteps),
    headingLevel: [2, 6, 3],
    minWeight: [1, 999],
    maxWeight: [2, 1000],
    weight: { kg: [english.doseRule.minWeightKg, english.doseRule.maxWeightKg] },
    kgPerLb: KG_PER_LB,
    // The digits a weight may be typed in ("७०" is 70), as asciiDigits() reads them: every decimal digit it maps.
    digits: Object.fromEntries(
      Array.from({ length: 0x10000 }, (_, c) => String.fromCharCode(c))
        .filter((ch) => /\p{Nd}/u.test(ch) && !/[0-9]/.test(ch) && asciiDigits(ch) !== ch)
        .map((ch) => [ch, asciiDigits(ch)]),
    ),
    cellsPerKg: english.doseRule.cellsPerKg,
    // A figure outside this asks the embed builder's editor to confirm it; the settings screen warns.
    plausibleCellsPerKg: english.plausibleCellsPerKg,
  },
};
writeFileSync(join(dir, 'build/data.json'), `${JSON.stringify(data, null, 1)}\n`);

// block.json per block: the element's attributes with the element's names, the language, and the
// fallback markup the post keeps (read back from the saved HTML, so a post stays valid in the editor).
for (const [tag, b] of Object.entries(blocks)) {
  const attributes = Object.fromEntries(
    data.elements[tag].attributes.map((a) => [
      a.name,
      a.type === 'boolean' ? { type: 'boolean', default: false } : { type: 'string', default: '' },
    ]),
  );
  if (tag === 'stem-cell-faq') {
    attributes.entries = { type: 'array', default: [], items: { type: 'object' } };
    attributes.bundled = { type: 'boolean', default: true };
  }
  attributes.lang = { type: 'string', default: '' };
  attributes.fallback = { type: 'string', source: 'html', selector: 'div' };
  const json = {
    $schema: 'https://schemas.wp.org/trunk/block.json',
    // Version 3: the blocks work in an iframed editor canvas (their preview loads the elements' scripts
    // into the document it is drawn in), so WordPress 6.3 to 7.0 may iframe the post editor with them
    // and 6.9 on logs no warning; 7.1 iframes it always. WordPress 6.1 and 6.2 read it as version 2.
    apiVersion: 3,
    name: `stem-cell-explainers/${b.block}`,
    version,
    title: b.title,
    category: 'widgets',
    icon: b.icon,
    description: b.description,
    keywords: ['stem cell', 'patient', 'clinic'],
    textdomain: 'stem-cell-explainers',
    attributes,
    supports: { html: false, className: true, anchor: false },
    editorScript: 'stem-cell-explainers-editor',
    editorStyle: 'stem-cell-explainers-notice',
  };
  mkdirSync(join(dir, 'blocks', b.block), { recursive: true });
  writeFileSync(join(dir, 'blocks', b.block, 'block.json'), `${JSON.stringify(json, null, 2)}\n`);
}

// languages/stem-cell-explainers.pot: every translatable string of the plugin (PHP, editor script,
// block.json, plugin header), for translators (Loco Translate, Poedit, translate.wordpress.org).
const pot = new Map();
const add = (text, where, { context, plural, comment } = {}) => {
  const key = `${context ?? ''}\u0004${text}`;
  const entry = pot.get(key) ?? { text, context, plural, comments: new Set(), where: new Set() };
  entry.where.add(where);
  if (comment) entry.comments.add(comment);
  pot.set(key, entry);
};
const literal = String.raw`'((?:[^'\\]|\\.)*)'`;
const unquote = (s) => s.replace(/\\(['\\])/g, '$1');
// A translators' comment belongs to the first call after it in the same statement (`/* translators: … */
// self::error( $key, sprintf( __( '…' ) ) )`); it never runs past its own `*/`, nor past a `;`.
const calls = new RegExp(
  String.raw`(?:/\*\s*translators:\s*((?:(?!\*/)[\s\S])*?)\s*\*/[^;]*?)?\b(__|_e|esc_html__|esc_html_e|esc_attr__|esc_attr_e|_x|esc_html_x|_n)\(\s*${literal}(?:\s*,\s*${literal})?(?:\s*,\s*([^,()]+))?\s*,\s*'stem-cell-explainers'\s*,?\s*\)`, // a trailing comma where Prettier wraps the call
  'g',
);
const sources = (path) =>
  readdirSync(path, { recursive: true })
    .map((f) => join(path, String(f)))
    .filter((f) => /\.(php|js)$/.test(f) && !f.includes(`${join(dir, 'build')}`));
for (const file of sources(dir)) {
  const text = readFileSync(file, 'utf8');
  for (const m of text.matchAll(calls)) {
    const line = text.slice(0, m.index).split('\n').length;
    const where = `${file.slice(dir.length + 1)}:${line}`;
    const [, written, fn, first, second] = m;
    const comment = written?.replace(/\s*\n\s*(?:\*\s*)?/g, ' '); // one line in the .pot
    if (fn === '_n') add(unquote(first), where, { plural: unquote(second), comment: comment?.trim() });
    else if (fn.endsWith('_x')) add(unquote(first), where, { context: unquote(second), comment: comment?.trim() });
    else add(unquote(first), where, { comment: comment?.trim() });
  }
}
for (const b of Object.values(blocks)) {
  const where = `blocks/${b.block}/block.json`;
  add(b.title, where, { context: 'block title' });
  add(b.description, where, { context: 'block description' });
  for (const k of ['stem cell', 'patient', 'clinic']) add(k, where, { context: 'block keyword' });
}
const header = readFileSync(join(dir, 'stem-cell-explainers.php'), 'utf8');
for (const field of ['Plugin Name', 'Description'])
  add(header.match(new RegExp(`${field}:\\s*(.+)`))[1].trim(), 'stem-cell-explainers.php');
const po = (s) => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`;
const potText = [
  '# Translation template for the Stem cell explainers plugin (written by npm run build).',
  'msgid ""',
  'msgstr ""',
  `"Project-Id-Version: Stem cell explainers ${version}\\n"`,
  '"MIME-Version: 1.0\\n"',
  '"Content-Type: text/plain; charset=UTF-8\\n"',
  '"Content-Transfer-Encoding: 8bit\\n"',
  '"X-Domain: stem-cell-explainers\\n"',
  '',
  ...[...pot.values()].flatMap((e) => [
    ...[...e.comments].map((c) => `#. translators: ${c}`),
    `#: ${[...e.where].join(' ')}`,
    ...(e.context ? [`msgctxt ${po(e.context)}`] : []),
    `msgid ${po(e.text)}`,
    ...(e.plural ? [`msgid_plural ${po(e.plural)}`, 'msgstr[0] ""', 'msgstr[1] ""'] : ['msgstr ""']),
    '',
  ]),
].join('\n');
mkdirSync(join(dir, 'languages'), { recursive: true });
writeFileSync(join(dir, 'languages', `${slug}.pot`), potText);

// The zip WordPress's upload form takes: one top folder named after the plugin. fflate (pure JS, no
// dependencies) so the build needs no `zip` program on the machine.
const zipFiles = {};
const walk = (path) => {
  for (const name of readdirSync(path).sort()) {
    const p = join(path, name);
    if (statSync(p).isDirectory()) walk(p);
    else zipFiles[p.slice(out.length + 1)] = [readFileSync(p), { mtime: new Date('2026-01-01T00:00:00Z') }];
  }
};
walk(dir);
writeFileSync(join(out, `${slug}.zip`), zipSync(zipFiles, { level: 9 }));
