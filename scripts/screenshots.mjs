// Screenshots of the demo for people to look at: phone and desktop widths, light, dark and forced
// colours. Usage: npm run build && node scripts/screenshots.mjs [path] [out-dir]
import { mkdirSync } from 'node:fs';
import { TAGS } from '../dist/internal/tags.js';
import { launch } from './chromium.mjs';
import { serve } from './serve.mjs';

const [path = '/', out = '.screens'] = process.argv.slice(2);
mkdirSync(out, { recursive: true });
const server = await serve({ port: 0 });
const url = `http://127.0.0.1:${server.address().port}${path}`;
const browser = await launch();
const shots = [
  ['375-light', 375, { colorScheme: 'light' }],
  ['375-dark', 375, { colorScheme: 'dark' }],
  ['1280-light', 1280, { colorScheme: 'light' }],
  ['1280-dark', 1280, { colorScheme: 'dark' }],
  ['375-forced', 375, { forcedColors: 'active', colorScheme: 'dark' }],
];
for (const [name, width, media] of shots) {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  const errors = [];
  page.on('console', (m) => ['error', 'warning'].includes(m.type()) && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.emulateMedia({ reducedMotion: 'reduce', ...media });
  await page.goto(url);
  // Every one of our elements on the page is defined and rendered (a page may hold only some of them).
  await page.waitForFunction(
    (tags) => [...document.querySelectorAll(tags.join(', '))].every((e) => customElements.get(e.localName) && e.hasUpdated),
    TAGS,
  );
  if (process.env.OPEN)
    await page.evaluate(() =>
      document.querySelectorAll('stem-cell-faq').forEach((f) => f.show(f.shadowRoot.querySelector('[part=question]').id.slice(2))),
    );
  await page.screenshot({ path: `${out}/${name}.png`, fullPage: true });
  const scroll = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
  console.log(
    `${out}/${name}.png${scroll > 0 ? `  HORIZONTAL SCROLL ${scroll}px` : ''}${errors.length ? `\n  console: ${errors.join('\n  console: ')}` : ''}`,
  );
  await page.close();
}
await browser.close();
server.close();
