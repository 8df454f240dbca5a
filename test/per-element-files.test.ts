// The per-element CDN files (dist/cdn/<tag>.js): a page loads only the elements it uses, Lit and the
// shared code load once however many elements it uses, and every file, shared chunks included, is
// checked against its published integrity.
import { expect, waitUntil } from '@open-wc/testing';
import {
  allInOneTextFiles,
  elementScripts,
  englishTextFile,
  hydrateScripts,
  pageFiles,
  placeholderScript,
  scriptTag,
} from '../scripts/embed-snippet.mjs';
import { engine, itWhere } from './support/engine.js';
import { framedPage } from './support/frame.js';
import { defaultStrings } from '../src/content/strings.js';
import { TAGS } from '../src/internal/tags.js';
import { languages } from '../scripts/languages.mjs';
import { fromCdn } from './support/snippets.js';

/** From the build (scripts/build-data.mjs). */
const { integrity, imports } = __BUILD_DATA__;

// Served byte for byte (see web-test-runner.config.mjs), so the browser checks every integrity.
const base = new URL('/cdn-raw/', location.href).href;
// Bare tags: with a language, each element's text in it too (the snippets carry theirs in the HTML).
const scripts = (tag: string, hindi = false) => elementScripts({ version: 'local', integrity, imports, tag, hindi, text: true, base });
/** The placeholder file (dist/cdn/placeholders.js), which pages with placeholders load beside the elements' files. */
const placeholders = placeholderScript({ version: 'local', integrity, base });
/** `registerLocale` from its own file, as docs/languages.md shows it: the file preloaded with its integrity, then imported. */
const registerGujarati = `<link rel="modulepreload" href="${base}register-locale.js" integrity="${integrity['register-locale.js']}" crossorigin="anonymous">
<script type="module">
  import { registerLocale } from '${base}register-locale.js';
  registerLocale('gu', { strings: { showAll: 'બધું બતાવો', hideAll: 'બધું છુપાવો' } });
</script>`;

interface Page {
  doc: Document;
  win: Window & typeof globalThis & { litElementVersions?: string[] };
  errors: string[];
  warnings: string[];
  remove: () => void;
}

/** A page of its own (an iframe), with the given markup in its body, loaded as a browser loads a CMS page. */
async function page(body: string, lang = 'en'): Promise<Page> {
  // The console is watched before any script of the page runs.
  const { doc, win, remove } = await framedPage<Page['win']>(
    `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><script>
    window.__messages = { errors: [], warnings: [] };
    const e = console.error.bind(console), w = console.warn.bind(console);
    console.error = (...a) => { window.__messages.errors.push(a.join(' ')); e(...a); };
    console.warn = (...a) => { window.__messages.warnings.push(a.join(' ')); w(...a); };
    </script></head><body>${body}</body></html>`,
    { width: 480 },
  );
  const { errors, warnings } = (win as unknown as { __messages: { errors: string[]; warnings: string[] } }).__messages;
  return { doc, win, errors, warnings, remove };
}

const shadowText = (el: Element | null) => (el?.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');
/** Bare tags of all three elements, in the order a page has them (the steps above the dose note, the FAQ below). */
const BARE_ORDER = ['procedure-steps', 'dose-note', 'stem-cell-faq'];
/** A page's bare tags, then its module script: `imports` (statements), then a note of each element's first render as it completes, and what it showed. */
const bareTagsNoted = (imports = '') => `${BARE_ORDER.map((tag) => `<${tag}></${tag}>`).join('')}
  <script type="module">
    ${imports}
    window.__rendered = [];
    for (const el of document.querySelectorAll(${JSON.stringify(BARE_ORDER.join(','))}))
      el.updateComplete.then(() => window.__rendered.push([el.localName, el.shadowRoot.textContent]));
  </script>`;
/** Every bare tag rendered in the page's order, none after the one below it (so none moves another), each with its English text. */
async function expectRenderedInOrder(p: Page): Promise<void> {
  const rendered = () => (p.win as unknown as { __rendered?: [string, string][] }).__rendered ?? [];
  await waitUntil(() => rendered().length === BARE_ORDER.length, 'every element has rendered', { timeout: 10_000 });
  expect(rendered().map(([tag]) => tag)).to.deep.equal(BARE_ORDER);
  const [steps, dose, faq] = rendered().map(([, text]) => text.replace(/\s+/g, ' '));
  expect(steps, 'the steps').to.contain('centrifug');
  expect(dose, 'the dose note').to.contain('2 million');
  expect(faq, 'the FAQ').to.contain('What are stem cell injections?');
  expect(p.errors).to.deep.equal([]);
}
const loadedFiles = (p: Page) =>
  p.win.performance
    .getEntriesByType('resource')
    .map((e) => e.name)
    .filter((name) => name.startsWith(base))
    .map((name) => name.slice(base.length));

describe('per-element CDN files', () => {
  it('gives a page with only the dose note the dose note, without downloading the FAQ or the steps', async () => {
    const p = await page(`${scripts('dose-note')}<dose-note calculator></dose-note>`);
    await waitUntil(() => p.win.customElements.get('dose-note'), 'the dose note is defined', { timeout: 10_000 });
    const dose = p.doc.querySelector('dose-note')!;
    await waitUntil(() => shadowText(dose).includes('2 million'), 'the dose note shows the rule');
    expect(p.win.customElements.get('stem-cell-faq'), 'no FAQ').to.equal(undefined);
    expect(p.win.customElements.get('procedure-steps'), 'no steps').to.equal(undefined);
    const files = loadedFiles(p);
    expect(files).to.include('dose-note.js');
    expect(files.filter((f) => /^(stem-cell-faq|procedure-steps|stem-cell-explainers)/.test(f))).to.deep.equal([]);
    expect(
      files.filter((f) => f.startsWith('shared-lists')),
      'the FAQ and steps’ shared code',
    ).to.deep.equal([]);
    expect(p.errors).to.deep.equal([]);
    p.remove();
  });

  it('loads Lit and the shared code once for two elements on one page', async () => {
    const p = await page(
      `${scripts('stem-cell-faq')}${scripts('procedure-steps')}<stem-cell-faq></stem-cell-faq><procedure-steps></procedure-steps>`,
    );
    await waitUntil(() => p.win.customElements.get('stem-cell-faq') && p.win.customElements.get('procedure-steps'), 'both defined', {
      timeout: 10_000,
    });
    const faq = p.doc.querySelector('stem-cell-faq')!;
    await waitUntil(() => faq.shadowRoot?.querySelectorAll('[part="question"]').length === 9, 'the nine questions');
    await waitUntil(() => shadowText(p.doc.querySelector('procedure-steps')).includes('centrifug'), 'the steps');
    expect(p.win.litElementVersions, 'one copy of Lit on the page').to.have.length(1);
    const files = loadedFiles(p);
    for (const chunk of imports['stem-cell-faq.js'])
      expect(
        files.filter((f) => f === chunk),
        chunk,
      ).to.have.length(1);
    expect(p.errors).to.deep.equal([]);
    p.remove();
  });

  for (const [tag, shown] of [
    ['stem-cell-faq', 'What are stem cell injections?'],
    ['procedure-steps', 'centrifug'],
  ] as const)
    it(`loads <${tag}>’s English text only for a bare tag, checked by its integrity; its snippet, whose HTML holds the text, never loads it`, async () => {
      const textFile = englishTextFile(integrity, tag)!;
      expect(scripts(tag), 'the code for a bare tag loads the text with its integrity').to.contain(
        `${textFile}" integrity="${integrity[textFile as keyof typeof integrity]}"`,
      );
      const bare = await page(`${scripts(tag)}<${tag}></${tag}>`);
      await waitUntil(() => shadowText(bare.doc.querySelector(tag)).includes(shown), 'the bare tag shows the English text', {
        timeout: 10_000,
      });
      expect(loadedFiles(bare)).to.include(textFile);
      expect(bare.errors).to.deep.equal([]);
      bare.remove();
      const p = await page(fromCdn(await (await fetch(`/dist/snippets/${tag}.html`)).text(), base));
      await waitUntil(() => p.win.customElements.get(tag), `<${tag}> is defined`, { timeout: 10_000 });
      const el = p.doc.querySelector(tag) as HTMLElement & { updateComplete: Promise<unknown> };
      await el.updateComplete;
      expect(shadowText(el), 'the snippet’s own text').to.contain(shown);
      expect(
        loadedFiles(p).filter((f) => f.startsWith('text-en-')),
        'no English text file',
      ).to.deep.equal([]);
      expect(p.errors).to.deep.equal([]);
      p.remove();
    });

  it('renders bare tags of all three elements with their English text in the order of the page, none after the one below it, so none moves another on the screen', async () => {
    const p = await page(
      `${elementScripts({ version: 'local', integrity, imports, tag: BARE_ORDER, text: true, base })}${bareTagsNoted()}`,
    );
    await expectRenderedInOrder(p);
    p.remove();
  });

  it('shows all three elements’ text from their markup with the all-in-one module, which loads no English text file', async () => {
    // The markup of each element's snippet, as the builder gives a page with all three, with the all-in-one module.
    const markup = await Promise.all(
      TAGS.map(async (tag) => {
        const snippet = new DOMParser().parseFromString(await (await fetch(`/dist/snippets/${tag}.html`)).text(), 'text/html');
        return snippet.querySelector(tag)!.outerHTML;
      }),
    );
    const p = await page(`${scriptTag({ version: 'local', integrity, file: 'stem-cell-explainers.js', base })}${markup.join('')}`);
    await waitUntil(() => TAGS.every((tag) => p.win.customElements.get(tag)), 'all three defined', { timeout: 10_000 });
    const shown = async (tag: string) => {
      const el = p.doc.querySelector(tag) as HTMLElement & { updateComplete: Promise<unknown> };
      await el.updateComplete;
      return shadowText(el);
    };
    expect(await shown('stem-cell-faq')).to.contain('What are stem cell injections?');
    expect(await shown('procedure-steps')).to.contain('centrifug');
    expect(await shown('dose-note')).to.contain('bare minimum');
    expect(loadedFiles(p), 'the all-in-one file alone').to.deep.equal(['stem-cell-explainers.js']);
    expect(p.errors).to.deep.equal([]);
    p.remove();
  });

  it('renders bare tags of all three elements with their English text in the order of the page from the all-in-one module and its text files, as docs/embedding.md gives them', async () => {
    const p = await page(
      `${elementScripts({ version: 'local', integrity, imports, tag: BARE_ORDER, allInOne: true, text: true, base })}${bareTagsNoted()}`,
    );
    await expectRenderedInOrder(p);
    expect(loadedFiles(p).sort()).to.deep.equal(
      ['stem-cell-explainers.js', ...allInOneTextFiles(integrity, 'stem-cell-explainers.js')].sort(),
    );
    p.remove();
  });

  describe('files an element imports itself, when the page did not load them', () => {
    /** The FAQ as a CMS that mangled its snippet leaves it: its structured data asked for, its questions gone. */
    const mangledFaq = '<stem-cell-faq structured-data><p>Ask us about stem cells.</p></stem-cell-faq>';
    const fileStarting = (prefix: string) => Object.keys(integrity).find((f) => f.startsWith(prefix))!;
    // Each road's scripts for the FAQ, without the English text or the JSON-LD file, from `from` (a
    // route of web-test-runner.config.mjs); the files the FAQ then imports itself.
    for (const { road, scriptsFrom, imported } of [
      {
        road: 'its per-element file',
        scriptsFrom: (from: string) =>
          elementScripts({ version: 'local', integrity, imports, tag: 'stem-cell-faq', base: new URL(from, location.href).href }),
        imported: [fileStarting('text-en-stem-cell-faq-'), 'structured-data.js'],
      },
      {
        road: 'the all-in-one module (the JSON-LD inside)',
        scriptsFrom: (from: string) =>
          scriptTag({ version: 'local', integrity, file: 'stem-cell-explainers.js', base: new URL(from, location.href).href }),
        imported: [fileStarting('stem-cell-explainers-text-en-stem-cell-faq-')],
      },
      {
        road: 'its hydrate file (server-rendered markup, the JSON-LD inside)',
        scriptsFrom: (from: string) =>
          hydrateScripts({ version: 'local', integrity, imports, tag: 'stem-cell-faq', base: new URL(from, location.href).href }),
        imported: [fileStarting('hydrate-text-en-stem-cell-faq-')],
      },
    ]) {
      it(`imports ${imported.join(' and ')} from ${road}, checked against the integrity that file holds, and leaves no tag of its own behind`, async () => {
        const p = await page(`${scriptsFrom('/cdn-raw/')}${mangledFaq}`);
        const faq = p.doc.querySelector('stem-cell-faq')!;
        await waitUntil(() => shadowText(faq).includes('What are stem cell injections?'), 'the English text shows', { timeout: 10_000 });
        await waitUntil(() => p.doc.querySelector('script[type="application/ld+json"]'), 'the JSON-LD is added', { timeout: 10_000 });
        const files = loadedFiles(p);
        for (const file of imported)
          expect(
            files.filter((f) => f === file),
            `${file}, fetched once`,
          ).to.have.length(1);
        const loading = (d: Document) => d.querySelectorAll('link, script[src]').length;
        expect(loading(p.doc), 'no tag of its own left behind').to.equal(
          loading(new DOMParser().parseFromString(scriptsFrom('/cdn-raw/'), 'text/html')),
        );
        expect(p.errors, 'only the message about the mangled markup').to.have.length(1);
        expect(p.errors[0]).to.contain('not content it can read');
        p.remove();
      });

      // docs/security.md's policy, by host; and a nonce-based one with 'strict-dynamic', which trusts what
      // the page's own scripts load (every tag of the page carries the nonce).
      for (const [policy, scriptSrc, nonce] of [
        ["docs/security.md's strict policy with Trusted Types", location.origin, ''],
        ["a nonce-based strict policy with 'strict-dynamic' and Trusted Types", "'nonce-r4nd0m' 'strict-dynamic'", ' nonce="r4nd0m"'],
      ])
        it(`imports them from ${road} under ${policy}, with no violation`, async () => {
          const { doc, win, remove } = await framedPage(
            `<!doctype html><html lang="en"><head><meta charset="utf-8">
            <meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src ${scriptSrc}; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html stem-cell-explainers">
            <script${nonce} src="/test/support/csp-violations.js"></script></head>
            <body>${scriptsFrom('/cdn-raw/').replace(/<(script|link) /g, `<$1${nonce} `)}${mangledFaq}</body></html>`,
          );
          const faq = doc.querySelector('stem-cell-faq')!;
          await waitUntil(() => shadowText(faq).includes('What are stem cell injections?'), 'the English text shows', { timeout: 10_000 });
          await waitUntil(() => doc.querySelector('script[type="application/ld+json"]'), 'the JSON-LD is added', { timeout: 10_000 });
          expect((win as unknown as { __violations: string[] }).__violations).to.deep.equal([]);
          remove();
        });

      itWhere(
        engine !== 'webkit',
        'WebKitGTK 2.50 does not check a modulepreload’s integrity',
        `refuses ${imported.join(' and ')} changed on the way, from ${road}: the page’s own markup stays, and the console says why`,
        async () => {
          const p = await page(`${scriptsFrom('/cdn-tampered/')}${mangledFaq}`);
          await waitUntil(() => p.errors.some((e) => e.includes('its text could not be loaded')), 'the editor is told', {
            timeout: 10_000,
          });
          const faq = p.doc.querySelector('stem-cell-faq') as HTMLElement & { updateComplete: Promise<unknown> };
          await faq.updateComplete;
          expect(p.errors.join('\n')).to.contain('is not the file published with this one');
          expect(p.errors, 'no changed file ran').to.not.include('changed on its way');
          expect(faq.shadowRoot!.querySelector('slot'), 'the page’s markup is still what shows').to.not.equal(null);
          expect(p.doc.querySelector('stem-cell-faq > p')!.getBoundingClientRect().height).to.be.greaterThan(0);
          if (imported.includes('structured-data.js')) {
            await waitUntil(() => p.warnings.some((w) => w.includes('structured data could not be added')), 'the JSON-LD’s file refused', {
              timeout: 10_000,
            });
            expect(p.doc.querySelector('script[type="application/ld+json"]'), 'no JSON-LD').to.equal(null);
          }
          p.remove();
        },
      );
    }
  });

  itWhere(
    engine !== 'webkit',
    'WebKitGTK 2.50 does not check a modulepreload’s integrity: the element runs',
    'refuses a shared chunk that does not match its published integrity, so the element never runs',
    async () => {
      const [chunk] = imports['dose-note.js'];
      const tampered = scripts('dose-note').replace(
        integrity[chunk as keyof typeof integrity],
        'sha384-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
      );
      expect(tampered).to.not.equal(scripts('dose-note'));
      const p = await page(`${tampered}<dose-note></dose-note>`);
      // The element's script fails as a whole: its shared chunk was refused (the page's load event
      // comes after module scripts have run or failed).
      expect(p.win.customElements.get('dose-note'), 'not defined').to.equal(undefined);
      expect(p.doc.querySelector('dose-note')!.shadowRoot, 'no shadow root').to.equal(null);
      p.remove();
    },
  );

  it('upgrades a placeholder once its element is defined, leaving another element’s for its file, which comes later', async () => {
    const p = await page(
      `${scripts('dose-note')}${placeholders}<div data-stem-cell="dose"></div><div data-stem-cell="faq" data-search><details><summary>Q</summary><p>A</p></details></div>`,
    );
    await waitUntil(() => p.doc.querySelector('dose-note'), 'the dose placeholder is upgraded', { timeout: 10_000 });
    const faqPlaceholder = p.doc.querySelector('div[data-stem-cell="faq"]');
    expect(faqPlaceholder?.textContent, 'the FAQ placeholder is kept, with its fallback').to.contain('Q');
    expect(p.warnings.join('\n')).to.not.contain('not known');
    // The FAQ's own file, added later (a tag manager, or a second snippet), upgrades it.
    p.doc.body.insertAdjacentHTML('beforeend', '<span id="later"></span>');
    for (const tag of new DOMParser().parseFromString(scripts('stem-cell-faq'), 'text/html').head.children) {
      const copy = p.doc.createElement(tag.tagName);
      for (const { name, value } of tag.attributes) copy.setAttribute(name, value);
      p.doc.head.append(copy);
    }
    await waitUntil(() => p.doc.querySelector('stem-cell-faq[search]'), 'the FAQ placeholder is upgraded', { timeout: 10_000 });
    expect(p.doc.querySelector('div[data-stem-cell]')).to.equal(null);
    p.remove();
  });

  for (const [road, files, scriptsHtml] of [
    // The FAQ shows its English text (Gujarati has none), which its own file imports, checked by its
    // preload, and the all-in-one module from beside it, checked by the integrity it holds.
    [
      'the FAQ’s own file',
      [...pageFiles(imports, ['stem-cell-faq.js']).chunks, 'stem-cell-faq.js', englishTextFile(integrity, 'stem-cell-faq')!],
      scripts('stem-cell-faq'),
    ],
    [
      'the all-in-one file',
      ['stem-cell-explainers.js', ...allInOneTextFiles(integrity, 'stem-cell-explainers.js', ['stem-cell-faq'])],
      scriptTag({ version: 'local', integrity, base }),
    ],
  ] as const)
    it(`adds a language at run time from register-locale.js beside ${road}, loading that one file more and no second Lit`, async () => {
      const p = await page(`${scriptsHtml}${registerGujarati}<stem-cell-faq></stem-cell-faq>`, 'gu');
      const faq = p.doc.querySelector('stem-cell-faq')!;
      await waitUntil(() => shadowText(faq).includes('બધું બતાવો'), 'the FAQ’s button in the registered Gujarati', { timeout: 10_000 });
      expect(shadowText(faq), 'the content it did not give stays English').to.contain('What are stem cell injections?');
      expect(p.win.litElementVersions, 'one copy of Lit on the page').to.have.length(1);
      expect(loadedFiles(p).sort()).to.deep.equal([...files, 'register-locale.js'].sort());
      expect(p.warnings.join('\n'), 'the editor is told what stays English').to.contain('those stay in English');
      expect(p.errors).to.deep.equal([]);
      p.remove();
    });

  it('adds Hindi to a per-element file with its own part of Hindi, without the other elements’ Hindi', async () => {
    const p = await page(`${scripts('dose-note', true)}<dose-note></dose-note>`, 'hi');
    await waitUntil(() => p.win.customElements.get('dose-note'), 'defined', { timeout: 10_000 });
    const dose = p.doc.querySelector('dose-note')!;
    await waitUntil(() => /[\u0900-\u097F]/.test(shadowText(dose)), 'the dose note speaks Hindi');
    expect(shadowText(dose)).to.contain('किलो');
    const files = loadedFiles(p);
    expect(files).to.include('locale-hi-dose-note.js');
    expect(files.filter((f) => /^locale-hi(-stem-cell-faq|-procedure-steps)?\.js$/.test(f))).to.deep.equal([]);
    expect(p.errors).to.deep.equal([]);
    p.remove();
  });

  it('shows a bare FAQ’s English text under its Hindi controls when only its words are loaded, and tells the editor which file gives the text', async () => {
    const words = elementScripts({ version: 'local', integrity, imports, tag: 'stem-cell-faq', lang: 'hi', base });
    expect(words).to.not.contain('-text.js');
    const p = await page(`${words}<stem-cell-faq></stem-cell-faq>`, 'hi');
    await waitUntil(() => p.win.customElements.get('stem-cell-faq'), 'defined', { timeout: 10_000 });
    const faq = p.doc.querySelector('stem-cell-faq')!;
    await waitUntil(() => shadowText(faq).includes('What are stem cell injections?'), 'the English questions');
    expect(shadowText(faq)).to.contain('सब खोलें');
    expect(p.warnings.filter((w) => w.includes('locale-hi-stem-cell-faq-text.js'))).to.have.length(1);
    expect(p.errors).to.deep.equal([]);
    p.remove();
  });

  it('keeps each element in Hindi when another element’s part of Hindi loads after its own', async () => {
    const p = await page(
      `${scripts('dose-note', true)}${scripts('stem-cell-faq', true)}<dose-note></dose-note><stem-cell-faq></stem-cell-faq>`,
      'hi',
    );
    await waitUntil(() => p.win.customElements.get('dose-note') && p.win.customElements.get('stem-cell-faq'), 'defined', {
      timeout: 10_000,
    });
    const dose = p.doc.querySelector('dose-note')!;
    const faq = p.doc.querySelector('stem-cell-faq')!;
    await waitUntil(() => shadowText(faq).includes('स्टेम सेल इंजेक्शन क्या हैं?'), 'the FAQ’s questions in Hindi');
    // The dose note's heading and its calculator's strings came with the first part, and stay.
    expect(shadowText(dose)).to.contain('कितने स्टेम सेल की ज़रूरत होती है');
    expect(shadowText(dose)).to.not.contain('How many stem cells');
    expect(shadowText(faq)).to.not.contain('Show all');
    expect(p.errors).to.deep.equal([]);
    p.remove();
  });
});

describe('per-element npm entries (stem-cell-explainers/<element>)', () => {
  // What an app bundles from the package, served from the source: `stem-cell-explainers/<element>` is
  // src/components/<element>/<element>.ts and `stem-cell-explainers/<element>/text` is its english-text.ts
  // (package.json "exports"; test/node/consumers.test.mjs bundles the packed package itself).
  const entry = (tag: string, text = false) => `/src/components/${tag}/${text ? 'english-text' : tag}.ts`;

  it('renders bare tags of all three elements with their English text at once when the app imports each element’s text entry before it', async () => {
    const sources = BARE_ORDER.flatMap((tag) => [...(tag === 'dose-note' ? [] : [entry(tag, true)]), entry(tag)]);
    const p = await page(bareTagsNoted(sources.map((src) => `import ${JSON.stringify(src)};`).join('\n')));
    await expectRenderedInOrder(p);
    p.remove();
  });
});

describe('the snippets in every language (dist/snippets/<lang>/)', () => {
  /** Every English UI string long enough to be unmistakable and without placeholders: none may show in a translation. */
  const english = Object.values(defaultStrings).filter((text) => text.length >= 8 && !text.includes('{'));

  it('shows an element in its language from its first render, even when the language’s file comes late', async () => {
    const snippet = fromCdn(await (await fetch('/dist/snippets/hi/dose-note.html')).text(), base);
    const late = snippet.replace('/locale-hi-dose-note.js"', '/locale-hi-dose-note.js?slow"');
    expect(late).to.not.equal(snippet);
    // Every text the element's shadow root shows, from the first (a record kept by the page itself).
    const p = await page(`<script>
      window.shown = [];
      const attach = Element.prototype.attachShadow;
      Element.prototype.attachShadow = function (init) {
        const root = attach.call(this, init);
        new MutationObserver(() => shown.push(root.textContent)).observe(root, { childList: true, subtree: true, characterData: true });
        return root;
      };
    </script>${late}`);
    const dose = p.doc.querySelector('dose-note')!;
    await waitUntil(() => shadowText(dose).includes('किलो'), 'the dose note in Hindi', { timeout: 10_000 });
    const shown = (p.win as unknown as { shown: string[] }).shown;
    expect(shown, 'renders recorded').to.not.deep.equal([]);
    expect(shown.filter((text) => text.includes(defaultStrings.important) || text.includes('bare minimum'))).to.deep.equal([]);
    expect(p.errors).to.deep.equal([]);
    p.remove();
  });

  for (const { lang, english: name, script } of languages)
    for (const tag of TAGS)
      it(`${name}, <${tag}>: speaks ${name} on an English page, without its script and with it, the footer’s lines included, loading only its own part of ${name}`, async () => {
        const snippet = await (await fetch(`/dist/snippets/${lang}/${tag}.html`)).text();
        const inScript = new RegExp(`\\p{Script=${script}}`, 'u');
        // As pasted, before its script runs or without it: the element carries the language, and so does its text.
        const pasted = new DOMParser().parseFromString(snippet, 'text/html').querySelector(tag)!;
        expect(pasted.getAttribute('lang')).to.equal(lang);
        expect(pasted.textContent).to.match(inScript);
        // Its last paragraphs are the element's footer in the language, word for word as the element shows
        // it: the clinic's disclaimer, then the content's version and the day it was written.
        const lines = [...pasted.querySelectorAll(':scope > p')].slice(-2).map((line) => line.textContent);
        for (const line of lines) expect(line).to.match(inScript);
        const p = await page(fromCdn(snippet, base));
        await waitUntil(() => p.win.customElements.get(tag), `<${tag}> is defined`, { timeout: 10_000 });
        const el = p.doc.querySelector(tag) as HTMLElement & { updateComplete: Promise<unknown> };
        await el.updateComplete;
        const text = shadowText(el);
        expect(text).to.match(inScript);
        const footer = [...el.shadowRoot!.querySelectorAll('[part="footer"] > p')].slice(-2).map((line) => line.textContent);
        expect(footer, 'the disclaimer and the version line the footer ends with').to.deep.equal(lines);
        for (const s of english) expect(text, `an English UI string in ${name}`).to.not.contain(s);
        const files = loadedFiles(p);
        expect(files).to.include(`locale-${lang}-${tag}.js`);
        expect(
          files.filter((f) => f.startsWith(`locale-${lang}`) && f !== `locale-${lang}-${tag}.js` && !f.startsWith(`locale-${lang}-common`)),
          'no other element’s part of the language',
        ).to.deep.equal([]);
        expect(
          files.filter((f) => f.startsWith('text-en-')),
          'no English text: the HTML holds the text',
        ).to.deep.equal([]);
        expect(p.errors).to.deep.equal([]);
        expect(p.warnings).to.deep.equal([]);
        p.remove();
      });
});
