import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/index.js';
import type { DoseNote, ProcedureSteps, StemCellFaq } from '../src/index.js';
import { faqEntries } from '../src/content/faq.js';
import { defaultStrings } from '../src/content/strings.js';
import '../src/index.js';
import { mountPlaceholders } from '../src/internal/placeholders.js';
import { captureConsole, frames, shadowText } from './helpers.js';
import { questions } from './support/faq.js';
import { items } from './support/steps.js';
import { installTrap, payloads } from './xss-payloads.js';

type Widget = HTMLElement & { updateComplete: Promise<unknown> };
const SAFE = ['http:', 'https:', 'mailto:', 'tel:'];

/** Nothing may have run, every link must be safe, and the widget must still answer a click. */
async function expectIntact(el: Widget, trap: { calls: () => number }) {
  await frames(2); // anything injected would have rendered, loaded or run by now
  expect(trap.calls(), 'the trap was called').to.equal(0);
  for (const a of el.shadowRoot!.querySelectorAll('a')) expect(SAFE, a.getAttribute('href')!).to.include(new URL(a.href).protocol);
  expect(el.shadowRoot!.querySelector('script, img, iframe, object, embed, svg, math, style:not([data-lit])')).to.equal(null);
  const toggle = el.shadowRoot!.querySelector<HTMLButtonElement>('button[aria-expanded]');
  if (toggle) {
    const was = toggle.getAttribute('aria-expanded');
    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).not.to.equal(was);
  }
}

describe('hardening', () => {
  let trap: ReturnType<typeof installTrap>;
  let errors: ReturnType<typeof captureConsole>;
  let warnings: ReturnType<typeof captureConsole>;
  beforeEach(() => {
    trap = installTrap();
    errors = captureConsole('error');
    warnings = captureConsole('warn');
  });
  afterEach(() => {
    trap.remove();
    errors.restore();
    warnings.restore();
  });

  describe(`script injection (${payloads.length} payloads)`, () => {
    const attributes: Record<string, string[]> = {
      'stem-cell-faq': ['heading-level', 'last-reviewed', 'next-review-due', 'reviewed-by', 'single', 'search', 'structured-data'],
      'procedure-steps': ['source', 'current', 'heading-level', 'dose-link'],
      'dose-note': ['calculator', 'weight', 'unit', 'cells-per-kg', 'heading-level'],
    };
    for (const [tag, names] of Object.entries(attributes)) {
      it(`shows or refuses every payload in every attribute of <${tag}>`, async () => {
        for (const name of names) {
          const el = document.createElement(tag) as Widget;
          document.body.append(el);
          for (const p of payloads) {
            el.setAttribute(name, p);
            await el.updateComplete;
            if (name === 'reviewed-by' && p.trim()) expect(shadowText(el)).to.contain(`Reviewed by: ${p.trim()}`.replace(/\s+/g, ' '));
          }
          await expectIntact(el, trap);
          el.remove();
        }
        expect(warnings.messages.length, 'bad values are named in warnings').to.be.greaterThan(0);
      });
    }

    it('shows every payload in FAQ questions and answers (items property) as literal text', async () => {
      const items = payloads.map((p, i) => ({ id: `p${i}`, question: p, answer: [p, { list: [p] }, [p, { text: p, href: '#ok' }]] }));
      const el = await fixture<StemCellFaq>(html`<stem-cell-faq .items=${items}></stem-cell-faq>`);
      el.showAll();
      await el.updateComplete;
      const shown = questions(el).map((b) => b.children[0].textContent);
      const kept = payloads.filter((p) => p.trim() && p.length <= 10_000);
      expect(shown).to.deep.equal(kept);
      expect(errors.messages.filter((m) => /characters long/.test(m))).to.have.length(payloads.length - kept.length);
      await expectIntact(el, trap);
    });

    it('refuses every payload as an id or a link address, unless it is a harmless relative address', async () => {
      const items = [faqEntries[0], ...payloads.map((p, i) => ({ id: p, question: `Q${i}?`, answer: [[{ text: 'link', href: p }]] }))];
      const el = await fixture<StemCellFaq>(html`<stem-cell-faq .items=${items}></stem-cell-faq>`);
      el.showAll();
      await el.updateComplete;
      expect(errors.messages.filter((m) => m.includes('"id" must be'))).to.have.length.greaterThan(payloads.length - 5);
      await expectIntact(el, trap);
    });

    it('shows every payload from the FAQ and steps JSON content as literal text', async () => {
      const faqJson = JSON.stringify(payloads.slice(0, 100).map((p, i) => ({ id: `p${i}`, question: p, answer: [p] })));
      const faq = await fixture<StemCellFaq>(
        html`<stem-cell-faq structured-data><script type="application/json">${faqJson}</script></stem-cell-faq>`,
      );
      expect(questions(faq).map((b) => b.children[0].textContent)).to.deep.equal(payloads.slice(0, 100).filter((p) => p.trim()));
      await expectIntact(faq, trap);
      const ld = faq.querySelectorAll('script[type="application/ld+json"]');
      expect(ld).to.have.length(1);
      expect(ld[0].textContent).not.to.contain('<');
      expect(JSON.parse(ld[0].textContent!).mainEntity.map((q: { name: string }) => q.name)).to.deep.equal(
        questions(faq).map((b) => b.children[0].textContent),
      );
      expect(faq.querySelectorAll('script')).to.have.length(2);

      const stepsJson = JSON.stringify(payloads.map((p, i) => ({ id: `s${i}`, title: p, summary: p, details: [p] })));
      const steps = await fixture<ProcedureSteps>(
        html`<procedure-steps><script type="application/json">${stepsJson}</script></procedure-steps>`,
      );
      expect(items(steps).length).to.be.greaterThan(90);
      await expectIntact(steps, trap);
    });

    it('takes every payload in fallback markup as text, dropping unsafe links', async () => {
      const host = document.createElement('stem-cell-faq') as StemCellFaq;
      payloads.forEach((p, i) => {
        const details = document.createElement('details');
        details.id = `f${i}`;
        const summary = document.createElement('summary');
        summary.textContent = p;
        const para = document.createElement('p');
        para.textContent = p;
        const link = document.createElement('a');
        link.setAttribute('href', p);
        link.textContent = 'a link';
        para.append(' ', link);
        details.append(summary, para);
        host.append(details);
      });
      document.body.append(host);
      await host.updateComplete;
      expect(questions(host).length).to.be.greaterThan(90);
      await expectIntact(host, trap);
      host.remove();
    });

    it('ignores every payload as the URL hash', async () => {
      const el = await fixture<StemCellFaq>(html`<stem-cell-faq></stem-cell-faq>`);
      try {
        for (const p of payloads.slice(0, 100)) {
          location.hash = encodeURIComponent(p);
          // The browser's own hashchange comes a task later, and not at all when the hash did not change.
          dispatchEvent(new HashChangeEvent('hashchange'));
          await el.updateComplete;
        }
      } finally {
        history.replaceState(null, '', location.pathname + location.search);
      }
      expect(questions(el).every((b) => b.getAttribute('aria-expanded') === 'false')).to.equal(true);
      await expectIntact(el, trap);
    });

    it('shows every payload given as a UI string literally', async () => {
      for (const p of payloads.slice(0, 40)) {
        const strings = Object.fromEntries(Object.keys(defaultStrings).map((k) => [k, p]));
        const faq = await fixture<StemCellFaq>(html`<stem-cell-faq search .strings=${strings}></stem-cell-faq>`);
        const dose = await fixture<DoseNote>(html`<dose-note calculator .strings=${strings}></dose-note>`);
        const steps = await fixture<ProcedureSteps>(html`<procedure-steps .strings=${strings}></procedure-steps>`);
        if (p.trim()) expect(faq.shadowRoot!.querySelector('[part="controls"] button')!.textContent!.trim()).to.equal(p.trim());
        for (const el of [faq, dose, steps]) await expectIntact(el as Widget, trap);
      }
    });

    it('upgrades placeholders with payloads in data- attributes, never copying an event handler', async () => {
      const frame = await fixture(html`<div></div>`);
      mountPlaceholders();
      for (const p of payloads.slice(0, 60)) {
        const div = document.createElement('div');
        div.dataset.stemCell = 'faq';
        for (const name of ['reviewed-by', 'heading-level', 'last-reviewed', 'onclick', 'onmouseover']) div.setAttribute(`data-${name}`, p);
        div.setAttribute('onclick-not', p);
        frame.append(div);
      }
      await waitUntil(() => frame.querySelectorAll('stem-cell-faq').length === 60, 'every placeholder is upgraded');
      const faqs = [...frame.querySelectorAll('stem-cell-faq')];
      expect(faqs).to.have.length(60);
      for (const el of faqs) {
        expect(el.getAttributeNames().filter((n) => n.startsWith('on'))).to.deep.equal([]);
        await expectIntact(el as Widget, trap);
      }
    });
  });

  describe('placeholder kinds', () => {
    it('leaves a placeholder whose kind is a name every object has (constructor, __proto__) as it is, naming it', async () => {
      const frame = await fixture(html`<div></div>`);
      mountPlaceholders();
      const kinds = ['constructor', '__proto__', 'hasOwnProperty', 'toString'];
      for (const kind of kinds) {
        const div = document.createElement('div');
        div.dataset.stemCell = kind;
        div.textContent = 'Kept as it is';
        frame.append(div);
      }
      await waitUntil(() => !frame.querySelector('[data-stem-cell]'), 'every placeholder is looked at');
      expect(frame.textContent).to.equal('Kept as it is'.repeat(kinds.length));
      expect(warnings.messages.filter((m) => m.includes('is not known; use faq, steps, dose'))).to.have.length(kinds.length);
    });
  });

  describe('bad data at scale', () => {
    it('shows the bundled content, with an error, for an empty list', async () => {
      const el = await fixture<StemCellFaq>(html`<stem-cell-faq .items=${[]}></stem-cell-faq>`);
      expect(questions(el)).to.have.length(faqEntries.length);
      expect(errors.messages[0]).to.contain('no valid entries in the given content (0 given)');
    });

    it('shows one entry, and 5,000 entries', async () => {
      const one = await fixture<StemCellFaq>(html`<stem-cell-faq .items=${[faqEntries[3]]}></stem-cell-faq>`);
      expect(questions(one)).to.have.length(1);
      const many = Array.from({ length: 5000 }, (_, i) => ({ id: `q${i}`, question: `Question ${i}?`, answer: [`Answer ${i}.`] }));
      const el = await fixture<StemCellFaq>(html`<stem-cell-faq search .items=${many}></stem-cell-faq>`);
      expect(questions(el)).to.have.length(5000);
      expect(panelCount(el)).to.equal(5000);
      const steps = await fixture<ProcedureSteps>(
        html`<procedure-steps .steps=${many.map((m) => ({ id: m.id, title: m.question, summary: 'S', details: m.answer }))}></procedure-steps>`,
      );
      expect(items(steps)).to.have.length(5000);
      expect(errors.messages).to.deep.equal([]);
    });

    it('names each missing, wrong-typed, duplicate and over-long field, and keeps the rest', async () => {
      const items = [
        { id: 'ok', question: 'Fine?', answer: ['Yes.'] },
        { question: 'No id?', answer: ['x'] },
        { id: 'n', question: 42, answer: ['x'] },
        { id: 'a', question: 'Q?', answer: 'not a list' },
        { id: 'b', question: 'Q?', answer: [{ list: 'nope' }] },
        { id: 'c', question: 'Q?', answer: [[{ text: 'x' }]] },
        { id: 'ok', question: 'Same id?', answer: ['x'] },
        { id: 'long', question: 'x'.repeat(10_001), answer: ['x'] },
        { id: 'deep', question: 'Q?', answer: Array.from({ length: 300 }, () => 'p') },
        null,
        'text',
        [],
      ];
      const el = await fixture<StemCellFaq>(html`<stem-cell-faq .items=${items as never}></stem-cell-faq>`);
      expect(questions(el).map((b) => b.textContent!.trim())).to.deep.equal(['Fine?']);
      const all = errors.messages.join('\n');
      for (const expected of [
        'entry 2: "id" must be',
        'entry 3 ("n"): "question" must be non-empty text',
        'entry 4 ("a"): "answer" must be a non-empty array',
        'entry 5 ("b"): "answer" block 1 "list" must be a non-empty array',
        'entry 6 ("c"): "answer" block 1 part 1 link "href"',
        'entry 7 ("ok"): "id" repeats an earlier entry',
        'entry 8 ("long"): "question" is 10001 characters long; at most 10000 are allowed',
        'entry 9 ("deep"): "answer" has 300 blocks; at most 200 are allowed',
        'entry 10 must be an object',
        'entry 11 must be an object',
        'entry 12 must be an object',
      ])
        expect(all).to.contain(expected);
    });

    it('survives deeply nested and non-JSON content in the JSON script', async () => {
      const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
      for (const text of [deep, 'not json', '{"unclosed": ', '', 'null', '42', '"a string"', '{}']) {
        const el = await fixture<StemCellFaq>(html`<stem-cell-faq><script type="application/json">${text}</script></stem-cell-faq>`);
        expect(questions(el), JSON.stringify(text.slice(0, 20))).to.have.length(faqEntries.length);
        expect(errors.messages.at(-1), JSON.stringify(text.slice(0, 20))).to.contain('Showing the bundled content');
      }
    });

    it('lets no exception escape to the page', async () => {
      const escaped: unknown[] = [];
      const onError = (e: ErrorEvent | PromiseRejectionEvent) => escaped.push('reason' in e ? e.reason : e.error);
      addEventListener('error', onError);
      addEventListener('unhandledrejection', onError);
      try {
        for (const bad of [undefined, null, 0, 'x', {}, [null], [{ id: {} }], new Proxy([], {}), Object.create(null)]) {
          const asText = typeof bad === 'object' && bad !== null ? '[object]' : String(bad);
          const el = await fixture<StemCellFaq>(html`<stem-cell-faq .items=${bad as never} .strings=${bad as never}></stem-cell-faq>`);
          el.show(bad as never);
          el.hide(bad as never);
          await fixture<ProcedureSteps>(
            html`<procedure-steps .steps=${bad as never} .strings=${bad as never} current=${asText}></procedure-steps>`,
          );
          await fixture<DoseNote>(html`<dose-note calculator weight=${asText} .strings=${bad as never}></dose-note>`);
        }
        await frames(2); // an error thrown in a later update or task would have reached the listeners by now
      } finally {
        removeEventListener('error', onError);
        removeEventListener('unhandledrejection', onError);
      }
      expect(escaped).to.deep.equal([]);
    });
  });
});

const panelCount = (el: StemCellFaq) => el.shadowRoot!.querySelectorAll('[part="answer"]').length;
