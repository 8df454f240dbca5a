// After post-build (it needs dist/cdn/integrity.json): the server-rendered form of each element,
// dist/snippets/<tag>.dsd.html (declarative shadow DOM, styled before any script, with the light-DOM
// fallback, the script tag of the element's own hydrate file, <tag>.hydrate.js, and the preloads of
// the chunks it imports), the same in each language of scripts/languages.mjs,
// dist/snippets/<lang>/<tag>.dsd.html (with the element's part of the language before its hydrate
// file), and dist/ssr/csp.json (the hashes of their <style>s).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { renderElement, styleHashes } from '../dist/ssr.js';
import { TAGS } from '../dist/internal/tags.js';
import { hydrateScripts } from './embed-snippet.mjs';
import { languages } from './languages.mjs';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const integrity = JSON.parse(readFileSync('dist/cdn/integrity.json', 'utf8'));
const imports = JSON.parse(readFileSync('dist/cdn/imports.json', 'utf8'));

// The bundled content has no review date; the editor's advice about it is for the editor's pages.
const info = console.info;
console.info = () => {};
for (const lang of ['en', ...languages.map((l) => l.lang)]) {
  const folder = lang === 'en' ? 'dist/snippets' : `dist/snippets/${lang}`;
  mkdirSync(folder, { recursive: true });
  for (const tag of TAGS)
    writeFileSync(
      `${folder}/${tag}.dsd.html`,
      `${hydrateScripts({ version, integrity, imports, tag, lang })}\n${renderElement(tag, { lang })}\n`,
    );
}
console.info = info;

const hashes = await styleHashes();
const csp = {
  'style-src': Object.values(hashes),
  elements: hashes,
  note: "Allows the <style> inside each element's declarative shadow root (npm run build writes this file for this version).",
};
mkdirSync('dist/ssr', { recursive: true });
writeFileSync('dist/ssr/csp.json', `${JSON.stringify(csp, null, 2)}\n`);
