// Writes the generated blocks of the README and the docs pages (the exact versioned script tags with
// their integrity) from the built dist/cdn/integrity.json. A block sits between
// `<!-- name:start … -->` and `<!-- name:end -->`; each name below is written wherever it appears.
// Run by `npm version` (the "version" script) so a release's docs name its own files; `--check` fails
// instead of writing (run by `prepublishOnly`, and by test/node/docs.test.mjs).
import { readdirSync, readFileSync } from 'node:fs';
import { writeOrCheck } from './generated-file.mjs';
import { cdnBase, elementScripts, scriptTag } from './embed-snippet.mjs';

/** The Markdown files that may hold generated blocks. */
export const generatedFiles = () => [
  'README.md',
  ...readdirSync('docs')
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
];

/** Each generated block's content (without its marker comments), for this version and build. */
export function generatedBlocks({ version, integrity, imports }) {
  const classicUrl = `${cdnBase(version)}stem-cell-explainers.iife.js`;
  return {
    // README: the quick start for any page.
    embed: [
      'One element on the page (the fewest bytes: its own file, and the shared chunk of Lit and common code, preloaded with its integrity):',
      '',
      '```html',
      elementScripts({ version, integrity, imports, tag: 'dose-note' }),
      '<dose-note></dose-note>',
      '```',
      '',
      'Several elements on one page, or any of them anywhere on the site: the all-in-one module script:',
      '',
      '```html',
      scriptTag({ version, integrity }),
      '<stem-cell-faq></stem-cell-faq>',
      '```',
      '',
      'Classic script (tag managers and CMSs that cannot use `type="module"`), best in `<head>`:',
      '',
      '```html',
      scriptTag({ version, integrity, file: 'stem-cell-explainers.iife.js' }),
      '```',
    ],
    // docs/embedding.md: a whole page, and one element with its shared chunk.
    'embed-page': [
      '```html',
      '<!doctype html>',
      '<html lang="en">',
      '  <head>',
      '    <meta charset="utf-8">',
      '    <meta name="viewport" content="width=device-width, initial-scale=1">',
      '    <title>Stem cell injections</title>',
      `    ${scriptTag({ version, integrity })}`,
      '  </head>',
      '  <body>',
      '    <main>',
      '      <h1>Stem cell injections</h1>',
      '      <procedure-steps dose-link="#dose"></procedure-steps>',
      '      <dose-note id="dose" calculator></dose-note>',
      '      <stem-cell-faq search></stem-cell-faq>',
      '    </main>',
      '  </body>',
      '</html>',
      '```',
    ],
    'embed-element': [
      '```html',
      elementScripts({ version, integrity, imports, tag: 'dose-note' }),
      '<dose-note calculator></dose-note>',
      '```',
    ],
    // docs/wordpress.md: WordPress without the plugin, the classic tag site-wide, with its integrity.
    'wordpress-classic-tag': [
      '```php',
      '<?php',
      '// The stem-cell-explainers classic script on every page, with Subresource Integrity, so that',
      '// <div data-stem-cell="…"> placeholders in posts become the elements.',
      "add_action( 'wp_enqueue_scripts', function () {",
      `\twp_enqueue_script( 'stem-cell-explainers-classic', '${classicUrl}', array(), null, false );`,
      '} );',
      "add_filter( 'script_loader_tag', function ( $tag, $handle ) {",
      "\tif ( 'stem-cell-explainers-classic' !== $handle ) {",
      '\t\treturn $tag;',
      '\t}',
      `\treturn str_replace( ' src=', ' integrity="${integrity['stem-cell-explainers.iife.js']}" crossorigin="anonymous" src=', $tag );`,
      '}, 10, 2 );',
      '```',
    ],
  };
}

/** `text` with every generated block it holds written afresh. */
export function withBlocks(text, blocks) {
  let out = text;
  for (const [name, lines] of Object.entries(blocks)) {
    const start = `<!-- ${name}:start (written by npm run readme from dist/cdn/integrity.json) -->`;
    const block = new RegExp(`<!-- ${name}:start[^>]*-->[\\s\\S]*?<!-- ${name}:end -->`);
    out = out.replace(block, () => [start, ...lines, `<!-- ${name}:end -->`].join('\n'));
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
  const integrity = JSON.parse(readFileSync('dist/cdn/integrity.json', 'utf8'));
  const imports = JSON.parse(readFileSync('dist/cdn/imports.json', 'utf8'));
  const blocks = generatedBlocks({ version, integrity, imports });
  for (const file of generatedFiles())
    writeOrCheck(file, withBlocks(readFileSync(file, 'utf8'), blocks), 'npm run build && npm run readme');
}
