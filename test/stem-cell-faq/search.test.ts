// The search box: it filters questions and answers as the patient types, and says how many match.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/stem-cell-faq/stem-cell-faq.js';
import type { StemCellFaq } from '../../src/components/stem-cell-faq/stem-cell-faq.js';
import { heardStatus, search as type, searchBox, searchLabel, shownStatus, status, visibleQuestions } from '../support/faq.js';
import { faq, faqStates } from '../../stories/templates.js';
import { faqEntries } from '../../src/content/index.js';
import { faqEntriesHi } from '../../src/content/hi/faq.js';
import { faqEntriesMr } from '../../src/content/mr/faq.js';
import { faqEntriesBn } from '../../src/content/bn/faq.js';
import { faqEntriesTa } from '../../src/content/ta/faq.js';
import { faqEntriesTe } from '../../src/content/te/faq.js';
import '../../src/locales/hi.js';
import '../../src/locales/mr.js';
import '../../src/locales/bn.js';
import '../../src/locales/ta.js';
import '../../src/locales/te.js';

describe('<stem-cell-faq> search', () => {
  it('filters questions and answers as the patient types, and says how many match', async () => {
    const el = await fixture<StemCellFaq>(html`<stem-cell-faq search></stem-cell-faq>`);
    expect(searchLabel(el)).to.equal('Search questions');
    await type(el, 'insurance');
    expect(visibleQuestions(el)).to.deep.equal(['Are stem cell injections covered by insurance?']);
    expect(shownStatus(el)).to.equal('1 of 9 questions match');
    expect(await heardStatus(el)).to.equal('1 of 9 questions match');
    await type(el, 'iliac spine');
    expect(visibleQuestions(el)).to.have.length(2);
    expect(await heardStatus(el)).to.equal('2 of 9 questions match');
  });

  it('shows the count at every key, and says it once the patient pauses, not at every key they hear', async () => {
    const el = await fixture<StemCellFaq>(html`<stem-cell-faq search></stem-cell-faq>`);
    const said: string[] = [];
    const region = el.shadowRoot!.querySelector('[role="status"]')!;
    const observer = new MutationObserver(() => region.textContent!.trim() && said.push(region.textContent!.trim()));
    observer.observe(region, { subtree: true, childList: true, characterData: true });
    try {
      // Keys pressed one after another, as fast as a patient types: the line shows each count at once.
      const box = searchBox(el);
      const shown: string[] = [];
      for (const typed of ['i', 'in', 'ins', 'insu', 'insurance']) {
        box.value = typed;
        box.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
        await el.updateComplete;
        shown.push(shownStatus(el));
      }
      expect(shown.at(-1)).to.equal('1 of 9 questions match');
      expect(status(el), 'nothing heard while typing').to.equal('');
      expect(await heardStatus(el)).to.equal('1 of 9 questions match');
      expect(said, 'heard once').to.deep.equal(['1 of 9 questions match']);
    } finally {
      observer.disconnect();
    }
  });

  it('says plainly when nothing matches, and shows all again when cleared', async () => {
    const el = await fixture<StemCellFaq>(html`<stem-cell-faq search></stem-cell-faq>`);
    await type(el, 'xylophone');
    expect(visibleQuestions(el)).to.deep.equal([]);
    expect(await heardStatus(el)).to.equal('No questions match “xylophone”. Try another word.');
    await type(el, '');
    expect(visibleQuestions(el)).to.have.length(9);
    expect(shownStatus(el)).to.equal('');
    expect(status(el)).to.equal('');
  });

  it('passes axe while searching and when nothing matches', async () => {
    const el = await fixture<StemCellFaq>(html`<stem-cell-faq search></stem-cell-faq>`);
    await type(el, 'insurance');
    await expect(el).to.be.accessible();
    await type(el, 'zzzz');
    await expect(el).to.be.accessible();
  });

  it('finds the insurance question in the Search story in every language of Storybook’s toolbar', async () => {
    const entries = { en: faqEntries, hi: faqEntriesHi, mr: faqEntriesMr, bn: faqEntriesBn, ta: faqEntriesTa, te: faqEntriesTe };
    for (const [lang, content] of Object.entries(entries)) {
      const frame = await fixture(html`<div lang=${lang}>${faq(faqStates.Search.args)}</div>`);
      const el = frame.querySelector<StemCellFaq>('stem-cell-faq')!;
      await faqStates.Search.act!(el);
      const insurance = content.find((entry) => entry.id === 'are-they-covered-by-insurance')!.question;
      expect(visibleQuestions(el), lang).to.deep.equal([insurance]);
    }
  });
});
