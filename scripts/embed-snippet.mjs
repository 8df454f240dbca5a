// The exact embed code a CMS editor pastes: shared by the build (README, dist/snippets) and by
// Storybook's "Embed code" page, so both always give the same, versioned, integrity-checked tag.

export const cdnBase = (version) => `https://cdn.jsdelivr.net/npm/stem-cell-explainers@${version}/dist/cdn/`;

const escapeAttribute = (value) => String(value).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** `<script>` tag for one CDN file ('stem-cell-explainers.js' is a module; the .iife.js is classic). */
export function scriptTag({ version, integrity, file = 'stem-cell-explainers.js', base = cdnBase(version) }) {
  const type = file.endsWith('.iife.js') ? '' : ' type="module"';
  return `<script${type} src="${escapeAttribute(base + file)}" integrity="${integrity[file]}" crossorigin="anonymous"></script>`;
}

/** An element tag with attributes: `true` gives a bare boolean attribute; empty values are left out. */
export function elementTag(tag, attributes = {}) {
  const attrs = Object.entries(attributes)
    .filter(([, v]) => v !== undefined && v !== false && v !== '')
    .map(([k, v]) => (v === true ? ` ${k}` : ` ${k}="${escapeAttribute(v)}"`))
    .join('');
  return `<${tag}${attrs}></${tag}>`;
}

/**
 * What a page with these per-element files loads (`imports` is dist/cdn/imports.json): the shared
 * chunks they import, each once, and the files themselves. Serves the snippets, the byte budgets and
 * the benchmark alike.
 */
export function pageFiles(imports, files) {
  return { chunks: [...new Set(files.flatMap((file) => imports[file] ?? []))], files };
}

/**
 * Whether a page with these elements (tags) loads the all-in-one file rather than their own files,
 * whichever is fewer bytes: the all-in-one for the FAQ with the dose note, alone or with the steps; their
 * own files and the shared chunks for one element, and for the steps with either other (with the FAQ
 * the two are within a few bytes, and own files share Lit with the site's other pages).
 * test/node/bytes.test.mjs holds it to the bytes. The embed builder chooses by it, and the WordPress
 * plugin by the sets of tags it gives (scripts/build-wordpress.mjs).
 */
export const allInOne = (tags) => tags.includes('stem-cell-faq') && tags.includes('dose-note');

/** The all-in-one CDN file with a language of scripts/languages.mjs (English alone: no `lang`). */
export const bundleFile = (lang, classic = false) =>
  `stem-cell-explainers${lang && lang !== 'en' ? `.${lang}` : ''}${classic ? '.iife' : ''}.js`;

/**
 * The add-on file that gives per-element files a language: with a tag, that element's part of it
 * (`locale-mr-dose-note.js`: the dose note's strings and content in Marathi); without, all three
 * elements' (`locale-mr.js`).
 */
export const localeFile = (lang, tag) => `locale-${lang}${tag ? `-${tag}` : ''}.js`;

/**
 * An element's text in a language, for pages whose HTML holds none (bare tags): `locale-hi-stem-cell-faq-text.js`.
 * Only the FAQ and the steps have one (they show the text of their fallback markup, which every road
 * we hand out writes); the dose note's is in its part.
 */
export const textFile = (lang, tag) => `locale-${lang}-${tag}-text.js`;

/**
 * The chunk with an element's English text (`text-en-stem-cell-faq-….js`), which the element imports
 * itself only where its HTML holds no text (a bare tag), and which gives the text to the page's elements
 * when it runs, so that a page with bare tags loads it as a script before the element's file: by its
 * name in `integrity` (dist/cdn/integrity.json). The dose note has none: its text is in its file.
 */
export const englishTextFile = (integrity, tag) => Object.keys(integrity).find((f) => f.startsWith(`text-en-${tag}-`));

/**
 * The chunks with the FAQ's and the steps' English text beside an all-in-one module (`file`, such as
 * `stem-cell-explainers.hi.js`: `stem-cell-explainers.hi-text-en-stem-cell-faq-….js`), which it imports,
 * checked, only where a page's HTML holds no text an element can use: uploaded and shipped with it,
 * never preloaded, since every page we hand out holds the text. The classic files have it inside.
 * With `tags`, only those elements' texts.
 */
export const allInOneTextFiles = (integrity, file, tags = ['stem-cell-faq', 'procedure-steps']) =>
  Object.keys(integrity).filter((f) => tags.some((tag) => f.startsWith(`${file.replace(/\.js$/, '')}-text-en-${tag}-`)));

/**
 * What an element's page may load besides its own file (dist/cdn, #27), only when it is used: for the
 * FAQ with `structured-data`, the JSON-LD file. The element imports it itself; preloading it with its
 * integrity makes that import checked and saves a round trip.
 */
export function addOnFiles(imports, tag, { structuredData = false } = {}) {
  return (structuredData && tag === 'stem-cell-faq' ? ['structured-data.js'] : []).filter((file) => file in imports);
}

/**
 * The module tags for elements' own CDN files (dist/cdn/<tag>.js; `tag` is one tag or a list): a
 * `modulepreload` with its integrity for each shared chunk they import and each add-on they will
 * import (addOnFiles), so that every file the page loads is checked; then each element's part of `lang`
 * (locale-<lang>-<tag>.js) if the page is in a language of scripts/languages.mjs; then each element's
 * script. With `text`, for bare tags (no text in the HTML): each element's text in the language
 * (`textFile()`), or in English (`englishTextFile()`), each a script before the element's.
 * With `allInOne` (a page that allInOne() gives the all-in-one file): the English all-in-one module
 * instead of the elements' files, after each element's part of the language, as the WordPress plugin
 * writes them: fewer bytes than the all-in-one file with the language (`stem-cell-explainers.hi.js`),
 * whose FAQ and steps text the page's HTML already holds (test/node/bytes.test.mjs holds both).
 * (`hindi: true` is the older spelling of `lang: 'hi'`.)
 */
export function elementScripts({
  version,
  integrity,
  imports,
  tag,
  lang,
  hindi = false,
  structuredData = false,
  text = false,
  allInOne: one = false,
  base = cdnBase(version),
}) {
  const language = lang ?? (hindi ? 'hi' : undefined);
  const tags = [tag].flat();
  // Each element's words in the language; and, for bare tags, its text (the FAQ's and the steps' have files of their own).
  const addOn =
    language && language !== 'en'
      ? tags.flatMap((t) => [localeFile(language, t), ...(text && textFile(language, t) in integrity ? [textFile(language, t)] : [])])
      : [];
  // For bare tags in English, the text each element shows: a script before the element's, as a
  // language's text is, so that the text is there when the element first renders (its chunks are the
  // element's own; the all-in-one module's text imports nothing). The element would otherwise import it
  // itself, and render a frame later.
  const english =
    text && (!language || language === 'en')
      ? one
        ? allInOneTextFiles(integrity, bundleFile('en'), tags)
        : tags.map((t) => englishTextFile(integrity, t)).filter(Boolean)
      : [];
  // The all-in-one module holds the JSON-LD.
  const lazy = one ? [] : [...new Set(tags.flatMap((t) => addOnFiles(imports, t, { structuredData })))];
  // The language first: module scripts run in order, so the element is never defined before its
  // language is there, and never shows English first (the WordPress plugin orders them the same way).
  const elements = one ? [bundleFile('en')] : tags.map((t) => `${t}.js`);
  const { chunks } = pageFiles(imports, [...addOn, ...elements]);
  const files = [...addOn, ...english, ...elements];
  const preloads = [...new Set([...chunks, ...pageFiles(imports, lazy).chunks, ...lazy])].filter((f) => !files.includes(f));
  return [
    ...preloads.map((file) => preloadTag({ integrity, file, base })),
    ...files.map((file) => scriptTag({ version, integrity, file, base })),
  ].join('\n');
}

/** A `modulepreload` of a file that a script imports, with its integrity, so that the import is checked. */
const preloadTag = ({ integrity, file, base }) =>
  `<link rel="modulepreload" href="${escapeAttribute(base + file)}" integrity="${integrity[file]}" crossorigin="anonymous">`;

/**
 * The tags for an element's server-rendered markup (the .dsd.html snippets): the preloads of the chunks
 * its files import; in another language, its part of the language; then the element's own hydrate file.
 * The hydrate files share their chunks (Lit among them), and a part loads no code of ours beside its
 * text, so a page with several elements' markup, in any language, has one copy of Lit.
 */
export function hydrateScripts({ version, integrity, imports, tag, lang, base = cdnBase(version) }) {
  const part = lang && lang !== 'en' ? [localeFile(lang, tag)] : [];
  const { chunks, files } = pageFiles(imports, [...part, `${tag}.hydrate.js`]);
  return [
    ...chunks.map((file) => preloadTag({ integrity, file, base })),
    ...files.map((file) => scriptTag({ version, integrity, file, base })),
  ].join('\n');
}

/** Each element's placeholder kind, the `data-stem-cell` value src/internal/placeholders.ts reads. */
export const placeholderKinds = { 'stem-cell-faq': 'faq', 'procedure-steps': 'steps', 'dose-note': 'dose' };

/**
 * An element holding its fallback markup, as every road that hands out code writes it (the snippets,
 * the builder): `<stem-cell-faq lang="hi">`, the fallback, `</stem-cell-faq>`. With `placeholder`, the
 * placeholder `div` instead: `data-stem-cell` names the element, each attribute becomes `data-<name>`,
 * and `lang` stays as it is.
 */
export function withFallback(tag, attributes, fallback, { placeholder = false } = {}) {
  const name = placeholder ? 'div' : tag;
  const attrs = placeholder
    ? {
        'data-stem-cell': placeholderKinds[tag],
        ...Object.fromEntries(Object.entries(attributes).map(([k, v]) => [k === 'lang' ? k : `data-${k}`, v])),
      }
    : attributes;
  const open = elementTag(name, attrs).slice(0, -`</${name}>`.length);
  return `${open}\n${fallback}\n</${name}>`;
}

/** The placeholder file's script tag (dist/cdn/placeholders.js, or the classic placeholders.iife.js). */
export const placeholderScript = ({ version, integrity, classic = false, base = cdnBase(version) }) =>
  scriptTag({ version, integrity, file: classic ? 'placeholders.iife.js' : 'placeholders.js', base });
