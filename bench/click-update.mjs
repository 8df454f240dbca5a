// Script time of one click in a large FAQ: from a question's click() to the element's
// updateComplete, in Debian's headless Chromium, with the built all-in-one file and the
// benchmark's FAQ content, each click once the last one's animations have ended. It isolates
// our own update work (the benchmark's "click → answer frame" also counts layout and paint).
//
//   npm run build && node bench/click-update.mjs [entries=500] [file=dist/cdn/stem-cell-explainers.js …]
//
// To compare versions, build each and pass its file (copy it aside first); the files are measured
// in turns, 6 pages × 60 clicks each.
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { launch } from '../scripts/chromium.mjs';
import { serve } from '../scripts/serve.mjs';
import { many } from './faq-content.mjs';

const OUT = 'bench/out';
const [count = '500', ...files] = process.argv.slice(2);
const n = Number(count);
if (!files.length) files.push('dist/cdn/stem-cell-explainers.js');
const json = JSON.stringify(many(n)).replace(/</g, '\\u003c');
mkdirSync(OUT, { recursive: true });
for (const [i, file] of files.entries()) {
  copyFileSync(file, `${OUT}/click-${i}.js`);
  writeFileSync(
    `${OUT}/click-${i}.html`,
    `<!doctype html><html lang="en"><body><stem-cell-faq><script type="application/json">${json}</script></stem-cell-faq><script type="module" src="/${OUT}/click-${i}.js"></script></body></html>`,
  );
}

const server = await serve({ port: 0, csp: null });
const browser = await launch();
const times = files.map(() => []);
try {
  for (let round = 0; round < 6; round++)
    for (const i of files.keys()) {
      const page = await browser.newPage();
      await page.goto(`http://127.0.0.1:${server.address().port}/${OUT}/click-${i}.html`);
      await page.waitForFunction((n) => document.querySelector('stem-cell-faq')?.shadowRoot?.querySelectorAll('.q button').length === n, n);
      const ms = await page.evaluate(async (n) => {
        const el = document.querySelector('stem-cell-faq');
        const buttons = [...el.shadowRoot.querySelectorAll('.q button')];
        const out = [];
        // As a patient clicks: each click after the page has drawn the last one and its animations have
        // ended (clicks with no frame between them pile up running animations, which every click's
        // getAnimations() then walks).
        const settled = async () => {
          do await new Promise(requestAnimationFrame);
          while (el.shadowRoot.getAnimations().some((a) => a.playState === 'running'));
        };
        for (let k = 0; k < 60; k++) {
          await settled();
          const start = performance.now();
          buttons[(k * 37) % n].click();
          await el.updateComplete;
          out.push(performance.now() - start);
        }
        return out;
      }, n);
      times[i].push(...ms);
      await page.close();
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
