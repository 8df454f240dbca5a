// How answers look on every page: lists and links, printed, at 320 px, in a dark colour scheme and right to left.
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/components/stem-cell-faq/stem-cell-faq.js';
import type { StemCellFaq } from '../../src/components/stem-cell-faq/stem-cell-faq.js';
import { canEmulateMedia, itWhere, plainMedia, resetMedia } from '../support/engine.js';
import { button, panelOf, questions, smallEntries as small } from '../support/faq.js';
import { frameFollowsColorScheme, inFrame } from '../support/frame.js';
import { contrast, printRules } from '../support/styles.js';

const frameDark = await frameFollowsColorScheme();

afterEach(() => resetMedia(plainMedia));

describe('<stem-cell-faq> appearance', () => {
  it('renders lists and safe links from structured answers', async () => {
    const el = await fixture<StemCellFaq>(html`<stem-cell-faq .items=${small}></stem-cell-faq>`);
    el.showAll();
    await el.updateComplete;
    const link = el.shadowRoot!.querySelector('a')!;
    expect(link.textContent).to.equal('link');
    expect(link.getAttribute('href')).to.equal('https://example.org/');
    expect([...el.shadowRoot!.querySelectorAll('li')].map((li) => li.textContent)).to.deep.equal(['a point', 'another point']);
  });

  it('has print styles that show every answer and hide the buttons', async () => {
    const el = await fixture<StemCellFaq>(html`<stem-cell-faq></stem-cell-faq>`);
    const print = printRules(el);
    expect(print).to.match(/\[hidden\][^{]*\{[^}]*display: block !important/);
    expect(print).to.match(/button[^{]*\{[^}]*display: none !important/);
  });

  itWhere(canEmulateMedia, 'no media emulation', 'shows every answer when printed', async () => {
    const el = await fixture<StemCellFaq>(html`<stem-cell-faq></stem-cell-faq>`);
    await emulateMedia({ media: 'print' });
    for (const b of questions(el)) expect(getComputedStyle(panelOf(el, b)).display).to.equal('block');
    expect(getComputedStyle(button(el, 'Show all')!).display).to.equal('none');
  });

  it('reflows without horizontal scrolling at 320 px wide', async () => {
    const frame = await inFrame('<stem-cell-faq search></stem-cell-faq>', { width: 320 });
    const el = frame.doc.querySelector('stem-cell-faq')!;
    el.showAll();
    await el.updateComplete;
    expect(el.scrollWidth).to.be.at.most(el.clientWidth);
    expect(frame.doc.documentElement.scrollWidth).to.be.at.most(320);
    frame.remove();
  });

  itWhere(
    frameDark,
    'an iframe’s color-scheme does not reach prefers-color-scheme',
    'follows a dark colour scheme with readable text',
    async () => {
      const frame = await inFrame('<stem-cell-faq></stem-cell-faq>', { width: 600, colorScheme: 'dark' });
      const el = frame.doc.querySelector('stem-cell-faq')!;
      el.showAll();
      await el.updateComplete;
      const background = getComputedStyle(el).backgroundColor;
      expect(background).to.equal('rgb(27, 29, 33)');
      for (const part of ['question', 'answer', 'footer']) {
        const color = getComputedStyle(el.shadowRoot!.querySelector(`[part="${part}"]`)!).color;
        expect(contrast(color, background), part).to.be.at.least(4.5);
      }
      frame.remove();
    },
  );

  it('lays out right to left under dir="rtl"', async () => {
    const el = await fixture<StemCellFaq>(html`<div dir="rtl"><stem-cell-faq></stem-cell-faq></div>`);
    const faq = el.querySelector('stem-cell-faq')!;
    const b = questions(faq)[0];
    const [text, icon] = [b.children[0].getBoundingClientRect(), b.children[1].getBoundingClientRect()];
    expect(icon.right).to.be.lessThan(text.left);
  });
});
