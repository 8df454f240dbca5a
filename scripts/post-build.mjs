// After rollup: writes dist/cdn/integrity.json (SHA-384 Subresource Integrity for each bundle),
// pre-rendered snippets in dist/snippets/ (script tag + the element holding its bundled content as
// plain HTML, readable without JavaScript). The README's embed block is `npm run readme`'s job.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { clinicNotes, doseRule, faqEntries, procedureSteps } from '../dist/content/index.js';
import { elementScripts } from './embed-snippet.mjs';
import { doseCallout, esc, faqDetails, stepsList, useCellsPerKg } from './fallback-markup.mjs';

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

const imports = JSON.parse(readFileSync('dist/cdn/imports.json', 'utf8'));

useCellsPerKg(doseRule.cellsPerKg);
const fallback = {
  'stem-cell-faq': `<stem-cell-faq>\n${faqDetails(faqEntries)}\n<p>${esc(clinicNotes.disclaimer)}</p>\n</stem-cell-faq>`,
  'procedure-steps': `<procedure-steps>\n${stepsList(procedureSteps['bone-marrow'])}\n</procedure-steps>`,
  'dose-note': `<dose-note>\n${doseCallout(doseRule)}\n</dose-note>`,
};

/**
 * The snippet for one element: the smallest files that work (the element's own file and the shared
 * chunks it imports, each with its integrity), then the element with its content as fallback markup.
 */
const snippet = (tag) => `${elementScripts({ version, integrity, imports, tag })}\n${fallback[tag]}\n`;

/** The same content in a placeholder div, no script: for editors that strip unknown tags and scripts. */
const kinds = { 'stem-cell-faq': 'faq', 'procedure-steps': 'steps', 'dose-note': 'dose' };
const placeholder = (tag) =>
  `${fallback[tag].replace(/^<[\w-]+>/, `<div data-stem-cell="${kinds[tag]}">`).replace(/<\/[\w-]+>$/, '</div>')}\n`;

mkdirSync('dist/snippets', { recursive: true });
for (const tag of Object.keys(fallback)) {
  writeFileSync(`dist/snippets/${tag}.html`, snippet(tag));
  writeFileSync(`dist/snippets/${tag}.placeholder.html`, placeholder(tag));
}
