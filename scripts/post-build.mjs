// After rollup: writes dist/cdn/integrity.json (SHA-384 Subresource Integrity for each bundle),
// pre-rendered snippets in dist/snippets/ (script tags + the element holding its bundled content as
// plain HTML, readable without JavaScript), in English and, in dist/snippets/<lang>/, in every
// language of scripts/languages.mjs. The README's embed block is `npm run readme`'s job.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { doseRule } from '../dist/content/index.js';
import { bundledIn, footerLines } from '../dist/internal/bundled.js';
import { cellsText, elementFallback } from '../dist/internal/fallback-markup.js';
import { TAGS } from '../dist/internal/tags.js';
import { elementScripts, withFallback } from './embed-snippet.mjs';
import { languages } from './languages.mjs';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));

// The npm build's type stubs for the per-element entry files (src/cdn/*.ts) are not part of the CDN.
for (const f of readdirSync('dist/cdn')) if (f.endsWith('.d.ts')) rmSync(`dist/cdn/${f}`);

const integrity = Object.fromEntries(
  readdirSync('dist/cdn')
    .filter((f) => f.endsWith('.js'))
    .sort()
    .map((f) => [
      f,
      `sha384-${createHash('sha384')
        .update(readFileSync(`dist/cdn/${f}`))
        .digest('base64')}`,
    ]),
);
writeFileSync('dist/cdn/integrity.json', `${JSON.stringify(integrity, null, 2)}\n`);

// The per-element hydrate files' chunks (their own rollup build, rollup.config.mjs) join the
// per-element files' in the one list that snippets preload from.
const imports = {
  ...JSON.parse(readFileSync('dist/cdn/imports.json', 'utf8')),
  ...JSON.parse(readFileSync('dist/cdn/hydrate-imports.json', 'utf8')),
};
writeFileSync('dist/cdn/imports.json', `${JSON.stringify(imports, null, 2)}\n`);
rmSync('dist/cdn/hydrate-imports.json');

// Every language the package ships registers itself with the elements' registry, which gives its content.
for (const { lang } of languages) await import(`../dist/locales/${lang}.js`);

/**
 * What an element holds in a language's snippets: its bundled content in that language (English where
 * the language has none, src/internal/bundled.ts, as in the builder), as src/internal/fallback-markup.ts
 * writes it on every road; the figure as the element writes it in that language.
 */
function fallback(tag, lang) {
  const bundled = bundledIn(lang);
  return elementFallback(tag, {
    entries: tag === 'stem-cell-faq' ? bundled.faq : tag === 'procedure-steps' ? bundled.steps['bone-marrow'] : undefined,
    rule: bundled.dose,
    footer: footerLines(lang, { bundled: true }),
    cells: cellsText(doseRule.cellsPerKg, lang),
  });
}

/**
 * The snippets of one language, as the builder gives them for a page in that language with one
 * element and its default settings (test/roads/builder.test.ts holds the two to the same code): the
 * smallest files that work (the element's own file, the shared chunks it imports and the language's
 * add-on, each with its integrity), then the element with its content as fallback markup. Beside
 * it, the same content in a placeholder `div`, with no script, for editors that strip unknown tags and
 * scripts. The English ones take the page's language for their buttons and figure; every other
 * language's carry `lang`, so they speak it on a page in any language.
 */
function writeSnippets(lang, folder) {
  mkdirSync(folder, { recursive: true });
  const attributes = lang === 'en' ? {} : { lang };
  for (const tag of TAGS) {
    const content = fallback(tag, lang);
    writeFileSync(
      `${folder}/${tag}.html`,
      `${elementScripts({ version, integrity, imports, tag, lang })}\n${withFallback(tag, attributes, content)}\n`,
    );
    writeFileSync(`${folder}/${tag}.placeholder.html`, `${withFallback(tag, attributes, content, { placeholder: true })}\n`);
  }
}

writeSnippets('en', 'dist/snippets');
for (const { lang } of languages) writeSnippets(lang, `dist/snippets/${lang}`);
