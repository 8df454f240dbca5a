// After rollup: writes dist/cdn/integrity.json (SHA-384 Subresource Integrity for each bundle),
// pre-rendered snippets in dist/snippets/ (script tag + the element holding its bundled content as
// plain HTML, readable without JavaScript), and the README's embed block with the exact version.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { clinicNotes, doseRule, faqEntries, procedureSteps } from '../dist/content/index.js';
import { cdnBase, scriptTag } from './embed-snippet.mjs';
import { doseCallout, esc, faqDetails, stepsList } from './fallback-markup.mjs';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));

const integrity = Object.fromEntries(
  readdirSync('dist/cdn')
    .filter((f) => f.endsWith('.js'))
    .sort()
    .map((f) => [f, `sha384-${createHash('sha384').update(readFileSync(`dist/cdn/${f}`)).digest('base64')}`]),
);
writeFileSync('dist/cdn/integrity.json', `${JSON.stringify(integrity, null, 2)}\n`);

const moduleTag = () => scriptTag({ version, integrity });
const classicTag = () => scriptTag({ version, integrity, file: 'stem-cell-explainers.iife.js' });

const fallback = {
  'stem-cell-faq': `<stem-cell-faq>\n${faqDetails(faqEntries)}\n<p>${esc(clinicNotes.disclaimer)}</p>\n</stem-cell-faq>`,
  'procedure-steps': `<procedure-steps>\n${stepsList(procedureSteps['bone-marrow'])}\n</procedure-steps>`,
  'dose-note': `<dose-note>\n${doseCallout(doseRule)}\n</dose-note>`,
};

/** The snippet for one element: script tag plus the element with its content as fallback markup. */
const snippet = (tag) => `${moduleTag()}\n${fallback[tag]}\n`;

/** The same content in a placeholder div, no script: for editors that strip unknown tags and scripts. */
const kinds = { 'stem-cell-faq': 'faq', 'procedure-steps': 'steps', 'dose-note': 'dose' };
const placeholder = (tag) => `${fallback[tag].replace(/^<[\w-]+>/, `<div data-stem-cell="${kinds[tag]}">`).replace(/<\/[\w-]+>$/, '</div>')}\n`;

mkdirSync('dist/snippets', { recursive: true });
for (const tag of Object.keys(fallback)) {
  writeFileSync(`dist/snippets/${tag}.html`, snippet(tag));
  writeFileSync(`dist/snippets/${tag}.placeholder.html`, placeholder(tag));
}

const embed = [
  '<!-- embed:start (written by npm run build from dist/cdn/integrity.json) -->',
  'Module script (most sites):',
  '',
  '```html',
  moduleTag(),
  '<stem-cell-faq></stem-cell-faq>',
  '```',
  '',
  'Classic script (tag managers and CMSs that cannot use `type="module"`), best in `<head>`:',
  '',
  '```html',
  classicTag(),
  '```',
  '<!-- embed:end -->',
].join('\n');
// WordPress without the plugin: the classic tag site-wide, with its integrity (README, WordPress, step 2).
const classicUrl = `${cdnBase(version)}stem-cell-explainers.iife.js`;
const wordpressClassicTag = [
  '<!-- wordpress-classic-tag:start (written by npm run build from dist/cdn/integrity.json) -->',
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
if (updated !== readme) writeFileSync('README.md', updated);
