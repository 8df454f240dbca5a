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
