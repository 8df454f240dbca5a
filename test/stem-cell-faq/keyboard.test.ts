// The accordion by keyboard (WAI-ARIA APG): Enter and Space toggle, arrows, Home and End move between questions, Tab reaches open answers' links.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/stem-cell-faq/stem-cell-faq.js';
import type { StemCellFaq } from '../../src/components/stem-cell-faq/stem-cell-faq.js';
import { press } from '../support/engine.js';
import { button, panelOf, question, questions, smallEntries as small } from '../support/faq.js';

describe('<stem-cell-faq> keyboard', () => {
  it('toggles an answer with Enter and with Space', async () => {
    const el = await fixture<StemCellFaq>(html`<stem-cell-faq></stem-cell-faq>`);
    const b = questions(el)[0];
    b.focus();
    await press('Enter');
    await el.updateComplete;
    expect(b.getAttribute('aria-expanded')).to.equal('true');
    expect(panelOf(el, b).hasAttribute('hidden')).to.equal(false);
    await press(' ');
    await el.updateComplete;
    expect(b.getAttribute('aria-expanded')).to.equal('false');
  });

  it('moves focus with Down and Up, wrapping, without opening anything', async () => {
    const el = await fixture<StemCellFaq>(html`<stem-cell-faq></stem-cell-faq>`);
    const all = questions(el);
    all[0].focus();
    await press('ArrowDown');
    expect(el.shadowRoot!.activeElement).to.equal(all[1]);
    await press('ArrowUp');
    await press('ArrowUp');
    expect(el.shadowRoot!.activeElement).to.equal(all[all.length - 1]);
    await press('ArrowDown');
    expect(el.shadowRoot!.activeElement).to.equal(all[0]);
    expect(all.every((b) => b.getAttribute('aria-expanded') === 'false')).to.equal(true);
  });

  it('moves focus to the first and last question with Home and End', async () => {
    const el = await fixture<StemCellFaq>(html`<stem-cell-faq></stem-cell-faq>`);
    const all = questions(el);
    all[3].focus();
    await press('End');
    expect(el.shadowRoot!.activeElement).to.equal(all[all.length - 1]);
    await press('Home');
    expect(el.shadowRoot!.activeElement).to.equal(all[0]);
  });

  it('tabs through every question, and into links only of open answers', async () => {
    const el = await fixture<StemCellFaq>(html`<stem-cell-faq .items=${small}></stem-cell-faq>`);
    const reached: string[] = [];
    button(el, 'Show all')!.focus();
    for (let i = 0; i < 3; i++) {
      await press('Tab');
      reached.push(el.shadowRoot!.activeElement!.textContent!.trim());
    }
    expect(reached).to.deep.equal(['First question?', 'Second question?', 'Third question?']);
    question(el, 'Second question?').click();
    await el.updateComplete;
    question(el, 'Second question?').focus();
    await press('Tab');
    expect(el.shadowRoot!.activeElement!.textContent).to.equal('link');
  });
});
