// A host page with aggressive global CSS still shows readable, usable widgets.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import type { DoseNote, StemCellFaq } from '../src/index.js';
import { contrast } from './support/styles.js';
import { questions } from './support/faq.js';

describe('a hostile host page', () => {
  let style: HTMLStyleElement;
  before(() => {
    style = document.createElement('style');
    style.textContent = `
      * { all: unset; }
      * { color: #ff0 !important; background: #ff0 !important; font-size: 40px !important; letter-spacing: 0.5em !important;
          text-transform: uppercase !important; line-height: 0.6 !important; text-align: right !important; }
      button { display: none !important; }
    `;
    document.head.append(style);
  });
  after(() => style.remove());

  it('keeps the FAQ’s text readable against its background', async () => {
    const el = await fixture<StemCellFaq>(html`<stem-cell-faq></stem-cell-faq>`);
    const question = questions(el)[0];
    const hostStyle = getComputedStyle(el);
    expect(contrast(getComputedStyle(question).color, hostStyle.backgroundColor)).to.be.at.least(4.5);
    expect(getComputedStyle(question).textTransform).to.equal('none');
    expect(getComputedStyle(question).letterSpacing).to.equal('normal');
    // The page's 0.6 would squash the lines; the widget keeps 1.5 times its font size.
    expect(parseFloat(hostStyle.lineHeight) / parseFloat(hostStyle.fontSize)).to.be.closeTo(1.5, 0.01);
  });

  it('keeps the FAQ usable: its buttons show and open answers', async () => {
    const el = await fixture<StemCellFaq>(html`<stem-cell-faq></stem-cell-faq>`);
    const question = questions(el)[0];
    expect(question.checkVisibility()).to.equal(true);
    question.click();
    await el.updateComplete;
    const panel = el.shadowRoot!.getElementById(question.getAttribute('aria-controls')!)!;
    expect(panel.checkVisibility()).to.equal(true);
    expect(contrast(getComputedStyle(panel.querySelector('p')!).color, getComputedStyle(el).backgroundColor)).to.be.at.least(4.5);
  });

  it('keeps the dose calculator readable and working', async () => {
    const el = await fixture<DoseNote>(html`<dose-note calculator></dose-note>`);
    const input = el.shadowRoot!.querySelector('input')!;
    input.value = '70';
    input.dispatchEvent(new Event('input'));
    await el.updateComplete;
    const result = el.shadowRoot!.querySelector('[part="result"]')!;
    expect(result.textContent).to.contain('140 million');
    const callout = el.shadowRoot!.querySelector('[part="callout"]')!;
    expect(
      contrast(getComputedStyle(result).color, getComputedStyle(el.shadowRoot!.querySelector('[part="calculator"]')!).backgroundColor),
    ).to.be.at.least(4.5);
    expect(contrast(getComputedStyle(callout).color, getComputedStyle(callout).backgroundColor)).to.be.at.least(4.5);
  });
});
