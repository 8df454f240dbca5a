// What a screen reader and a keyboard user meet: axe in every story state and in light and dark, questions as headings, answers as regions, a visible focus outline.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/stem-cell-faq/stem-cell-faq.js';
import type { StemCellFaq } from '../../src/components/stem-cell-faq/stem-cell-faq.js';
import { faq, faqStates } from '../../stories/templates.js';
import { canEmulateMedia, emulateForcedColors, itWhere, plainMedia, press, resetMedia } from '../support/engine.js';
import { panelOf, questions, smallEntries as small } from '../support/faq.js';
import { storyStates } from '../support/states.js';
import { contrast } from '../support/styles.js';

afterEach(() => resetMedia(plainMedia));

describe('<stem-cell-faq> accessibility', () => {
  storyStates('stem-cell-faq', faq, faqStates);

  it('passes axe with every entry closed', async () => {
    const el = await fixture<StemCellFaq>(html`<stem-cell-faq></stem-cell-faq>`);
    await expect(el).to.be.accessible();
  });

  it('passes axe with one entry open', async () => {
    const el = await fixture<StemCellFaq>(html`<stem-cell-faq></stem-cell-faq>`);
    questions(el)[1].click();
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('passes axe with every entry open', async () => {
    const el = await fixture<StemCellFaq>(html`<stem-cell-faq last-reviewed="2026-01-05"></stem-cell-faq>`);
    el.showAll();
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('passes axe with every entry open on a dark page', async () => {
    const page = await fixture(html`<div style="color-scheme: dark"><stem-cell-faq last-reviewed="2026-01-05"></stem-cell-faq></div>`);
    const el = page.querySelector('stem-cell-faq')!;
    el.showAll();
    await el.updateComplete;
    expect(getComputedStyle(el).backgroundColor, 'the dark colours').to.equal('rgb(27, 29, 33)');
    await expect(el).to.be.accessible();
  });

  it('puts each question in a heading of the chosen level, as the only thing in it', async () => {
    const el = await fixture<StemCellFaq>(html`<stem-cell-faq heading-level="2"></stem-cell-faq>`);
    for (const b of questions(el)) {
      const heading = b.parentElement!;
      expect(heading.getAttribute('role')).to.equal('heading');
      expect(heading.getAttribute('aria-level')).to.equal('2');
      expect(heading.children).to.have.length(1);
    }
  });

  it('uses heading level 3 by default', async () => {
    const el = await fixture<StemCellFaq>(html`<stem-cell-faq></stem-cell-faq>`);
    expect(questions(el)[0].parentElement!.getAttribute('aria-level')).to.equal('3');
  });

  it('marks itself as English on a page in a language it has not loaded; around the page’s own questions, its controls and footer', async () => {
    /** The language a screen reader reads a node in, within the shadow root ('' where it follows the page). */
    const langIn = (node: Element) => node.closest('[lang]')?.getAttribute('lang') ?? '';
    const bare = (await fixture(html`<div lang="gu"><stem-cell-faq></stem-cell-faq></div>`)).firstElementChild as StemCellFaq;
    await bare.updateComplete;
    const footer = bare.shadowRoot!.querySelector('[part="footer"]')!;
    expect([langIn(questions(bare)[0]), langIn(footer), langIn(bare.shadowRoot!.querySelector('[part="controls"] button')!)]).to.deep.equal(
      ['en', 'en', 'en'],
    );
    const own = (
      await fixture(
        html`<div lang="gu"><stem-cell-faq><details><summary>ક્યાં પાર્ક કરું?</summary><p>પાછળ.</p></details></stem-cell-faq></div>`,
      )
    ).firstElementChild as StemCellFaq;
    await own.updateComplete;
    expect(questions(own).map((q) => [q.textContent!.trim(), langIn(q)])).to.deep.equal([['ક્યાં પાર્ક કરું?', '']]);
    expect(langIn(own.shadowRoot!.querySelector('[part="footer"]')!)).to.equal('en');
    // On an English page nothing is marked: the element follows the page.
    const english = await fixture<StemCellFaq>(html`<stem-cell-faq></stem-cell-faq>`);
    expect(english.shadowRoot!.querySelector('[lang]')).to.equal(null);
  });

  it('labels open answer panels as regions only when there are at most six; a closed answer is no landmark', async () => {
    const few = await fixture<StemCellFaq>(html`<stem-cell-faq .items=${small}></stem-cell-faq>`);
    const panel = panelOf(few, questions(few)[0]);
    // Closed, the answer is hidden="until-found", which Chromium keeps in the tree: an empty landmark.
    expect(panel.hasAttribute('role')).to.equal(false);
    expect(panel.hasAttribute('aria-labelledby')).to.equal(false);
    questions(few)[0].click();
    await few.updateComplete;
    expect(panel.getAttribute('role')).to.equal('region');
    expect(panel.getAttribute('aria-labelledby')).to.equal(questions(few)[0].id);
    const many = await fixture<StemCellFaq>(html`<stem-cell-faq></stem-cell-faq>`);
    expect(panelOf(many, questions(many)[0]).hasAttribute('role')).to.equal(false);
  });

  it('shows a 3px focus outline on a question reached by keyboard', async () => {
    const el = await fixture<StemCellFaq>(html`<stem-cell-faq></stem-cell-faq>`);
    questions(el)[0].focus();
    await press('ArrowDown');
    const focused = el.shadowRoot!.activeElement!;
    expect(focused).to.equal(questions(el)[1]);
    expect(getComputedStyle(focused).outlineStyle).to.equal('solid');
    expect(getComputedStyle(focused).outlineWidth).to.equal('3px');
  });

  itWhere(
    canEmulateMedia,
    'no media emulation',
    'keeps a focus outline that stands out from the page in forced-colours mode, where the halo is gone',
    async () => {
      const el = await fixture<StemCellFaq>(html`<stem-cell-faq></stem-cell-faq>`);
      questions(el)[0].focus();
      await press('ArrowDown');
      await emulateForcedColors('active');
      const outline = getComputedStyle(el.shadowRoot!.activeElement!);
      expect(outline.outlineStyle).to.equal('solid');
      expect(outline.outlineWidth).to.equal('3px');
      expect(contrast(outline.outlineColor, getComputedStyle(el).backgroundColor)).to.be.at.least(3);
    },
  );
});
