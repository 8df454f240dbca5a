// Writes the generated blocks of the README, the docs pages and the demo page (the exact versioned
// script tags with their integrity, and what each page's files weigh) from the built dist/cdn/. A
// block sits between `<!-- name:start … -->` and `<!-- name:end -->`; each name below is written wherever it appears.
// Run by `npm version` (the "version" script) so a release's docs name its own files; `--check` fails
// instead of writing (run by `prepublishOnly`, and by test/node/docs.test.mjs).
import { readdirSync, readFileSync } from 'node:fs';
import { writeOrCheck } from './generated-file.mjs';
import { allInOneTextFiles, bundleFile, cdnBase, elementScripts, scriptTag } from './embed-snippet.mjs';
import { byteTargetsBlock, fileSizes, sizesBlock } from './file-sizes.mjs';
import { languageBlock, languageNumbers, numbersBlock } from './language-files.mjs';

/** The files that may hold generated blocks: the README, the demo page and the docs pages. */
export const generatedFiles = () => [
  'README.md',
  'demo/index.html',
  ...readdirSync('docs')
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
];

/**
 * Each generated block's content (without its marker comments), for this version and build;
 * `numbers` is each language's figures and date (languageNumbers() in scripts/language-files.mjs), and
 * `sizes` what the files weigh (fileSizes() in scripts/file-sizes.mjs).
 */
export function generatedBlocks({ version, integrity, imports, numbers, sizes }) {
  const classicUrl = `${cdnBase(version)}stem-cell-explainers.iife.js`;
  const placeholdersUrl = `${cdnBase(version)}placeholders.iife.js`;
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
      'All three elements on one page, or any of them anywhere on the site: the all-in-one module script (for one element, or the steps with one other, their own files are fewer bytes: the embed builder writes them). A bare `<stem-cell-faq>` or `<procedure-steps>`, as here, shows its English text: a file of its own, loaded before the script (the embed builder’s code holds the text in the HTML, and needs no such file):',
      '',
      '```html',
      elementScripts({ version, integrity, imports, tag: 'stem-cell-faq', allInOne: true, text: true }),
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
      ...elementScripts({ version, integrity, imports, tag: ['procedure-steps', 'stem-cell-faq'], allInOne: true, text: true })
        .split('\n')
        .map((tag) => `    ${tag}`),
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
    // docs/languages.md: registerLocale from its own CDN file (self-contained: no chunks), with its integrity.
    'register-locale': [
      '```html',
      `<link rel="modulepreload" href="${cdnBase(version)}register-locale.js" integrity="${integrity['register-locale.js']}" crossorigin="anonymous">`,
      '<script type="module">',
      `  import { registerLocale } from '${cdnBase(version)}register-locale.js';`,
      '',
      "  registerLocale('gu', { strings: { showAll: 'બધું બતાવો', hideAll: 'બધું છુપાવો' } });",
      '</script>',
      '```',
    ],
    // docs/languages.md: each language of scripts/languages.mjs, its files, review, numbers and dates.
    'language-files': languageBlock(),
    'language-numbers': numbersBlock(numbers),
    // docs/performance.md: which file to load, and the byte targets of #27, with this build's figures.
    sizes: sizes ? sizesBlock(sizes) : [],
    'byte-targets': sizes ? byteTargetsBlock(sizes) : [],
    // docs/embedding.md: the placeholder file beside the classic bundle.
    placeholders: [
      '```html',
      scriptTag({ version, integrity, file: 'stem-cell-explainers.iife.js' }),
      scriptTag({ version, integrity, file: 'placeholders.iife.js' }),
      '```',
    ],
    // demo/index.html (served from the repository by npm run demo): the README's all-in-one tags for its
    // bare elements, the FAQ's and the steps' English text first, so that the three render in one frame
    // and move the page once. From the local build, without integrity: a build from changed sources keeps
    // the demo working (a stale text file's name is a 404, and the element imports its text itself).
    'demo-scripts': [...allInOneTextFiles(integrity, bundleFile('en'), ['procedure-steps', 'stem-cell-faq']), bundleFile('en')].map(
      (file) => `    <script type="module" src="/dist/cdn/${file}"></script>`,
    ),
    // docs/wordpress.md: WordPress without the plugin, the classic tag site-wide, with its integrity.
    'wordpress-classic-tag': [
      '```php',
      '<?php',
      '// The stem-cell-explainers classic script on every page, and the placeholder script that turns',
      '// <div data-stem-cell="…"> placeholders in posts into the elements, with Subresource Integrity.',
      "add_action( 'wp_enqueue_scripts', function () {",
      `\twp_enqueue_script( 'stem-cell-explainers-classic', '${classicUrl}', array(), null, false );`,
      `\twp_enqueue_script( 'stem-cell-explainers-placeholders', '${placeholdersUrl}', array( 'stem-cell-explainers-classic' ), null, false );`,
      '} );',
      "add_filter( 'script_loader_tag', function ( $tag, $handle ) {",
      '\t$integrity = array(',
      `\t\t'stem-cell-explainers-classic'      => '${integrity['stem-cell-explainers.iife.js']}',`,
      `\t\t'stem-cell-explainers-placeholders' => '${integrity['placeholders.iife.js']}',`,
      '\t);',
      '\tif ( ! isset( $integrity[ $handle ] ) ) {',
      '\t\treturn $tag;',
      '\t}',
      "\treturn str_replace( ' src=', ' integrity=\"' . $integrity[ $handle ] . '\" crossorigin=\"anonymous\" src=', $tag );",
      '}, 10, 2 );',
      '```',
    ],
  };
}

/** `text` with every generated block it holds written afresh. */
export function withBlocks(text, blocks) {
  let out = text;
  for (const [name, lines] of Object.entries(blocks)) {
    const start = `<!-- ${name}:start (written by npm run readme from the build in dist/) -->`;
    const block = new RegExp(`<!-- ${name}:start[^>]*-->[\\s\\S]*?<!-- ${name}:end -->`);
    out = out.replace(block, () => [start, ...lines, `<!-- ${name}:end -->`].join('\n'));
  }
  return out;
}

/** Each generated block for this package's version and the built dist/ (what npm run readme writes). */
export async function currentBlocks() {
  const read = (file) => JSON.parse(readFileSync(file, 'utf8'));
  return generatedBlocks({
    version: read('package.json').version,
    integrity: read('dist/cdn/integrity.json'),
    imports: read('dist/cdn/imports.json'),
    numbers: await languageNumbers(),
    sizes: await fileSizes(),
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const blocks = await currentBlocks();
  for (const file of generatedFiles())
    writeOrCheck(file, withBlocks(readFileSync(file, 'utf8'), blocks), 'npm run build && npm run readme');
}
