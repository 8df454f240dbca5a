// The demo pages, served with the strict Content-Security-Policy docs/security.md publishes, run every
// feature of all three elements with zero securitypolicyviolation events, and full use makes no
// request, cookie or storage entry beyond the page and the bundle.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { readFileSync } from 'node:fs';
import { launch } from '../../scripts/chromium.mjs';
import { allInOneTextFiles } from '../../scripts/embed-snippet.mjs';
import { languages, suffix } from '../../scripts/languages.mjs';
import { englishStrings } from '../../dist/content/strings.js';
import { TAGS } from '../../dist/internal/tags.js';

/** "Link copied" in English and in every language. */
const linkCopied = [
  englishStrings.faq.linkCopied,
  ...(await Promise.all(
    languages.map(async ({ lang }) => (await import(`../../dist/content/${lang}/index.js`))[`strings${suffix(lang)}`].faq.linkCopied),
  )),
];
import { BUILDER_CSP, CSP, serve } from '../../scripts/serve.mjs';

let server, browser, base;

before(async () => {
  server = await serve({ port: 0 });
  base = `http://127.0.0.1:${server.address().port}`;
  browser = await launch();
});
after(async () => {
  await browser?.close();
  server?.close();
});

/** Opens a page recording CSP violations, errors and every request; grants the clipboard. */
async function open(path, csp = CSP) {
  const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'], reducedMotion: 'no-preference' });
  const page = await context.newPage();
  const seen = { violations: [], errors: [], requests: [] };
  await page.exposeFunction('__violation', (v) => seen.violations.push(v));
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (e) => window.__violation(`${e.violatedDirective}: ${e.blockedURI} ${e.sample}`)),
  );
  page.on('pageerror', (e) => seen.errors.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && seen.errors.push(m.text()));
  page.on('request', (r) => seen.requests.push(new URL(r.url()).pathname));
  const response = await page.goto(`${base}${path}`);
  assert.equal(response.headers()['content-security-policy'], csp);
  await page.waitForFunction((tags) => tags.every((t) => customElements.get(t)), TAGS);
  return { context, page, seen };
}

/** What a page stored: nothing, whatever the visitor did. */
async function storage(page) {
  return page.evaluate(async () => ({
    local: localStorage.length,
    session: sessionStorage.length,
    indexedDB: (await indexedDB.databases()).length,
    caches: (await caches.keys()).length,
  }));
}

const inShadow = (host, selector) => `${host} >> ${selector}`;

/** Uses every feature of the three elements as a patient would: clicks, keys and typing. */
async function useEverything(page, faq) {
  const q = page.locator(inShadow(faq, '[part="question"]'));
  await q.first().click();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  const showAll = page.locator(inShadow(faq, 'button.all'));
  if (await showAll.count()) await showAll.click();
  const copy = page.locator(inShadow(faq, '.a:not([hidden]) .copy button')).first();
  await copy.click();
  // "Link copied", in the page's language.
  await page.waitForFunction(
    ([f, said]) => said.some((s) => document.querySelector(f).shadowRoot.textContent.includes(s)),
    [faq, linkCopied],
  );
  const search = page.locator(inShadow(faq, 'input[type="search"]'));
  if (await search.count()) {
    await search.fill('safe');
    await search.fill('xylophone');
    await search.fill('');
  }
  const id = await page.evaluate(
    (f) => [...document.querySelector(f).shadowRoot.querySelectorAll('[part="question"]')].at(-1).id.slice(2),
    faq,
  );
  await page.evaluate((h) => (location.hash = h), id);
  await page.locator(inShadow('procedure-steps', '[part="controls"] button')).click();
  await page.locator(inShadow('procedure-steps', 'li button[aria-expanded]')).first().click();
  const weight = page.locator(inShadow('dose-note', 'input'));
  for (const typed of ['', 'abc', '1e3', '70,5', '0', '999', '80']) await weight.fill(typed);
  await page.locator(inShadow('dose-note', 'select')).selectOption('lb');
  // The polite announcement comes after the patient pauses: wait for it, not for a time.
  await page.waitForFunction(
    () => document.querySelector('dose-note').shadowRoot.querySelector('[role="status"]').textContent.trim() !== '',
  );
}

const integrity = JSON.parse(readFileSync('dist/cdn/integrity.json', 'utf8'));

describe('under the strict Content-Security-Policy', () => {
  for (const [path, faq] of [
    ['/', 'stem-cell-faq'],
    ['/demo/classic.html', 'stem-cell-faq[search]'],
    ...languages.map(({ lang }) => [`/demo/${lang}.html`, 'stem-cell-faq']),
  ]) {
    const language = languages.find(({ lang }) => path === `/demo/${lang}.html`);
    it(`${path} runs every feature of all three elements with no violation, error or stray request`, async () => {
      const { context, page, seen } = await open(path);
      await useEverything(page, faq);
      if (path === '/demo/classic.html') {
        await useEverything(page, 'stem-cell-faq[single]');
        assert.equal(await page.locator('[data-stem-cell]').count(), 0, 'placeholders upgraded');
      }
      const ld = await page.evaluate(() =>
        [...document.querySelectorAll('script[type="application/ld+json"]')].map((s) => JSON.parse(s.textContent)['@type']),
      );
      assert.deepEqual(ld, [['FAQPage', 'MedicalWebPage']], 'JSON-LD written through the stem-cell-explainers Trusted Types policy');
      if (language) {
        // The minified bundle with the language: labels, content and numbers in it, not only the content.
        const labels = await page.evaluate(
          (tags) => tags.map((t) => document.querySelector(t).shadowRoot.querySelector('button, label').textContent.trim()),
          TAGS,
        );
        const script = new RegExp(`\\p{Script=${language.script}}`, 'u');
        for (const label of labels) assert.match(label, script, `${label} is in ${language.english}`);
      }
      assert.deepEqual(seen.violations, []);
      assert.deepEqual(seen.errors, []);

      const allowed = [
        path === '/' ? '/' : path,
        '/demo/demo.css',
        '/dist/cdn/stem-cell-explainers.js',
        // The FAQ's and the steps' English text, which the module imports from beside it for the demo's bare tags.
        ...allInOneTextFiles(integrity, 'stem-cell-explainers.js').map((f) => `/dist/cdn/${f}`),
        '/dist/cdn/stem-cell-explainers.iife.js',
        // The placeholder page's own file (#27): it upgrades the placeholders.
        ...(path === '/demo/classic.html' ? ['/dist/cdn/placeholders.iife.js'] : []),
        ...(language ? [`/dist/cdn/stem-cell-explainers.${language.lang}.js`] : []),
        '/favicon.ico',
      ];
      assert.deepEqual(
        seen.requests.filter((r) => !allowed.includes(r)),
        [],
        'no request beyond the page and its files',
      );
      assert.deepEqual(await context.cookies(), [], 'no cookie');
      const storage = await page.evaluate(async () => ({
        local: localStorage.length,
        session: sessionStorage.length,
        indexedDB: (await indexedDB.databases()).length,
        caches: (await caches.keys()).length,
      }));
      assert.deepEqual(storage, { local: 0, session: 0, indexedDB: 0, caches: 0 }, 'no storage');
      await context.close();
    });
  }
});

describe('the embed builder under the strict Content-Security-Policy', () => {
  it('/demo/builder.html builds, previews with and without the script, copies and downloads with no violation, error or stray request, and keeps only the editor’s work', async () => {
    const { context, page, seen } = await open('/demo/builder.html', BUILDER_CSP);
    const builder = page.locator('sce-embed-builder');
    await builder.getByRole('button', { name: 'Start empty' }).click();
    await builder.getByRole('button', { name: 'Remove all questions' }).click();
    await builder.getByRole('button', { name: 'Add a question' }).click();
    await builder.getByRole('textbox', { name: 'Question 1', exact: true }).fill('Where can I park?');
    await builder.getByRole('textbox', { name: /^Answer to question 1/ }).fill('In the [car park](/map).\n\n- Free');
    await page.waitForFunction(() =>
      document
        .querySelector('sce-embed-builder')
        .shadowRoot.querySelector('#preview stem-cell-faq')
        ?.shadowRoot?.textContent.includes('Where can I park?'),
    );
    // The preview without the script: the code as pasted, in a frame that runs nothing (the builder page's one extra Trusted Types policy).
    await builder.getByRole('radio', { name: /^Without the script/ }).check();
    await page.waitForFunction(() =>
      document.querySelector('sce-embed-builder').shadowRoot.querySelector('#preview iframe')?.contentDocument?.querySelector('details'),
    );
    for (const place of [
      /^A page that allows scripts, with the files from/,
      /^A page that allows scripts, with the files on my own/,
      /^WordPress as an Author/,
      /^WordPress with the/,
      /^A developer/,
    ]) {
      await builder.getByRole('radio', { name: place }).check();
      if (String(place).includes('own'))
        await builder.getByRole('textbox', { name: 'Address of the folder you upload the files to' }).fill('/dist/cdn/');
      await builder
        .getByRole('button', { name: /^Copy:/ })
        .first()
        .click();
      await builder.getByRole('status').filter({ hasText: 'Copied' }).waitFor();
    }
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      builder.getByRole('button', { name: 'Download the code as an HTML file' }).click(),
    ]);
    assert.equal(download.suggestedFilename(), 'stem-cell-explainers-app.html');
    await builder.getByRole('radio', { name: /^With the script/ }).check();
    for (const tag of ['procedure-steps', 'dose-note']) {
      await builder.getByRole('tab', { name: tag === 'dose-note' ? 'Dose note' : 'Procedure steps' }).click();
      await page.waitForFunction(
        (t) => document.querySelector('sce-embed-builder').shadowRoot.querySelector(`#preview ${t}`)?.shadowRoot,
        tag,
      );
    }
    assert.deepEqual(seen.violations, []);
    assert.deepEqual(seen.errors, []);
    // The download is a blob: address made in the page; nothing else leaves it.
    const fetched = seen.requests.filter((r) => !r.startsWith('http'));
    assert.deepEqual(
      fetched.filter((r) => !['/demo/builder.html', '/demo/demo.css', '/dist/builder/builder.js', '/favicon.ico'].includes(r)),
      [],
    );
    // The editor's own work, and nothing else, is kept in this browser, until they clear it.
    const kept = await page.evaluate(() => ({
      keys: Object.keys(localStorage),
      work: JSON.parse(localStorage.getItem('stem-cell-explainers/embed-builder')).work,
    }));
    assert.deepEqual(kept.keys, ['stem-cell-explainers/embed-builder']);
    assert.equal(kept.work.faq.items[0].question, 'Where can I park?');
    await builder.getByRole('button', { name: 'Clear my work from this browser' }).click();
    await builder.getByRole('button', { name: 'Clear my work', exact: true }).click();
    assert.deepEqual(await storage(page), { local: 0, session: 0, indexedDB: 0, caches: 0 }, 'nothing kept once cleared');
    assert.deepEqual(await context.cookies(), [], 'no cookie');
    await context.close();
  });
});
