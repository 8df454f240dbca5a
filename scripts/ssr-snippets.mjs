// After post-build (it needs dist/cdn/integrity.json): the server-rendered form of each element,
// dist/snippets/<tag>.dsd.html (declarative shadow DOM, styled before any script, with the light-DOM
// fallback and the script tag of the element's own hydrate file, <tag>.hydrate.js), and
// dist/ssr/csp.json (the hashes of their <style>s).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { renderElement, styleHashes } from '../dist/ssr.js';
import { TAGS } from '../dist/internal/tags.js';
import { scriptTag } from './embed-snippet.mjs';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const integrity = JSON.parse(readFileSync('dist/cdn/integrity.json', 'utf8'));
const hydrateTag = (tag) => scriptTag({ version, integrity, file: `${tag}.hydrate.js` });

// The bundled content has no review date; the editor's advice about it is for the editor's pages.
const info = console.info;
console.info = () => {};
mkdirSync('dist/snippets', { recursive: true });
for (const tag of TAGS) writeFileSync(`dist/snippets/${tag}.dsd.html`, `${hydrateTag(tag)}\n${renderElement(tag, { lang: 'en' })}\n`);
console.info = info;

const hashes = await styleHashes();
const csp = {
  'style-src': Object.values(hashes),
  elements: hashes,
  note: "Allows the <style> inside each element's declarative shadow root (npm run build writes this file for this version).",
};
mkdirSync('dist/ssr', { recursive: true });
writeFileSync('dist/ssr/csp.json', `${JSON.stringify(csp, null, 2)}\n`);
