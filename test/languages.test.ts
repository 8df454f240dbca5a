// Every language of scripts/languages.mjs, as a patient's page gets it: the all-in-one CDN file with
// the language (or the per-element files with its add-on), served byte for byte and checked against
// its published integrity, in a page whose lang is the language. The questions, steps and controls are
// in its script; the calculator gives the same figure for 70 typed in 0-9 or in the script's own
// digits; axe finds nothing on the page; nothing throws. And an English page loads no other language.
import { expect, waitUntil } from '@open-wc/testing';
import { allInOneTextFiles, bundleFile, elementScripts, scriptTag } from '../scripts/embed-snippet.mjs';
import { languages, suffix } from '../scripts/languages.mjs';
import type { FaqEntry, ProcedureStep, StemCellSource } from '../src/content/types.js';
import { TAGS } from '../src/internal/tags.js';
import { typeInto } from './helpers.js';
import { framedPage } from './support/frame.js';
import { textOf } from './support/queries.js';

const { integrity, imports } = __BUILD_DATA__;
// Served byte for byte (see web-test-runner.config.mjs), so the browser checks every integrity.
const base = new URL('/cdn-raw/', location.href).href;

interface Page {
  doc: Document;
  win: Window & typeof globalThis;
  /** Uncaught errors, rejected promises and console errors of the page. */
  errors: string[];
  remove: () => void;
}

/** A page of its own (an iframe) in `lang`, with `head` and `body`; its errors are recorded before any script runs. */
async function page(lang: string, head: string, body: string): Promise<Page> {
  const { doc, win, remove } = await framedPage(
    `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${lang}</title><script>
    window.__errors = [];
    addEventListener('error', (e) => __errors.push(String(e.message)));
    addEventListener('unhandledrejection', (e) => __errors.push(String(e.reason)));
    const original = console.error.bind(console);
    console.error = (...a) => { __errors.push(a.join(' ')); original(...a); };
    </script>${head}</head><body><main><h1 lang="en">Stem cell injections</h1>${body}</main></body></html>`,
    { width: 480, height: 800 },
  );
  return { doc, win, errors: (win as unknown as { __errors: string[] }).__errors, remove };
}

const trio =
  '<stem-cell-faq search heading-level="2" last-reviewed="2026-12-05" reviewed-by="Dr A. Rao"></stem-cell-faq><procedure-steps heading-level="2"></procedure-steps><dose-note calculator heading-level="2"></dose-note>';

/** The three elements of a page, once defined and rendered. */
async function elements(p: Page) {
  await waitUntil(() => TAGS.every((t) => p.win.customElements.get(t)), 'defined', {
    timeout: 10_000,
  });
  const [faq, steps, dose] = TAGS.map((t) => p.doc.querySelector(t)!) as (HTMLElement & {
    updateComplete: Promise<unknown>;
  })[];
  await Promise.all([faq, steps, dose].map((el) => el.updateComplete));
  return { faq, steps, dose };
}

/** axe-core, run inside the page (the elements are the page's own, not this test document's). */
async function axeViolations(p: Page): Promise<string[]> {
  const win = p.win as unknown as {
    axe?: { run(context: Document): Promise<{ violations: { id: string; nodes: unknown[] }[] }> };
    eval(code: string): void;
  };
  if (!win.axe) win.eval(await (await fetch('/node_modules/axe-core/axe.min.js')).text());
  const { violations } = await win.axe!.run(p.doc);
  return violations.map((v) => `${v.id} (${v.nodes.length})`);
}

/** The digit zero of a script (० for Devanagari), found among Unicode's decimal digits. */
const zeroOf = (script: string) => {
  const digit = new RegExp(`^(?=\\p{Nd})\\p{Script=${script}}$`, 'u');
  for (let code = 0x0900; code < 0x0e00; code++) if (digit.test(String.fromCharCode(code))) return code;
  throw new Error(`no digits for ${script}`);
};
/** 70 written in a script's own digits: ७० for Devanagari, ৭০ Bengali, ౭౦ Telugu, ௭௦ Tamil. */
const seventy = (script: string) => inDigits(script, 70);
/** A number written in a script's own digits. */
const inDigits = (script: string, n: number) => [...String(n)].map((d) => String.fromCharCode(zeroOf(script) + Number(d))).join('');

const shadow = (el: Element) => el.shadowRoot!;
const result = (dose: Element) => textOf(shadow(dose).querySelector('[part="result"]'));

for (const { lang, english, script } of languages) {
  const letters = new RegExp(`\\p{Script=${script}}`, 'u');
  const inScript = (text: string) => letters.test(text);

  describe(`${english} (${lang}) from its CDN file`, () => {
    let p: Page;
    let content: { faq: FaqEntry[]; steps: Record<StemCellSource, ProcedureStep[]> };
    before(async () => {
      const mod = (await import(`/dist/content/${lang}/index.js`)) as Record<string, unknown>;
      content = {
        faq: mod[`faqEntries${suffix(lang)}`] as FaqEntry[],
        steps: mod[`procedureSteps${suffix(lang)}`] as Record<StemCellSource, ProcedureStep[]>,
      };
    });
    beforeEach(async () => {
      p = await page(lang, scriptTag({ version: 'local', integrity, file: bundleFile(lang), base }), trio);
    });
    afterEach(() => p.remove());

    it(`shows the questions, the steps and every control in ${script}`, async () => {
      const { faq, steps, dose } = await elements(p);
      const questions = [...shadow(faq).querySelectorAll('[role="heading"] > button')].map(textOf);
      expect(questions).to.deep.equal(content.faq.map((e) => e.question));
      const titles = [...shadow(steps).querySelectorAll('[part="title"]')].map(textOf);
      expect(titles).to.have.length(content.steps['bone-marrow'].length);
      for (const [i, title] of titles.entries()) expect(title).to.contain(content.steps['bone-marrow'][i].title);
      const controls = [
        ...[faq, steps, dose].flatMap((el) => [...shadow(el).querySelectorAll('button, label, option')].map(textOf)),
        shadow(faq).querySelector('input')!.getAttribute('aria-label') ?? textOf(shadow(faq).querySelector('label')),
      ].filter(Boolean);
      expect(controls.length).to.be.greaterThan(12);
      for (const text of [...questions, ...titles, ...controls]) expect(inScript(text), text).to.equal(true);
    });

    it(`gives the same figure for 70 typed in 0–9 and in ${script} digits (${seventy(script)})`, async () => {
      const { dose } = await elements(p);
      const field = shadow(dose).querySelector('input')!;
      await typeInto(dose, field, '70');
      const latin = result(dose);
      expect(inScript(latin), latin).to.equal(true);
      await typeInto(dose, field, seventy(script));
      expect(field.value).to.equal(seventy(script));
      expect(result(dose)).to.equal(latin);
      expect(shadow(dose).querySelector('[aria-invalid="true"]')).to.equal(null);
    });

    it('numbers the steps and counts the questions found in the digits of its own figures, and finds the figure typed in either', async () => {
      const { faq, steps, dose } = await elements(p);
      await typeInto(dose, shadow(dose).querySelector('input')!, '70');
      // The digits this language writes its figures in (Marathi ७०, Bengali ৭০; Hindi, Telugu, Tamil 70).
      const own = result(dose).includes(seventy(script));
      const digit = (n: number) => (own ? inDigits(script, n) : String(n));
      const total = content.steps['bone-marrow'].length;
      expect(textOf(shadow(steps).querySelector('[part="number"]'))).to.equal(digit(1));
      const heard = textOf(shadow(steps).querySelector('[part="title"] .vh'));
      expect(heard).to.contain(digit(1)).and.contain(digit(total));
      expect(heard).not.to.match(own ? /[0-9]/ : new RegExp(`(?=\\p{Nd})\\p{Script=${script}}`, 'u'));
      // The rule's figure (20 …) is found whichever digits the patient's keyboard types.
      const box = shadow(faq).querySelector<HTMLInputElement>('input[type="search"]')!;
      const found: string[] = [];
      for (const typed of ['20', inDigits(script, 20)]) {
        await typeInto(faq, box, typed);
        found.push(textOf(shadow(faq).querySelector('.status')));
      }
      expect(found[0], 'the status line names what matched').to.contain(digit(content.faq.length));
      expect(found[1]).to.equal(found[0]);
      // The calculator's range, in a message, in the same digits.
      await typeInto(dose, shadow(dose).querySelector('input')!, '1000');
      expect(textOf(shadow(dose).querySelector('#error')))
        .to.contain(digit(30))
        .and.contain(digit(300));
      expect(found[0]).not.to.match(own ? /[0-9]/ : /\p{Nd}(?<![0-9])/u);
    });

    it('marks the English words in its text and footers (the reviewer’s name) as English, so that a screen reader reads them with an English voice', async () => {
      const { faq, steps, dose } = await elements(p);
      // The text of the questions, answers, steps and dose rule (not the controls, in the language's own words).
      const content = [
        ...shadow(faq).querySelectorAll('[part="question"] > span:first-child, [part="answer"]'),
        ...shadow(steps).querySelectorAll('[part="title"], .summary, [part="details"]'),
        ...shadow(dose).querySelectorAll('[part="heading"], [part="callout"] > p'),
        // Every footer line: the reviewer's name, as the clinic writes it, in Latin letters too.
        ...[faq, steps, dose].flatMap((el) => [...shadow(el).querySelectorAll('[part="footer"] p')]),
      ];
      const english: string[] = [];
      for (const part of content) {
        const walker = p.doc.createTreeWalker(part, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          if (!/[A-Za-z]/.test(node.textContent!)) continue;
          const marked = node.parentElement!.closest('[lang]');
          expect(marked?.getAttribute('lang'), node.textContent!).to.equal('en');
          english.push(node.textContent!);
        }
      }
      // Each language names the cells as the source document does: "MSCs".
      expect(english).to.include('MSCs').and.include('Dr A. Rao');
    });

    it('passes axe with an answer and a step open and a figure shown, and nothing throws', async () => {
      const { faq, steps, dose } = await elements(p);
      (shadow(faq).querySelector('[role="heading"] > button') as HTMLButtonElement).click();
      (shadow(steps).querySelector('li button[aria-expanded]') as HTMLButtonElement).click();
      await typeInto(dose, shadow(dose).querySelector('input')!, '70');
      await Promise.all([faq, steps].map((el) => el.updateComplete));
      expect(await axeViolations(p)).to.deep.equal([]);
      expect(p.errors).to.deep.equal([]);
    });
  });

  describe(`${english} (${lang}) beside the per-element files`, () => {
    it(`${bundleFile(lang).replace('stem-cell-explainers', 'locale')}: the dose note of a per-element page speaks ${english}`, async () => {
      const p = await page(
        lang,
        elementScripts({ version: 'local', integrity, imports, tag: 'dose-note', lang, base }),
        '<dose-note calculator></dose-note>',
      );
      await waitUntil(() => p.win.customElements.get('dose-note'), 'defined', { timeout: 10_000 });
      const dose = p.doc.querySelector('dose-note')!;
      await waitUntil(() => inScript(textOf(dose.shadowRoot)), `the dose note speaks ${english}`);
      expect(inScript(textOf(shadow(dose).querySelector('label')))).to.equal(true);
      expect(p.errors).to.deep.equal([]);
      p.remove();
    });
  });
}

describe('an English page', () => {
  it('loads the English file, and for its bare tags the FAQ’s and the steps’ English text beside it, only, and shows no letter of an Indian script', async () => {
    const p = await page('en', scriptTag({ version: 'local', integrity, base }), trio);
    const { faq, steps, dose } = await elements(p);
    const loaded = p.win.performance
      .getEntriesByType('resource')
      .map((e) => e.name)
      .filter((name) => name.startsWith(base))
      .map((name) => name.slice(base.length));
    expect(loaded.sort()).to.deep.equal(['stem-cell-explainers.js', ...allInOneTextFiles(integrity, 'stem-cell-explainers.js')].sort());
    for (const el of [faq, steps, dose]) expect(textOf(el.shadowRoot)).to.not.match(/[\u0900-\u0DFF]/u);
    // English text is the element's own language: nothing in it is marked as another.
    for (const el of [faq, steps, dose]) expect(el.shadowRoot!.querySelectorAll('[lang]')).to.have.length(0);
    expect(p.errors).to.deep.equal([]);
    p.remove();
  });
});
