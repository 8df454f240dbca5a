// The exact embed code a CMS editor pastes: shared by the build (README, dist/snippets) and by
// Storybook's "Embed code" page, so both always give the same, versioned, integrity-checked tag.

export const cdnBase = (version) => `https://cdn.jsdelivr.net/npm/stem-cell-explainers@${version}/dist/cdn/`;

const escapeAttribute = (value) => String(value).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** `<script>` tag for one CDN file ('stem-cell-explainers.js' is a module; the .iife.js is classic). */
export function scriptTag({ version, integrity, file = 'stem-cell-explainers.js', base = cdnBase(version) }) {
  const type = file.endsWith('.iife.js') ? '' : ' type="module"';
  return `<script${type} src="${base}${file}" integrity="${integrity[file]}" crossorigin="anonymous"></script>`;
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
  return { chunks: [...new Set(files.flatMap((file) => imports[file]))], files };
}

/**
 * The module tags for elements' own CDN files (dist/cdn/<tag>.js; `tag` is one tag or a list): a
 * `modulepreload` with its integrity for each shared chunk they import, so that every file the page
 * loads is checked, then each element's script; `hindi` adds locale-hi.js, `lang` (other than `en`)
 * adds that language's locale-<lang>.js.
 */
export function elementScripts({ version, integrity, imports, tag, hindi = false, lang = hindi ? 'hi' : 'en', base = cdnBase(version) }) {
  const locale = lang === 'en' ? [] : [`locale-${lang}.js`];
  const { chunks, files } = pageFiles(imports, [...[tag].flat().map((t) => `${t}.js`), ...locale]);
  const preload = (file) => `<link rel="modulepreload" href="${base}${file}" integrity="${integrity[file]}" crossorigin="anonymous">`;
  return [...chunks.map(preload), ...files.map((file) => scriptTag({ version, integrity, file, base }))].join('\n');
}
