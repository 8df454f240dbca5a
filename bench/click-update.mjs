// Script time of one click in a large FAQ: from a question's click() to the element's
// updateComplete, in Debian's headless Chromium, with the built all-in-one file. It isolates our
// own update work (the benchmark's "click → answer frame" also counts layout and paint).
//
//   npm run build && node bench/click-update.mjs [entries=500] [file=dist/cdn/stem-cell-explainers.js]
//
// To compare two versions, build each and pass its file (copy it aside first); the two are
// measured in turns, 6 pages × 60 clicks each.
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { chromiumArgs, chromiumPath } from '../scripts/browsers.mjs';

const [count = '500', ...files] = process.argv.slice(2);
const n = Number(count);
if (!files.length) files.push('dist/cdn/stem-cell-explainers.js');
const entries = Array.from({ length: n }, (_, i) => ({
  id: `q${i}`,
  question: `Question number ${i} about stem cells?`,
  answer: [`Answer ${i}, its first paragraph.`, { list: ['one', 'two', 'three'] }, `Answer ${i}, its second paragraph.`],
}));
const page = (i) =>
  `<!doctype html><html lang="en"><body><stem-cell-faq><script type="application/json">${JSON.stringify(entries)}</script></stem-cell-faq><script type="module" src="/${i}.js"></script></body></html>`;
const server = createServer((req, res) => {
  const i = Number(req.url.slice(1).replace('.js', ''));
  const js = req.url.endsWith('.js');
  res.setHeader('content-type', js ? 'text/javascript' : 'text/html');
  res.end(js ? readFileSync(files[i]) : page(i));
});
await new Promise((listening) => server.listen(0, '127.0.0.1', listening));
const { port } = server.address();
const browser = await puppeteer.launch({ executablePath: chromiumPath, args: chromiumArgs, headless: true });
const times = files.map(() => []);
try {
  for (let round = 0; round < 6; round++)
    for (const i of files.keys()) {
      const tab = await browser.newPage();
      await tab.goto(`http://127.0.0.1:${port}/${i}`);
      await tab.waitForFunction(
        (n) => document.querySelector('stem-cell-faq')?.shadowRoot?.querySelectorAll('.q button').length === n,
        {},
        n,
      );
      const ms = await tab.evaluate(async (n) => {
        const el = document.querySelector('stem-cell-faq');
        const buttons = [...el.shadowRoot.querySelectorAll('.q button')];
        const out = [];
        for (let k = 0; k < 60; k++) {
          const start = performance.now();
          buttons[(k * 37) % n].click();
          await el.updateComplete;
          out.push(performance.now() - start);
        }
        return out;
      }, n);
      times[i].push(...ms);
      await tab.close();
    }
} finally {
  await browser.close();
  server.close();
}
for (const [i, t] of times.entries()) {
  t.sort((a, b) => a - b);
  const at = (q) => t[Math.min(t.length - 1, Math.floor(t.length * q))].toFixed(1);
  console.log(`${files[i]}: ${n} entries, median ${at(0.5)} ms, 90th percentile ${at(0.9)} ms (${t.length} clicks)`);
}
