// The static Storybook builds, lists the stories of all three elements, and renders a story of
// each in headless Chromium. No telemetry, no version check, no network.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { launch } from '../../scripts/chromium.mjs';
import { renderSite } from '../../scripts/build-docs.mjs';
import { serve } from '../../scripts/serve.mjs';
import { elementScripts } from '../../scripts/embed-snippet.mjs';
import { languages } from '../../scripts/languages.mjs';
import { TAGS } from '../../dist/internal/tags.js';

const out = 'storybook-static';
let server, browser, base;

before(async () => {
  renderSite(); // the guides, which the Storybook carries beside it (npm run build-storybook runs npm run docs)
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

/**
 * axe's colour-contrast findings in a story's page. Storybook's accessibility addon runs axe on every
 * story it renders, and axe runs once at a time: wait for the addon's run to end, and again should it
 * start between the wait and ours.
 */
async function contrastProblems(page, selector) {
  for (;;) {
    await page.waitForFunction(() => window.axe && !window.axe._running, null, { timeout: 30_000 });
    try {
      return await page.evaluate(async (root) => {
        const { violations } = await window.axe.run(document.querySelector(root), { runOnly: ['color-contrast'] });
        return violations.flatMap((v) => v.nodes.map((n) => n.target.join(' ')));
      }, selector);
    } catch (e) {
      if (!/Axe is already running/.test(String(e))) throw e;
    }
  }
}

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

  it('links its Documentation page to the guides by relative addresses, which reach them wherever the demo is published', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/iframe.html?id=docs-documentation--docs&viewMode=docs`);
    const found = await page.waitForFunction(() => {
      const links = [...document.querySelectorAll('#storybook-docs a[target="_top"]')].map((a) => a.getAttribute('href'));
      return links.length >= 9 && links;
    });
    const hrefs = await found.jsonValue();
    await page.close();
    // As `npm run demo` serves it, and as a site serving the repository's files under a path of its own would.
    for (const root of ['http://127.0.0.1/', 'https://clinic.example/widgets/']) {
      for (const href of hrefs) {
        const url = new URL(href, `${root}storybook-static/iframe.html`);
        assert.ok(url.href.startsWith(`${root}dist/docs/`), `${href} leaves the demo at ${root}`);
        const name = url.pathname
          .split('/')
          .pop()
          .replace(/\.html$/, '');
        assert.ok(existsSync(name === 'index' ? 'docs/README.md' : `docs/${name}.md`), `${href}: no such guide`);
      }
    }
    // A Storybook built and served on its own (npm run build-storybook, storybook dev) carries the guides.
    for (const href of hrefs) {
      const response = await fetch(new URL(href, `${base}/iframe.html`));
      assert.equal(response.status, 200, `${href} in a Storybook served on its own`);
    }
  });

  const pages = [
    ['elements-stem-cell-faq--search', 'stem-cell-faq', /1 of 9 questions match/],
    ['elements-procedure-steps--current-step', 'procedure-steps', /You are here/],
    ['elements-dose-note--valid-lb', 'dose-note', /By this rule, for 154 lb \(69\.9 kg\): at least 139.8 million cells/],
    ['elements-dose-note--clinic-figure-and-range', 'dose-note', /By this rule, for 80 kg: at least 240 million cells/],
    ['elements-procedure-steps--fallback-markup', 'procedure-steps', /Step 2 of 2: Go home You are here Rest for a day\./],
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

  it('offers each attribute as a control of its kind, parts under their own names: calculator and search are switches, not parts', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/iframe.html?id=elements-dose-note--note-only&viewMode=story`);
    await page.waitForFunction(() => document.querySelector('dose-note')?.shadowRoot);
    const argTypes = await page.evaluate(async () => {
      const kinds = {};
      for (const id of ['elements-dose-note--note-only', 'elements-stem-cell-faq--default', 'elements-procedure-steps--bone-marrow']) {
        const story = await window.__STORYBOOK_PREVIEW__.storyStoreValue.loadStory({ storyId: id });
        for (const [name, type] of Object.entries(story.argTypes))
          kinds[`${id.split('--')[0].slice(9)} ${name}`] = [type.table?.category ?? '', type.control?.type ?? String(type.control)];
      }
      return kinds;
    });
    const expected = {
      'dose-note calculator': ['attributes', 'boolean'],
      'dose-note ::part(calculator)': ['css shadow parts', 'false'],
      'dose-note --sce-color-accent': ['css custom properties', 'false'],
      'dose-note minWeight': ['properties', 'false'],
      'dose-note unit': ['attributes', 'inline-radio'],
      'dose-note weight': ['attributes', 'text'],
      'dose-note min-weight': ['attributes', 'number'],
      'stem-cell-faq search': ['attributes', 'boolean'],
      'stem-cell-faq default': ['slots', 'false'],
      'stem-cell-faq reviewed-by': ['attributes', 'text'],
      'procedure-steps dose-link': ['attributes', 'text'],
      'procedure-steps heading-level': ['attributes', 'select'],
    };
    for (const [name, kind] of Object.entries(expected)) assert.deepEqual(argTypes[name], kind, name);
    assert.equal(argTypes['stem-cell-faq version'], undefined, 'the static version is no instance property');
    await page.close();
  });

  it('takes a story’s args from its address, as a designer shares it: the calculator, a weight and the clinic’s figure', async () => {
    const page = await browser.newPage();
    await page.goto(
      `${base}/iframe.html?id=elements-dose-note--note-only&viewMode=story&args=calculator:!true;weight:80;cells-per-kg:3000000`,
    );
    await page.waitForFunction(
      () => /for 80 kg: at least 240 million cells/.test(document.querySelector('dose-note')?.shadowRoot?.textContent ?? ''),
      null,
      { timeout: 15_000 },
    );
    assert.ok(await page.evaluate(() => document.querySelector('dose-note').shadowRoot.querySelector('#weight')));
    await page.close();
  });

  it('gives no default in its Docs tables as “undefined”: an attribute not set by default reads “not set”', async () => {
    const page = await browser.newPage();
    for (const tag of TAGS) {
      await page.goto(`${base}/iframe.html?id=elements-${tag}--docs&viewMode=docs`);
      const table = page.locator('#storybook-docs table.docblock-argstable').first();
      await table.waitFor({ timeout: 20_000 });
      // Each row: name, description (with its type), default, control.
      const defaults = (await table.locator('tbody tr td:nth-child(3)').allInnerTexts()).map((text) => text.trim());
      assert.ok(defaults.includes('not set'), `<${tag}>: ${defaults.join(' / ')}`);
      assert.ok(!defaults.includes('undefined'), `<${tag}>: ${defaults.join(' / ')}`);
    }
    await page.close();
  });

  it('shows each state on its Docs page as its story does (a typed weight, an emptied field)', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/iframe.html?id=elements-dose-note--docs&viewMode=docs`);
    const shown = (id) => page.locator(`#story--elements-dose-note--${id} dose-note`);
    for (const [id, text] of [
      ['valid-kg', /By this rule, for 70 kg: at least 140 million cells/],
      ['error-empty', /Error: Enter your weight/],
    ])
      await page.waitForFunction(
        ([selector, source]) =>
          new RegExp(source).test(document.querySelector(selector)?.shadowRoot?.textContent.replace(/\s+/g, ' ') ?? ''),
        [`#story--elements-dose-note--${id} dose-note`, text.source],
        { timeout: 20_000 },
      );
    assert.equal(await shown('valid-kg').count(), 1);
    await page.close();
  });

  it('shows each element’s event in the Actions panel, with its detail, as the patient acts', async () => {
    const page = await browser.newPage();
    for (const [id, name, act, detail] of [
      ['stem-cell-faq--default', 'faq-toggle', (el) => el.locator("[role='heading'] button").first().click(), { open: true }],
      [
        'procedure-steps--bone-marrow',
        'steps-toggle',
        (el) => el.locator('li button[aria-expanded]').first().click(),
        { step: 1, open: true },
      ],
      ['dose-note--calculator-empty', 'dose-calculate', (el) => el.locator('#weight').fill('80'), { weightKg: 80, cells: 160_000_000 }],
    ]) {
      await page.goto(`${base}/iframe.html?id=elements-${id}&viewMode=story`);
      const tag = id.split('--')[0];
      await page.waitForFunction((t) => document.querySelector(t)?.shadowRoot?.querySelector('button, input'), tag, { timeout: 15_000 });
      await page.evaluate(() => {
        window.heard = [];
        window.__STORYBOOK_ADDONS_CHANNEL__.on('storybook/actions/action-event', (e) => window.heard.push(e.data));
      });
      await act(page.locator(tag));
      await page.waitForFunction((n) => window.heard.some((e) => e.name === n), name, { timeout: 10_000 });
      // An action called with one argument sends it alone.
      const { name: logged, args: shown } = await page.evaluate((n) => window.heard.find((e) => e.name === n), name);
      assert.equal(logged, name);
      assert.deepEqual({ ...shown, id: undefined }, { ...detail, id: undefined }, `${name} detail`);
    }
    await page.close();
  });

  it('shows an element’s message for the page’s editor in the Actions panel, where a designer sees why a value is refused', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/iframe.html?id=elements-dose-note--calculator-empty&viewMode=story`);
    await page.waitForFunction(() => document.querySelector('dose-note')?.shadowRoot?.querySelector('input'), null, { timeout: 15_000 });
    await page.evaluate(() => {
      window.heard = [];
      window.__STORYBOOK_ADDONS_CHANNEL__.on('storybook/actions/action-event', (e) => window.heard.push(e.data));
    });
    await page.evaluate(() => document.querySelector('dose-note').setAttribute('weight', 'abc'));
    await page.waitForFunction(() => window.heard.some((e) => e.name === 'message for the editor'), null, { timeout: 10_000 });
    const said = await page.evaluate(() => window.heard.filter((e) => e.name === 'message for the editor').map((e) => e.args));
    assert.deepEqual(said, ['<dose-note>: weight="abc" is not allowed; use a number from 30 to 300 (kg). It is ignored.']);
    await page.close();
  });

  it('passes the strings control to each element: a designer’s words show in the canvas', async () => {
    const page = await browser.newPage();
    for (const [id, tag, strings, selector] of [
      ['dose-note--calculator-empty', 'dose-note', { weightLabel: 'Designer weight' }, 'label'],
      ['procedure-steps--bone-marrow', 'procedure-steps', { showAllSteps: 'Designer show' }, '[part="controls"] button'],
    ]) {
      await page.goto(`${base}/iframe.html?id=elements-${id}&viewMode=story`);
      await page.waitForFunction((t) => document.querySelector(t)?.shadowRoot?.querySelector('button, input'), tag, { timeout: 15_000 });
      // As the Controls panel sets an object: the story's args, updated over Storybook's channel.
      await page.evaluate(
        ([storyId, updatedArgs]) => window.__STORYBOOK_ADDONS_CHANNEL__.emit('updateStoryArgs', { storyId, updatedArgs }),
        [`elements-${id}`, { strings }],
      );
      await page.waitForFunction(
        ([t, sel, text]) => document.querySelector(t)?.shadowRoot?.querySelector(sel)?.textContent.includes(text),
        [tag, selector, Object.values(strings)[0]],
        { timeout: 15_000 },
      );
    }
    await page.close();
  });

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

  it('keeps the embed code readable in the toolbar’s dark scheme: the builder draws its own background for its colours', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/iframe.html?id=docs-embed-code--embed-code&viewMode=story&globals=scheme:dark`);
    await page.waitForFunction(() => document.querySelector('sce-embed-builder')?.shadowRoot?.querySelector('pre code'));
    await page.addScriptTag({ path: 'node_modules/axe-core/axe.min.js' });
    assert.deepEqual(await contrastProblems(page, 'sce-embed-builder'), []);
    await page.close();
  });

  it('shows the toolbar’s light scheme with each clinic theme on a computer set to dark, readable', async () => {
    const page = await browser.newPage();
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.addInitScript({ path: 'node_modules/axe-core/axe.min.js' });
    for (const theme of ['default', 'teal clinic', 'navy hospital']) {
      await page.goto(
        `${base}/iframe.html?id=elements-dose-note--valid-kg&viewMode=story&globals=scheme:light;theme:${encodeURIComponent(theme)}`,
      );
      await page.waitForFunction(() => /140 million/.test(document.querySelector('dose-note')?.shadowRoot?.textContent ?? ''), null, {
        timeout: 15_000,
      });
      assert.deepEqual(await contrastProblems(page, '#storybook-root'), [], theme);
    }
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
