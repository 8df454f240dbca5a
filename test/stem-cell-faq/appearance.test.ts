// How answers look on every page: lists and links, printed, at 320 px, in the page's colour scheme and right to left.
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

  it('takes its dark colours on a page whose colour scheme is dark, with readable text', async () => {
    const page = await fixture(html`<div style="color-scheme: dark"><stem-cell-faq></stem-cell-faq></div>`);
    const el = page.querySelector('stem-cell-faq')!;
    el.showAll();
    await el.updateComplete;
    const background = getComputedStyle(el).backgroundColor;
    expect(background).to.equal('rgb(27, 29, 33)');
    for (const part of ['question', 'answer', 'footer']) {
      const color = getComputedStyle(el.shadowRoot!.querySelector(`[part="${part}"]`)!).color;
      expect(contrast(color, background), part).to.be.at.least(4.5);
    }
  });

  itWhere(
    frameDark,
    'an iframe’s color-scheme does not reach prefers-color-scheme',
    'stays light on a light page when the device is set to dark, and follows the device where the page offers dark',
    async () => {
      const light = await inFrame('<stem-cell-faq></stem-cell-faq>', { width: 600, colorScheme: 'dark' });
      expect(light.win.matchMedia('(prefers-color-scheme: dark)').matches, 'the device is set to dark').to.equal(true);
      expect(getComputedStyle(light.doc.querySelector('stem-cell-faq')!).backgroundColor, 'a page without color-scheme').to.equal(
        'rgb(255, 255, 255)',
      );
      light.remove();
      const both = await inFrame('<style>:root { color-scheme: light dark; }</style><stem-cell-faq></stem-cell-faq>', {
        width: 600,
        colorScheme: 'dark',
      });
      expect(getComputedStyle(both.doc.querySelector('stem-cell-faq')!).backgroundColor, 'a page with color-scheme: light dark').to.equal(
        'rgb(27, 29, 33)',
      );
      both.remove();
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
