// npm run bench:paint [-- --samples 40 --entries 9]: where server-rendered markup's first paint goes,
// one piece at a time. The same FAQ as `npm run bench`, as six pages that each drop one more thing:
//
//   plain             plain HTML <details> (the benchmark's baseline)
//   ssr               server-rendered markup with the FAQ's own hydrate file, as the .dsd.html snippet hands it out
//   no script         the same markup, never hydrated
//   markup only       no script, no Lit hydration markers, no light-DOM fallback copy: the shadow root alone
//   no style          the shadow root without its <style>
//   light DOM         the shadow root's markup and style straight in the page (`:host` → the tag), no shadow DOM
//
// First contentful paint and "questions visible" (the benchmark's probe; it sees no questions in the
// light-DOM page), medians of many interleaved samples in headless Chromium, a fresh context each:
// a difference of a tenth needs about 40 samples on 2 shared cores. Two minutes at 9 entries.
import { mkdirSync, writeFileSync } from 'node:fs';
import { clinicNotes, faqEntries } from '../dist/content/index.js';
import { renderElement } from '../dist/ssr.js';
import { esc, faqDetails } from '../scripts/fallback-markup.mjs';
import { launch } from '../scripts/chromium.mjs';
import { serve } from '../scripts/serve.mjs';
import { many } from './faq-content.mjs';
import { probe } from './probe.mjs';
import { median, shuffle } from './samples.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const SAMPLES = arg('samples', 40);
const ENTRIES = arg('entries', 9);
const OUT = 'bench/out/pages';

const entries = ENTRIES === faqEntries.length ? faqEntries : many(ENTRIES);
const page = (title, head, body) =>
  `<!doctype html><html lang="en" data-questions="${ENTRIES}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title>${head}</head><body><main><h1>${title}</h1>${body}</main></body></html>`;

const info = console.info;
console.info = () => {};
const ssr = renderElement('stem-cell-faq', { content: entries });
console.info = info;
const HYDRATE = '<script type="module" src="/dist/cdn/stem-cell-faq.hydrate.js"></script>';
const shadowEnd = ssr.indexOf('</template>') + '</template>'.length;
// The shadow root alone: no light-DOM copy after it, no Lit markers in it.
const markupOnly = `${ssr.slice(0, shadowEnd)}</stem-cell-faq>`.replace(/<!--[^]*?-->/g, '');
const style = /<style>[^]*?<\/style>/;
const variants = {
  plain: ['', `${faqDetails(entries)}<p>${esc(clinicNotes.disclaimer)}</p>`],
  ssr: [HYDRATE, ssr],
  'no script': ['', ssr],
  'markup only': ['', markupOnly],
  'no style': ['', markupOnly.replace(style, '')],
  'light DOM': [
    '',
    markupOnly
      .replace(/<template shadowroot[^>]*>/, '')
      .replace('</template>', '')
      .replace(/:host\(([^)]*)\)/g, 'stem-cell-faq$1')
      .replace(/:host/g, 'stem-cell-faq'),
  ],
};

mkdirSync(OUT, { recursive: true });
const path = (name) => `${OUT}/floor${ENTRIES}-${name.replace(/\W+/g, '-')}.html`;
for (const [name, [head, body]] of Object.entries(variants)) writeFileSync(path(name), page(`floor${ENTRIES}: ${name}`, head, body));

const server = await serve({ port: 0, csp: null });
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await launch();
const samples = Object.fromEntries(Object.keys(variants).map((v) => [v, { fcp: [], visible: [] }]));
for (let i = 0; i < SAMPLES; i++) {
  for (const name of shuffle(Object.keys(variants))) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    try {
      const tab = await context.newPage();
      await tab.addInitScript(probe);
      await tab.goto(`${base}/${path(name)}`, { waitUntil: 'load' });
      await tab.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0, null, { timeout: 60_000 });
      // "Questions visible" where the probe can see them (not in the light-DOM page): a few frames at most.
      if (name !== 'light DOM') await tab.waitForFunction(() => window.__visibleAt !== undefined, null, { timeout: 60_000 });
      const t = await tab.evaluate(() => ({
        fcp: performance.getEntriesByName('first-contentful-paint')[0].startTime,
        visible: window.__visibleAt,
      }));
      samples[name].fcp.push(t.fcp);
      if (t.visible !== undefined) samples[name].visible.push(t.visible);
    } finally {
      await context.close();
    }
  }
  process.stderr.write(`sample ${i + 1}/${SAMPLES}\r`);
}
await browser.close();
server.close();

const cell = (xs, base) => (xs.length ? `${median(xs).toFixed(0)} ms ×${(median(xs) / median(base)).toFixed(2)}` : '–');
let md = `${ENTRIES} entries, ${SAMPLES} samples each, medians, ×ratio to plain HTML\n\n| page | HTML | first contentful paint | questions visible |\n| --- | --- | --- | --- |\n`;
for (const [name, [head, body]] of Object.entries(variants))
  md += `| ${name} | ${((head.length + body.length) / 1024).toFixed(1)} KB | ${cell(samples[name].fcp, samples.plain.fcp)} | ${cell(samples[name].visible, samples.plain.visible)} |\n`;
console.log(md);
