// After rollup: writes dist/cdn/integrity.json (SHA-384 Subresource Integrity for each bundle),
// pre-rendered snippets in dist/snippets/ (script tag + the element holding its bundled content as
// plain HTML, readable without JavaScript). The README's embed block is `npm run readme`'s job.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { clinicNotes, doseRule, faqEntries, procedureSteps } from '../dist/content/index.js';
import { scriptTag } from './embed-snippet.mjs';
import { doseCallout, esc, faqDetails, stepsList, useCellsPerKg } from './fallback-markup.mjs';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));

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

const moduleTag = () => scriptTag({ version, integrity });

useCellsPerKg(doseRule.cellsPerKg);
const fallback = {
  'stem-cell-faq': `<stem-cell-faq>\n${faqDetails(faqEntries)}\n<p>${esc(clinicNotes.disclaimer)}</p>\n</stem-cell-faq>`,
  'procedure-steps': `<procedure-steps>\n${stepsList(procedureSteps['bone-marrow'])}\n</procedure-steps>`,
  'dose-note': `<dose-note>\n${doseCallout(doseRule)}\n</dose-note>`,
};

/** The snippet for one element: script tag plus the element with its content as fallback markup. */
const snippet = (tag) => `${moduleTag()}\n${fallback[tag]}\n`;

/** The same content in a placeholder div, no script: for editors that strip unknown tags and scripts. */
const kinds = { 'stem-cell-faq': 'faq', 'procedure-steps': 'steps', 'dose-note': 'dose' };
const placeholder = (tag) =>
  `${fallback[tag].replace(/^<[\w-]+>/, `<div data-stem-cell="${kinds[tag]}">`).replace(/<\/[\w-]+>$/, '</div>')}\n`;

mkdirSync('dist/snippets', { recursive: true });
for (const tag of Object.keys(fallback)) {
  writeFileSync(`dist/snippets/${tag}.html`, snippet(tag));
  writeFileSync(`dist/snippets/${tag}.placeholder.html`, placeholder(tag));
}
