// Server-rendered markup (stem-cell-explainers/ssr) in a real page: styled before any script, then
// hydrated by the built bundles without a second render. The markup comes from the built Node entry
// through the test runner (`executeServerCommand('ssr')`, web-test-runner.config.mjs).
import { expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { hydrateScripts, scriptTag } from '../scripts/embed-snippet.mjs';
import { languages } from '../scripts/languages.mjs';
import { clinicNotes } from '../src/content/notes.js';
import { TAGS } from '../src/internal/tags.js';
import { itWhere, press } from './support/engine.js';
import { framedPage } from './support/frame.js';
import { fromCdn } from './support/snippets.js';

/** From the build (scripts/build-data.mjs). */
const { csp, integrity, imports } = __BUILD_DATA__;

type Options = {
  attributes?: Record<string, string | number | boolean>;
  lang?: string;
  content?: unknown;
  nonce?: string;
  strings?: Record<string, string>;
};
type Host = HTMLElement & { updateComplete: Promise<unknown>; hasUpdated: boolean };
type Win = Window &
  typeof globalThis & { axe: { run: (n: Node) => Promise<{ violations: { id: string }[] }> }; litElementVersions?: string[] };

const HYDRATE_CDN = '/dist/cdn/stem-cell-explainers.hydrate.js';
/** The CDN files served byte for byte (/cdn-raw/, web-test-runner.config.mjs), so that the browser checks every integrity. */
const CDN_RAW = new URL('/cdn-raw/', location.href).href;
const HYDRATE_NPM = '/dist/hydrate.js';

async function ssr(tag: string, options: Options = {}) {
  return (await executeServerCommand('ssr', { tag, options })) as { html: string; messages: string[] };
}

/** A page holding server-rendered markup and no script of ours, with a layout-shift record where the engine keeps one. */
async function serverPage(body: string, head = '') {
  const { doc, win, remove } = await framedPage<Win>(
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Clinic</title>${head}
    <script src="/node_modules/axe-core/axe.min.js"></script></head><body><main><h1>Riverside Joint Clinic</h1><h2>For patients</h2>${body}</main></body></html>`,
    { title: 'server-rendered page' },
  );
  const shifts: number[] = [];
  const canShift = win.PerformanceObserver?.supportedEntryTypes?.includes('layout-shift');
  if (canShift)
    new win.PerformanceObserver((list) => list.getEntries().forEach((e) => shifts.push((e as unknown as { value: number }).value))).observe(
      {
        type: 'layout-shift',
        buffered: true,
      },
    );
  // Our elements' console warnings (each names its element); Lit's own dev-mode notice is not one.
  const warnings: string[] = [];
  const warn = win.console.warn;
  win.console.warn = (...args: unknown[]) => {
    const message = args.map(String).join(' ');
    if (message.startsWith('<')) warnings.push(message);
  };
  return {
    doc,
    win,
    shifts,
    warnings,
    /** Loads a hydrating bundle and waits until every element on the page has updated. */
    async hydrate(src = HYDRATE_CDN) {
      const script = doc.createElement('script');
      script.type = 'module';
      script.src = src;
      doc.head.append(script);
      const hosts = () => [...doc.querySelectorAll<Host>(TAGS.join(', '))];
      await waitUntil(() => hosts().every((h) => h.hasUpdated), 'the elements hydrate', { timeout: 10_000 });
      await Promise.all(hosts().map((h) => h.updateComplete));
    },
    async violations() {
      return (await win.axe.run(doc)).violations.map((v) => v.id);
    },
    remove() {
      win.console.warn = warn;
      remove();
    },
  };
}

const questions = (faq: Element) => [...faq.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="question"]')];

/** What each element does once it has taken over its markup: a patient's first action, and what they see. */
const works: Record<string, (host: Host) => Promise<void>> = {
  'stem-cell-faq': async (faq) => {
    const first = questions(faq)[0];
    first.click();
    await faq.updateComplete;
    expect(first.getAttribute('aria-expanded')).to.equal('true');
  },
  'procedure-steps': async (steps) => {
    const show = steps.shadowRoot!.querySelector<HTMLButtonElement>('button[aria-controls="d-0"]')!;
    show.click();
    await steps.updateComplete;
    expect(show.getAttribute('aria-expanded')).to.equal('true');
  },
  'dose-note': async (dose) => {
    const field = dose.shadowRoot!.querySelector<HTMLInputElement>('#weight')!;
    field.value = '70';
    field.dispatchEvent(new Event('input', { bubbles: true }));
    await dose.updateComplete;
    expect(dose.shadowRoot!.querySelector('[part="result"]')!.textContent).to.contain('at least 140 million cells');
  },
};

describe('server-rendered markup', () => {
  describe('before any script', () => {
    it('shows the FAQ styled from its declarative shadow root, with no element defined', async () => {
      const page = await serverPage((await ssr('stem-cell-faq', { lang: 'en' })).html);
      const faq = page.doc.querySelector('stem-cell-faq')!;
      expect(page.win.customElements.get('stem-cell-faq')).to.equal(undefined);
      const first = questions(faq)[0];
      expect(first.textContent!.trim()).to.equal('What are stem cell injections?');
      const style = page.win.getComputedStyle(first);
      expect(style.display).to.equal('flex');
      expect(style.fontWeight).to.equal('600');
      expect(page.win.getComputedStyle(faq).display).to.equal('block');
      // Closed answers are hidden until found, as after the script.
      expect(faq.shadowRoot!.querySelector('[part="answer"]')!.getAttribute('hidden')).to.equal('until-found');
      // The light-DOM fallback is not shown as well: with scripting on, the <noscript> holds only text.
      expect(faq.querySelector('details')!.getClientRects().length).to.equal(0);
      expect(faq.shadowRoot!.querySelector('slot')).to.equal(null);
      page.remove();
    });

    // A browser with JavaScript off builds the declarative shadow roots too, but their buttons, search
    // box and calculator need a script. There the server's <noscript><slot> shows the light-DOM fallback instead.
    it('without JavaScript, shows the light-DOM fallback, whose answers open, with each element’s footer under it (review dates, the clinic’s disclaimer, the content’s version), instead of controls that need a script', async () => {
      const review = { 'last-reviewed': '2026-12-03', 'next-review-due': '2027-12-03', 'reviewed-by': 'Dr A. Rao' };
      const markup = [
        (await ssr('stem-cell-faq', { lang: 'en', attributes: { search: true, ...review } })).html,
        (await ssr('procedure-steps', { lang: 'en', attributes: { current: 3, 'heading-level': 2 } })).html,
        (await ssr('dose-note', { lang: 'en', attributes: { calculator: true } })).html,
      ].join('');
      const { doc, win, remove } = await framedPage(
        `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Clinic</title></head><body><main><h1>Riverside Joint Clinic</h1>${markup}</main></body></html>`,
        { title: 'server-rendered page without JavaScript', scripts: false },
      );
      const shown = (e: Element | null | undefined) => !!e && e.getClientRects().length > 0;
      const [faq, steps, dose] = TAGS.map((tag) => doc.querySelector(tag)!);
      expect(
        TAGS.map((tag) => !!doc.querySelector(tag)!.shadowRoot),
        'declarative shadow roots',
      ).to.deep.equal([true, true, true]);
      // What needs a script is not shown.
      expect(shown(questions(faq)[0]), 'the accordion’s question').to.equal(false);
      expect(shown(faq.shadowRoot!.querySelector('input')), 'the search box').to.equal(false);
      expect(shown(steps.shadowRoot!.querySelector('button')), '“Show details”').to.equal(false);
      expect(shown(dose.shadowRoot!.querySelector('#weight')), 'the calculator').to.equal(false);
      // The fallback is, with its native disclosure.
      const details = faq.querySelector('details')!;
      expect(shown(details.querySelector('summary')) && details.querySelector('summary')!.textContent).to.equal(
        'What are stem cell injections?',
      );
      details.querySelector('summary')!.click();
      expect(details.open && shown(details.querySelector('p')), 'the answer, opened').to.equal(true);
      expect(shown(steps.querySelector('ol li')), 'a step').to.equal(true);
      // The patient's step marked as the element marks it (current="3"), under headings at the element's level.
      const fallbackSteps = [...steps.querySelectorAll('ol > li')];
      expect(
        fallbackSteps.map((li) => li.querySelector(':scope > h2 + p[data-step-state]')?.textContent ?? ''),
        'the marks under the steps’ level-2 headings',
      ).to.deep.equal([...steps.shadowRoot!.querySelectorAll('.step')].map((step) => step.querySelector('.badge')?.textContent ?? ''));
      expect(fallbackSteps.map((li) => li.getAttribute('aria-current'))).to.deep.equal([null, null, 'step', null]);
      expect(shown(fallbackSteps[2].querySelector('[data-step-state]')), '“You are here”, shown').to.equal(true);
      expect(shown(dose.querySelector('p')) && dose.querySelector('[data-cells]')!.textContent).to.equal('2 million');
      // The fallback ends with the lines of the element's footer, word for word as the element shows
      // them: the FAQ's review dates and reviewer, the clinic's disclaimer, the content's version.
      for (const host of [faq, steps, dose]) {
        const footer = [...host.shadowRoot!.querySelectorAll('[part="footer"] > p')].map((p) => p.textContent!.trim());
        const lines = [...host.querySelectorAll(':scope > p')].slice(-footer.length);
        expect(lines.every(shown), `<${host.localName}>’s footer lines, shown`).to.equal(true);
        expect(
          lines.map((p) => p.textContent),
          `<${host.localName}>’s footer`,
        ).to.deep.equal(footer);
        expect(footer, `<${host.localName}>’s footer`).to.include(clinicNotes.disclaimer);
      }
      expect([...faq.querySelectorAll(':scope > p')].map((p) => p.textContent).slice(0, 2)).to.deep.equal([
        'Page last reviewed: December 3, 2026 · Next review due: December 3, 2027',
        'Reviewed by: Dr A. Rao',
      ]);
      expect(win.customElements.get('stem-cell-faq')).to.equal(undefined);
      remove();
    });

    it('passes axe', async () => {
      const page = await serverPage(
        [(await ssr('stem-cell-faq', { lang: 'en' })).html, (await ssr('procedure-steps')).html, (await ssr('dose-note')).html].join(''),
      );
      expect(await page.violations()).to.deep.equal([]);
      page.remove();
    });
  });

  describe('hydration', () => {
    it('waits, in another language, for its own part of it: another element’s part is not enough', async () => {
      const markup = (await ssr('dose-note', { lang: 'hi' })).html + (await ssr('stem-cell-faq', { lang: 'hi' })).html;
      // The FAQ's part comes late, as on a slow connection (`?slow`, web-test-runner.config.mjs).
      const { doc, win, remove } = await framedPage<Window & typeof globalThis & { warnings: string[] }>(
        `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Clinic</title>
        <script>
          window.warnings = [];
          const warn = console.warn.bind(console);
          console.warn = (...args) => { warnings.push(args.join(' ')); warn(...args); };
        </script>
        <script type="module" src="/cdn-raw/stem-cell-explainers.hydrate.js"></script>
        <script type="module" src="/cdn-raw/locale-hi-dose-note.js"></script>
        <script type="module" src="/cdn-raw/locale-hi-stem-cell-faq.js?slow"></script>
        </head><body>${markup}</body></html>`,
      );
      const hosts = [...doc.querySelectorAll<Host>('dose-note, stem-cell-faq')];
      await waitUntil(() => hosts.every((h) => h.hasUpdated), 'both elements hydrate', { timeout: 10_000 });
      await Promise.all(hosts.map((h) => h.updateComplete));
      // Each took over the server's Hindi as it was: no second render, no English in between.
      expect(win.warnings.filter((w) => w.startsWith('<'))).to.deep.equal([]);
      expect(questions(hosts[1])[0].textContent).to.match(/[\u0900-\u097F]/);
      remove();
    });

    for (const [route, src] of [
      ['the CDN hydrate bundle', HYDRATE_CDN],
      ['the npm entry stem-cell-explainers/hydrate', HYDRATE_NPM],
    ])
      it(`keeps the very same nodes, with nothing duplicated, through ${route}`, async () => {
        const page = await serverPage((await ssr('stem-cell-faq', { lang: 'en', attributes: { search: true } })).html);
        const faq = page.doc.querySelector<Host>('stem-cell-faq')!;
        const first = questions(faq)[0];
        const entries = [...faq.shadowRoot!.querySelectorAll('[part="item"]')];
        await page.hydrate(src);
        expect(faq.shadowRoot!.contains(first), 'the first question button is the server’s node').to.equal(true);
        expect([...faq.shadowRoot!.querySelectorAll('[part="item"]')], 'every entry is the server’s node').to.have.ordered.members(entries);
        expect(questions(faq)).to.have.length(9);
        expect(faq.shadowRoot!.querySelectorAll('[part="controls"]')).to.have.length(1);
        expect(faq.shadowRoot!.querySelectorAll('style')).to.have.length(1);
        expect(faq.shadowRoot!.querySelectorAll('input[type="search"]')).to.have.length(1);
        expect(page.warnings).to.deep.equal([]);
        page.remove();
      });

    it('shows one copy, and says why, when a bundler evaluated Lit before its hydrate support (Vite’s dev server, esbuild’s splitting)', async () => {
      const page = await serverPage((await ssr('stem-cell-faq', { lang: 'en', attributes: { search: true } })).html);
      const faq = page.doc.querySelector<Host>('stem-cell-faq')!;
      // lit-element first (a chunk that imports it, evaluated before the entry), then the npm hydrate entry.
      const origin = location.origin;
      const chunkOrder = URL.createObjectURL(
        new Blob([`import '${origin}/dist/internal/explainer-element.js';\nimport '${origin}${HYDRATE_NPM}';`], {
          type: 'text/javascript',
        }),
      );
      await page.hydrate(chunkOrder);
      URL.revokeObjectURL(chunkOrder);
      expect(questions(faq)).to.have.length(9);
      expect(faq.shadowRoot!.querySelectorAll('[part="controls"]')).to.have.length(1);
      expect(faq.shadowRoot!.querySelectorAll('input[type="search"]')).to.have.length(1);
      expect(page.warnings.join('\n')).to.contain('<stem-cell-faq>: Lit was loaded before its hydrate support');
      page.remove();
    });

    it('shows one copy when a bundle without hydration meets the markup', async () => {
      const page = await serverPage((await ssr('stem-cell-faq', { lang: 'en' })).html);
      const faq = page.doc.querySelector<Host>('stem-cell-faq')!;
      await page.hydrate('/dist/cdn/stem-cell-explainers.js');
      expect(questions(faq)).to.have.length(9);
      expect(faq.shadowRoot!.querySelectorAll('[part="controls"]')).to.have.length(1);
      expect(page.win.getComputedStyle(questions(faq)[0]).fontWeight).to.equal('600');
      page.remove();
    });

    it('opens and closes answers by click and keyboard after hydration', async () => {
      const page = await serverPage((await ssr('stem-cell-faq', { lang: 'en' })).html);
      const faq = page.doc.querySelector<Host>('stem-cell-faq')!;
      const [first, second] = questions(faq);
      await page.hydrate();
      first.click();
      await faq.updateComplete;
      expect(first.getAttribute('aria-expanded')).to.equal('true');
      expect(faq.shadowRoot!.getElementById(first.getAttribute('aria-controls')!)!.hasAttribute('hidden')).to.equal(false);
      page.win.focus();
      first.focus();
      await press('ArrowDown');
      expect(faq.shadowRoot!.activeElement).to.equal(second);
      await press('Enter');
      await faq.updateComplete;
      expect(second.getAttribute('aria-expanded')).to.equal('true');
      await press('Enter');
      await faq.updateComplete;
      expect(second.getAttribute('aria-expanded')).to.equal('false');
      expect(faq.shadowRoot!.getElementById(second.getAttribute('aria-controls')!)!.getAttribute('hidden')).to.equal('until-found');
      page.remove();
    });

    it('hydrates the steps, the patient’s step marked, and the dose calculator, which then work', async () => {
      const page = await serverPage(
        (await ssr('procedure-steps', { lang: 'en', attributes: { current: 2 } })).html +
          (await ssr('dose-note', { lang: 'en', attributes: { calculator: true } })).html,
      );
      const steps = page.doc.querySelector<Host>('procedure-steps')!;
      const dose = page.doc.querySelector<Host>('dose-note')!;
      const show = steps.shadowRoot!.querySelector<HTMLButtonElement>('button[aria-controls="d-0"]')!;
      const field = dose.shadowRoot!.querySelector<HTMLInputElement>('#weight')!;
      const here = steps.shadowRoot!.querySelector('[aria-current="step"]');
      await page.hydrate();
      expect(steps.shadowRoot!.contains(show) && dose.shadowRoot!.contains(field)).to.equal(true);
      expect(here?.querySelector('.badge')?.textContent, 'the patient’s step').to.equal('You are here');
      expect(steps.shadowRoot!.querySelector('[aria-current="step"]') === here, 'the patient’s step, the same node, hydrated').to.equal(
        true,
      );
      show.click();
      await steps.updateComplete;
      expect(show.getAttribute('aria-expanded')).to.equal('true');
      field.value = '70';
      field.dispatchEvent(new page.win.Event('input', { bubbles: true }));
      await dose.updateComplete;
      expect(dose.shadowRoot!.querySelector('[part="result"]')!.textContent).to.contain('at least 140 million cells');
      expect(page.warnings).to.deep.equal([]);
      page.remove();
    });

    // The .dsd.html snippets: the element's markup, the script tag of its own hydrate file and the
    // preloads of its chunks, each with its integrity, served byte for byte (/cdn-raw/,
    // web-test-runner.config.mjs) so that the browser checks it.
    for (const tag of TAGS)
      it(`hydrates <${tag}> with ${tag}.hydrate.js and its chunks, as its .dsd.html snippet loads them, keeping the server’s nodes`, async () => {
        const scripts = hydrateScripts({ version: 'local', integrity, imports, tag, base: CDN_RAW });
        const markup = (await ssr(tag, { lang: 'en', attributes: tag === 'dose-note' ? { calculator: true } : {} })).html;
        const page = await serverPage(`${scripts}${markup}`);
        const host = page.doc.querySelector<Host>(tag)!;
        const nodes = [...host.shadowRoot!.querySelectorAll('*')];
        await waitUntil(() => host.hasUpdated, 'the element hydrates', { timeout: 10_000 });
        await host.updateComplete;
        expect([...host.shadowRoot!.querySelectorAll('*')], 'every node is the server’s').to.have.ordered.members(nodes);
        await works[tag](host);
        const loaded = page.win.performance
          .getEntriesByType('resource')
          .map((e) => e.name)
          .filter((name) => name.startsWith(CDN_RAW));
        const named = [...scripts.matchAll(/href="([^"]+)"|src="([^"]+)"/g)].map((m) => m[1] ?? m[2]);
        expect(loaded.sort(), 'the snippet’s files, and only those').to.deep.equal(named.sort());
        expect(named.filter((f) => f.endsWith('.hydrate.js'))).to.deep.equal([`${CDN_RAW}${tag}.hydrate.js`]);
        expect(
          TAGS.filter((other) => page.win.customElements.get(other)),
          'no other element',
        ).to.deep.equal([tag]);
        expect(page.warnings).to.deep.equal([]);
        page.remove();
      });

    // The same in each other language (dist/snippets/<lang>/): the element's part of the language, then
    // its hydrate file. The CDN address is this server's /cdn-raw/, so the integrity is checked.
    for (const { lang, english, script } of languages)
      it(`hydrates each element’s ${english} .dsd.html snippet as the server wrote it, in ${english}, with one copy of Lit`, async () => {
        const letters = new RegExp(`\\p{Script=${script}}`, 'u');
        for (const tag of TAGS) {
          const snippet = fromCdn(await (await fetch(`/dist/snippets/${lang}/${tag}.dsd.html`)).text(), CDN_RAW);
          const page = await serverPage(snippet);
          const host = page.doc.querySelector<Host>(tag)!;
          expect(host.lang).to.equal(lang);
          const nodes = [...host.shadowRoot!.querySelectorAll('*')];
          await waitUntil(() => host.hasUpdated, `<${tag}> hydrates`, { timeout: 10_000 });
          await host.updateComplete;
          expect([...host.shadowRoot!.querySelectorAll('*')], `<${tag}>: every node is the server’s`).to.have.ordered.members(nodes);
          expect(host.shadowRoot!.querySelector('button, [role="heading"]')!.textContent, tag).to.match(letters);
          expect(page.warnings, tag).to.deep.equal([]);
          expect(page.win.litElementVersions, `<${tag}>: copies of Lit`).to.have.length(1);
          const named = [...snippet.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]).sort();
          const loaded = page.win.performance
            .getEntriesByType('resource')
            .map((e) => e.name)
            .filter((name) => name.startsWith(CDN_RAW));
          expect(loaded.sort(), `<${tag}>: the snippet’s files, no other`).to.deep.equal(named);
          expect(TAGS.filter((other) => page.win.customElements.get(other))).to.deep.equal([tag]);
          page.remove();
        }
      });

    it('passes axe after hydration', async () => {
      const page = await serverPage(
        [(await ssr('stem-cell-faq', { lang: 'en' })).html, (await ssr('procedure-steps')).html, (await ssr('dose-note')).html].join(''),
      );
      await page.hydrate();
      expect(await page.violations()).to.deep.equal([]);
      page.remove();
    });

    itWhere(
      typeof PerformanceObserver !== 'undefined' && PerformanceObserver.supportedEntryTypes.includes('layout-shift'),
      'only Chromium reports layout shifts',
      'shifts nothing on the page when it hydrates',
      async () => {
        const page = await serverPage(`${(await ssr('stem-cell-faq', { lang: 'en' })).html}<p id="after">After the FAQ</p>`);
        const after = page.doc.getElementById('after')!;
        const top = after.getBoundingClientRect().top;
        await page.hydrate();
        await new Promise((resolve) => page.win.requestAnimationFrame(() => page.win.requestAnimationFrame(resolve)));
        expect(after.getBoundingClientRect().top).to.equal(top);
        expect(page.shifts.reduce((a, b) => a + b, 0)).to.equal(0);
        page.remove();
      },
    );

    it('tells the developer which language file the page left out, when the server wrote another language', async () => {
      const page = await serverPage((await ssr('dose-note', { lang: 'hi' })).html);
      await page.hydrate();
      expect(page.warnings.join('\n')).to.contain(
        '<dose-note>: the server wrote it in "hi", and this page has not loaded dose-note\'s part of that language: load locale-hi.js (or locale-hi-dose-note.js, beside the element\'s own file) before the hydrate file',
      );
      page.remove();
    });

    it('shows the page’s own dose figure when the server did not know it, and tells the developer', async () => {
      const page = await serverPage(`<div data-cells-per-kg="3000000">${(await ssr('dose-note', { lang: 'en' })).html}</div>`);
      const dose = page.doc.querySelector<Host>('dose-note')!;
      expect(dose.shadowRoot!.textContent).to.contain('2 million');
      await page.hydrate();
      const text = dose.shadowRoot!.textContent!;
      expect(text).to.contain('3 million');
      expect(text).not.to.contain('2 million');
      expect(dose.shadowRoot!.querySelectorAll('[part="callout"]')).to.have.length(1);
      expect(page.warnings.join('\n')).to.match(/<dose-note>: the server-rendered markup differs from what this page shows/);
      page.remove();
    });

    it('keeps a developer’s strings from the server when the page gives the element the same before hydrating; else renders afresh in its own words, and says so', async () => {
      const strings = { showAll: 'Open every answer', reviewedBy: 'Checked by {name}' };
      const options = { lang: 'en', attributes: { 'reviewed-by': 'Dr A. Rao', 'last-reviewed': '2026-12-03' }, strings };
      for (const same of [true, false]) {
        const page = await serverPage((await ssr('stem-cell-faq', options)).html);
        const faq = page.doc.querySelector<Host & { strings?: object }>('stem-cell-faq')!;
        const footer = () => faq.shadowRoot!.querySelector('[part="footer"]')!.textContent!.replace(/\s+/g, ' ');
        expect(footer()).to.contain('Checked by Dr A. Rao');
        const first = questions(faq)[0];
        // Set before the element is defined, as a page script before the hydrate file would.
        if (same) faq.strings = { ...strings };
        await page.hydrate();
        if (same) {
          expect(faq.shadowRoot!.contains(first), 'the server’s nodes are kept').to.equal(true);
          expect(footer()).to.contain('Checked by Dr A. Rao');
          expect(faq.shadowRoot!.textContent).to.contain('Open every answer');
          expect(page.warnings).to.deep.equal([]);
        } else {
          expect(footer()).to.contain('Reviewed by: Dr A. Rao');
          expect(faq.shadowRoot!.textContent).not.to.contain('Open every answer');
          expect(page.warnings.join('\n')).to.match(/<stem-cell-faq>: the server-rendered markup differs from what this page shows/);
        }
        page.remove();
      }
    });

    it('shows the editor’s own questions from the server, as text', async () => {
      const content = [{ id: 'parking', question: '<img src=x onerror=alert(1)> Where can I park?', answer: ['Use the car park.'] }];
      const page = await serverPage((await ssr('stem-cell-faq', { lang: 'en', content })).html);
      const faq = page.doc.querySelector<Host>('stem-cell-faq')!;
      await page.hydrate();
      expect(questions(faq).map((q) => q.textContent!.trim())).to.deep.equal(['<img src=x onerror=alert(1)> Where can I park?']);
      expect(faq.shadowRoot!.querySelector('img')).to.equal(null);
      expect(page.doc.querySelector('img')).to.equal(null);
      expect(page.warnings).to.deep.equal([]);
      page.remove();
    });
  });

  describe('under a strict CSP', () => {
    it('styles the markup with the published hashes, and not without them', async () => {
      const markup = (await ssr('stem-cell-faq', { lang: 'en' })).html;
      const policy = (styles: string) =>
        `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self'; style-src ${styles}">`;
      const allowed = await serverPage(markup, policy(csp['style-src'].join(' ')));
      const refused = await serverPage(markup, policy("'self'"));
      const weight = (page: typeof allowed) => page.win.getComputedStyle(questions(page.doc.querySelector('stem-cell-faq')!)[0]).fontWeight;
      expect(weight(allowed)).to.equal('600');
      expect(weight(refused)).not.to.equal('600');
      allowed.remove();
      refused.remove();
    });

    it('styles the markup once hydrated where the policy refuses its inline style (no hash, no nonce)', async () => {
      // The test server's origin by name: Firefox does not count it as 'self' in an iframe's srcdoc.
      const markup = (await ssr('stem-cell-faq', { lang: 'en' })).html;
      const page = await serverPage(
        markup,
        `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src ${location.origin}; style-src 'self'">`,
      );
      const faq = page.doc.querySelector('stem-cell-faq')!;
      const weight = () => page.win.getComputedStyle(questions(faq)[0]).fontWeight;
      expect(weight(), 'unstyled before the script').not.to.equal('600');
      const first = questions(faq)[0];
      await page.hydrate();
      expect(weight(), 'styled by adopted style sheets').to.equal('600');
      expect(questions(faq)[0], 'the same nodes').to.equal(first);
      page.remove();
    });

    // docs/security.md's policy, with the style hashes of dist/ssr/csp.json (the origin by name, as above),
    // and a file that records every violation from the start (test/support/csp-violations.js).
    const policyWith = (trustedTypes: string) =>
      `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src ${location.origin}; style-src ${csp['style-src'].join(' ')}; require-trusted-types-for 'script'; trusted-types ${trustedTypes}"><script src="/test/support/csp-violations.js"></script>`;
    const documentedPolicy = policyWith('lit-html stem-cell-explainers');
    const violations = (page: { win: Window }) => (page.win as unknown as { __violations: string[] }).__violations;
    /** A snippet of dist/snippets/ as pasted, from this server's /cdn-raw/ (so every integrity is checked). */
    const pasted = async (file: string) => fromCdn(await (await fetch(`/dist/snippets/${file}`)).text(), CDN_RAW);

    it('hydrates two elements’ .dsd.html snippets on one page with one copy of Lit, under the documented policy with Trusted Types', async () => {
      const page = await serverPage((await pasted('dose-note.dsd.html')) + (await pasted('procedure-steps.dsd.html')), documentedPolicy);
      const [dose, steps] = ['dose-note', 'procedure-steps'].map((tag) => page.doc.querySelector<Host>(tag)!);
      await waitUntil(() => dose.hasUpdated && steps.hasUpdated, 'both elements hydrate', { timeout: 10_000 });
      await works['procedure-steps'](steps);
      expect(page.win.litElementVersions, 'copies of Lit').to.have.length(1);
      expect(page.warnings).to.deep.equal([]);
      page.remove();
    });

    // One element server-rendered (its .dsd.html snippet), another pasted as a light snippet: two
    // families of files, so two copies of Lit (docs/embedding.md, Loaded twice). With the hydrate file
    // first, its hydrate support (globalThis.litElementHydrateSupport, which every LitElement loaded
    // later takes up) renders for both copies with its own lit-html: one policy, the documented one holds.
    // With the light snippet first, each copy renders for itself and needs a policy of its own:
    // 'allow-duplicates' (docs/security.md).
    for (const [order, files, trustedTypes] of [
      [
        'the .dsd.html snippet first, under the documented policy',
        ['procedure-steps.dsd.html', 'dose-note.html'],
        'lit-html stem-cell-explainers',
      ],
      [
        "the light snippet first, under the documented policy with 'allow-duplicates'",
        ['dose-note.html', 'procedure-steps.dsd.html'],
        "lit-html stem-cell-explainers 'allow-duplicates'",
      ],
    ] as const)
      it(`keeps both elements working when one’s .dsd.html snippet and another’s light snippet share a page: ${order}`, async () => {
        const snippets = await Promise.all(files.map(pasted));
        const page = await serverPage(snippets.join('').replace('<dose-note', '<dose-note calculator'), policyWith(trustedTypes));
        const [steps, dose] = ['procedure-steps', 'dose-note'].map((tag) => page.doc.querySelector<Host>(tag)!);
        await waitUntil(() => steps.hasUpdated && dose.hasUpdated, 'both elements take over their markup', { timeout: 10_000 });
        await works['procedure-steps'](steps);
        await works['dose-note'](dose);
        expect(violations(page)).to.deep.equal([]);
        expect(page.warnings).to.deep.equal([]);
        page.remove();
      });

    // Two copies whose elements one of them defines (the all-in-one file beside the dose note's own
    // snippet): the copy that defines nothing renders nothing, so it asks for no policy of its own.
    it('asks for Lit’s policy once when a second copy of the elements defines nothing, under the documented policy', async () => {
      const page = await serverPage(
        scriptTag({ version: 'local', integrity, base: CDN_RAW }) +
          (await pasted('dose-note.html')).replace('<dose-note', '<dose-note calculator'),
        documentedPolicy,
      );
      const dose = page.doc.querySelector<Host>('dose-note')!;
      await waitUntil(() => dose.hasUpdated, 'the dose note takes over', { timeout: 10_000 });
      await works['dose-note'](dose);
      expect(page.win.litElementVersions, 'two copies of Lit on the page').to.have.length(2);
      expect(violations(page), 'no policy refused').to.deep.equal([]);
      page.remove();
    });

    it('styles the markup by the page’s nonce', async () => {
      const markup = (await ssr('stem-cell-faq', { lang: 'en', nonce: 'r4nd0m' })).html;
      const page = await serverPage(
        markup,
        `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self'; style-src 'nonce-r4nd0m'">`,
      );
      expect(page.win.getComputedStyle(questions(page.doc.querySelector('stem-cell-faq')!)[0]).fontWeight).to.equal('600');
      page.remove();
    });
  });
});
