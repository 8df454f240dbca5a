// What a patient reads about the clinic's rule and whose information it is: one figure in every
// element, in the page's number system; the disclaimer on every element; the content's provenance;
// and what the editor is told about review dates and content the element cannot read.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import type { DoseNote, ProcedureSteps, StemCellFaq } from '../src/index.js';
import { clinicNotes } from '../src/content/notes.js';
import { captureConsole, shadowText } from './helpers.js';
import { error, result, typeWeight } from './support/dose.js';

type Widget = StemCellFaq | ProcedureSteps | DoseNote;

/** The three elements inside one container, as a clinic page would hold them. */
async function page(attributes: Record<string, string> = {}, lang = 'en') {
  const root = await fixture<HTMLDivElement>(html`<div lang=${lang}>
    <stem-cell-faq></stem-cell-faq><procedure-steps></procedure-steps><dose-note calculator></dose-note>
  </div>`);
  for (const [k, v] of Object.entries(attributes)) root.setAttribute(k, v);
  const els = [...root.children] as Widget[];
  await Promise.all(els.map((el) => el.updateComplete));
  return els;
}

/** The figure each widget states in its rule (the FAQ answer, the culture step, the dose note). */
const figures = (els: Widget[]) => els.map((el) => /(\S+ \S+) stem cells for each kilogram/.exec(shadowText(el))?.[1] ?? 'missing');

describe('patient safety', () => {
  describe('one figure everywhere', () => {
    it('shows the same bundled figure in the FAQ, the steps and the dose note', async () => {
      expect(figures(await page())).to.deep.equal(['2 million', '2 million', '2 million']);
    });

    it('follows each element’s cells-per-kg in all three', async () => {
      const root = await fixture<HTMLDivElement>(html`<div>
        <stem-cell-faq cells-per-kg="3000000"></stem-cell-faq><procedure-steps cells-per-kg="3000000"></procedure-steps><dose-note cells-per-kg="3000000"></dose-note>
      </div>`);
      const els = [...root.children] as Widget[];
      await Promise.all(els.map((el) => el.updateComplete));
      expect(figures(els)).to.deep.equal(['3 million', '3 million', '3 million']);
    });

    it('takes one page-wide data-cells-per-kg from an ancestor', async () => {
      const root = await fixture<HTMLDivElement>(html`<div data-cells-per-kg="2500000">
        <stem-cell-faq></stem-cell-faq><procedure-steps></procedure-steps><dose-note></dose-note>
      </div>`);
      const els = [...root.children] as Widget[];
      await Promise.all(els.map((el) => el.updateComplete));
      expect(figures(els)).to.deep.equal(['2.5 million', '2.5 million', '2.5 million']);
    });

    it('writes its own figure where fallback markup marks the rule’s figure', async () => {
      const el = await fixture<StemCellFaq>(html`<stem-cell-faq cells-per-kg="3000000">
        <details id="x"><summary>How many?</summary><p>Usually, <span data-cells>2 million</span> stem cells for each kilogram.</p></details>
      </stem-cell-faq>`);
      expect(shadowText(el)).to.contain('Usually, 3 million stem cells').and.not.contain('2 million');
    });

    it('writes the figure in the Indian number system for en-IN, never mixed', async () => {
      const els = await page({}, 'en-IN');
      const text = els.map(shadowText).join(' ');
      expect(text).to.contain('20 lakh stem cells').and.not.contain('million');
    });

    it('rounds the calculator’s result up to four significant figures, never down', async () => {
      const el = await fixture<DoseNote>(html`<dose-note calculator cells-per-kg="1234567"></dose-note>`);
      await typeWeight(el, '71');
      // 71 × 1,234,567 = 87,654,257: up to 87.66 million, never down to 87.65.
      expect(result(el)).to.contain('at least 87.66 million cells');
    });
  });

  describe('the disclaimer', () => {
    it('is shown by every element, with the content version, by default', async () => {
      for (const el of await page()) {
        const footer = el.shadowRoot!.querySelector('[part="footer"]')!.textContent!;
        expect(footer, el.localName)
          .to.contain(clinicNotes.disclaimer)
          .and.match(/Content version \d+\.\d+\.\d+/);
      }
    });

    it('cannot be removed through strings', async () => {
      const el = await fixture<ProcedureSteps>(html`<procedure-steps .strings=${{ disclaimer: '' }}></procedure-steps>`);
      expect(shadowText(el)).to.contain(clinicNotes.disclaimer);
    });
  });

  describe('the dose calculator’s range', () => {
    it('accepts the clinic’s own min-weight and max-weight, with the same messages', async () => {
      const el = await fixture<DoseNote>(html`<dose-note calculator min-weight="40" max-weight="200"></dose-note>`);
      await typeWeight(el, '35');
      expect(error(el)).to.contain('between 40 and 200 kg');
    });

    it('warns about a minimum above the maximum and keeps the adult range', async () => {
      const warnings = captureConsole('warn');
      const el = await fixture<DoseNote>(html`<dose-note calculator min-weight="250" max-weight="100"></dose-note>`);
      warnings.restore();
      expect(warnings.messages.join('\n')).to.contain('min-weight="250" must be below max-weight="100"');
      await typeWeight(el, '301');
      expect(error(el)).to.contain('between 30 and 300 kg');
    });
  });

  describe('what the editor is told', () => {
    it('says once that patient information should show when it was last reviewed', async () => {
      const info = captureConsole('info');
      await fixture(html`<div><stem-cell-faq></stem-cell-faq><stem-cell-faq></stem-cell-faq></div>`);
      info.restore();
      // Other tests on this page may have been told already; never more than once.
      expect(info.messages.filter((m) => m.includes('last reviewed')).length).to.be.at.most(1);
    });

    it('warns when next-review-due has passed, and shows the date as given', async () => {
      const warnings = captureConsole('warn');
      const el = await fixture<StemCellFaq>(html`<stem-cell-faq last-reviewed="2020-01-01" next-review-due="2021-01-01"></stem-cell-faq>`);
      warnings.restore();
      expect(warnings.messages.join('\n')).to.contain('next-review-due="2021-01-01" has passed');
      expect(shadowText(el)).to.contain('Next review due: January 1, 2021');
    });

    it('names text it cannot read, such as JSON whose script wrapper a CMS removed, and never shows it', async () => {
      const errors = captureConsole('error');
      const el = await fixture<StemCellFaq>(html`<stem-cell-faq>[{"id":"a","question":"Mine?","answer":["Yes."]}]</stem-cell-faq>`);
      errors.restore();
      expect(errors.messages.join('\n')).to.contain('looks like JSON whose <script type="application/json"> wrapper was removed');
      expect(el.checkVisibility() && el.shadowRoot!.querySelector('slot')).to.equal(null);
      expect(shadowText(el)).not.to.contain('Mine?');
    });
  });
});
