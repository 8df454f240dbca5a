// Writes the README's embed block (the exact versioned script tags with their integrity) from the
// built dist/cdn/integrity.json. Run by `npm version` (the "version" script) so a release's README
// names its own files; `--check` fails instead of writing (run by `prepublishOnly`).
import { readFileSync } from 'node:fs';
import { writeOrCheck } from './generated-file.mjs';
import { cdnBase, elementScripts, scriptTag } from './embed-snippet.mjs';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const integrity = JSON.parse(readFileSync('dist/cdn/integrity.json', 'utf8'));
const imports = JSON.parse(readFileSync('dist/cdn/imports.json', 'utf8'));

const embed = [
  '<!-- embed:start (written by npm run readme from dist/cdn/integrity.json) -->',
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
  '<!-- embed:end -->',
].join('\n');

// WordPress without the plugin: the classic tag site-wide, with its integrity (README, WordPress, step 2).
const classicUrl = `${cdnBase(version)}stem-cell-explainers.iife.js`;
const wordpressClassicTag = [
  '<!-- wordpress-classic-tag:start (written by npm run readme from dist/cdn/integrity.json) -->',
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
  '<!-- wordpress-classic-tag:end -->',
].join('\n');

const readme = readFileSync('README.md', 'utf8');
const updated = readme
  .replace(/<!-- embed:start[\s\S]*?<!-- embed:end -->/, embed)
  .replace(/<!-- wordpress-classic-tag:start[\s\S]*?<!-- wordpress-classic-tag:end -->/, () => wordpressClassicTag);
writeOrCheck('README.md', updated, 'npm run build && npm run readme');
