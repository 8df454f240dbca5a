// After rollup: writes dist/cdn/integrity.json (SHA-384 Subresource Integrity for each bundle),
// pre-rendered snippets in dist/snippets/ (script tag + the element holding its bundled content as
// plain HTML, readable without JavaScript), and the README's embed block with the exact version.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { clinicNotes, doseRule, faqEntries, procedureSteps } from '../dist/content/index.js';
import { scriptTag } from './embed-snippet.mjs';

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

// Content is text: escape it. Links were validated by the content tests (http, https, mailto, tel, relative).
const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const inline = (p) => (typeof p === 'string' ? esc(p) : p.map((i) => (typeof i === 'string' ? esc(i) : `<a href="${esc(i.href)}">${esc(i.text)}</a>`)).join(''));
const blocks = (bs) => bs.map((b) => (typeof b === 'object' && 'list' in b ? `<ul>${b.list.map((p) => `<li>${inline(p)}</li>`).join('')}</ul>` : `<p>${inline(b)}</p>`)).join('');

const bigNumber = (n) => new Intl.NumberFormat('en', { notation: 'compact', compactDisplay: 'long' }).format(n);
const fallback = {
  'stem-cell-faq': `<stem-cell-faq>\n${faqEntries
    .map((e) => `  <details id="${esc(e.id)}"><summary>${esc(e.question)}</summary>${blocks(e.answer)}</details>`)
    .join('\n')}\n  <p>${esc(clinicNotes.disclaimer)}</p>\n</stem-cell-faq>`,
  'procedure-steps': `<procedure-steps>\n  <ol>\n${procedureSteps['bone-marrow']
    .map((s) => `    <li><h3>${esc(s.title)}</h3><p>${esc(s.summary)}</p>${blocks(s.details)}</li>`)
    .join('\n')}\n  </ol>\n</procedure-steps>`,
  'dose-note': `<dose-note>\n  <h3>${esc(doseRule.heading)}</h3>\n  <p>${esc(doseRule.rule.replace('{cells}', bigNumber(doseRule.cellsPerKg)))}</p>\n  <p>${esc(doseRule.meaning)}</p>\n  <p><strong>${esc(doseRule.notice)}</strong></p>\n</dose-note>`,
};

/** The snippet for one element: script tag plus the element with its content as fallback markup. */
const snippet = (tag) => `${moduleTag()}\n${fallback[tag]}\n`;

mkdirSync('dist/snippets', { recursive: true });
for (const tag of Object.keys(fallback)) writeFileSync(`dist/snippets/${tag}.html`, snippet(tag));

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
const readme = readFileSync('README.md', 'utf8');
const updated = readme.replace(/<!-- embed:start[\s\S]*?<!-- embed:end -->/, embed);
if (updated !== readme) writeFileSync('README.md', updated);
