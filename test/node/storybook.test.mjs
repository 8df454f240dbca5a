// The static Storybook builds, lists the stories of all three elements, and renders a story of
// each in headless Chromium. No telemetry, no version check, no network.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { launch } from '../../scripts/chromium.mjs';
import { serve } from '../../scripts/serve.mjs';
import { elementScripts } from '../../scripts/embed-snippet.mjs';
import { languages } from '../../scripts/languages.mjs';
import { TAGS } from '../../dist/internal/tags.js';

const out = 'storybook-static';
let server, browser, base;

before(async () => {
  const build = spawnSync('npx', ['storybook', 'build', '--quiet', '--disable-telemetry', '-o', out], {
    encoding: 'utf8',
    env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1' },
  });
  assert.equal(build.status, 0, build.stdout + build.stderr);
  server = await serve({ root: out, port: 0, csp: null });
  base = `http://127.0.0.1:${server.address().port}`;
  browser = await launch();
});

after(async () => {
  await browser?.close();
  server?.close();
});

describe('the static Storybook', () => {
  it('lists stories and docs for all three elements, and the embed code page', () => {
    const entries = Object.values(JSON.parse(readFileSync(`${out}/index.json`, 'utf8')).entries);
    for (const tag of TAGS) {
      const own = entries.filter((e) => e.title === `Elements/${tag}`);
      assert.ok(
        own.some((e) => e.type === 'docs'),
        `${tag} has autodocs`,
      );
      assert.ok(own.filter((e) => e.type === 'story').length >= 5, `${tag} has its states as stories`);
    }
    assert.ok(entries.some((e) => e.id === 'docs-embed-code--embed-code'));
  });

  const pages = [
    ['elements-stem-cell-faq--search', 'stem-cell-faq', /1 of 9 questions match/],
    ['elements-procedure-steps--current-step', 'procedure-steps', /You are here/],
    ['elements-dose-note--valid-lb', 'dose-note', /By this rule, for 154 lb \(69\.9 kg\): at least 139.8 million cells/],
  ];
  for (const [id, tag, text] of pages) {
    it(`renders <${tag}> in its story page, after the story’s play`, async () => {
      const page = await browser.newPage();
      const errors = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      const requests = [];
      page.on('request', (r) => requests.push(r.url()));
      await page.goto(`${base}/iframe.html?id=${id}&viewMode=story`);
      await page.waitForFunction(
        ([t, source]) => new RegExp(source).test(document.querySelector(t)?.shadowRoot?.textContent.replace(/\s+/g, ' ') ?? ''),
        [tag, text.source],
        { timeout: 15_000 },
      );
      assert.deepEqual(errors, []);
      assert.deepEqual(
        requests.filter((u) => !u.startsWith(base)),
        [],
        'no request leaves the machine',
      );
      await page.close();
    });
  }

  for (const { lang, english, script } of languages)
    it(`switches a story to ${english} with the toolbar's language (globals locale:${lang})`, async () => {
      const page = await browser.newPage();
      const errors = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      await page.goto(`${base}/iframe.html?id=elements-stem-cell-faq--default&viewMode=story&globals=locale:${lang}`);
      await page.waitForFunction(
        (source) =>
          new RegExp(source, 'u').test(
            document.querySelector('stem-cell-faq')?.shadowRoot?.querySelector('[role="heading"] button')?.textContent ?? '',
          ),
        `\\p{Script=${script}}`,
        { timeout: 15_000 },
      );
      assert.deepEqual(errors, []);
      await page.close();
    });

  it('shows the exact, versioned embed code with its integrity hash', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/iframe.html?id=docs-embed-code--embed-code&viewMode=story`);
    const integrity = JSON.parse(readFileSync('dist/cdn/integrity.json', 'utf8'));
    const imports = JSON.parse(readFileSync('dist/cdn/imports.json', 'utf8'));
    const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
    await page.waitForFunction(() => document.querySelector('sce-embed-builder')?.shadowRoot?.querySelector('pre code'));
    // Only the FAQ on the page, with one answer open at a time.
    const code = await page.evaluate(async () => {
      const builder = document.querySelector('sce-embed-builder');
      const control = (name) =>
        [...builder.shadowRoot.querySelectorAll('label')].find((l) => l.textContent.trim().startsWith(name)).control;
      control('Keep only one answer open at a time').click();
      for (const tab of ['Procedure steps', 'Dose note']) {
        [...builder.shadowRoot.querySelectorAll('[role="tab"]')].find((t) => t.textContent.trim().startsWith(tab)).click();
        await builder.updateComplete;
        control('Put the').click();
        await builder.updateComplete;
      }
      return builder.shadowRoot.querySelector('pre code').textContent;
    });
    // The FAQ's own file, its shared chunks preloaded, all versioned and with their integrity; then
    // the element with the bundled questions as fallback <details>.
    const script = elementScripts({ version, integrity, imports, tag: 'stem-cell-faq' });
    assert.match(
      script,
      /<link rel="modulepreload" href="https:\/\/cdn\.jsdelivr\.net\/npm\/stem-cell-explainers@[\d.]+\/dist\/cdn\/shared-/,
    );
    assert.ok(code.startsWith(`${script}\n<stem-cell-faq single>\n<details id="what-are-stem-cell-injections">`), code.slice(0, 400));
    assert.ok(code.endsWith('</stem-cell-faq>'), code.slice(-200));
    await page.close();
  });
});
