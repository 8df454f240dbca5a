import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import '../src/components/stem-cell-faq/stem-cell-faq.js';
import type { StemCellFaq } from '../src/components/stem-cell-faq/stem-cell-faq.js';
import { faqEntries } from '../src/content/faq.js';
import { faqDetails } from '../scripts/fallback-markup.mjs';
import { captureConsole, frames, shadowText, editorMessages } from './helpers.js';
import { canEmulateMedia, itWhere, press, resetMedia } from './support/engine.js';
import { frameFollowsColorScheme, inFrame } from './support/frame.js';
import { contrast, printRules } from './support/styles.js';
import { buttons, textOf } from './support/queries.js';
import { button, panelOf, question, questions, search as type, searchBox, status, visibleQuestions } from './support/faq.js';
import { faq, faqStates } from '../stories/templates.js';
import { storyStates } from './support/states.js';

const frameDark = await frameFollowsColorScheme();

const small = [
  { id: 'one', question: 'First question?', answer: ['First answer.'] },
  { id: 'two', question: 'Second question?', answer: [['Second answer, with a ', { text: 'link', href: 'https://example.org/' }, '.']] },
  { id: 'three', question: 'Third question?', answer: [{ list: ['a point', 'another point'] }] },
];

afterEach(async () => {
  history.replaceState(null, '', location.pathname + location.search);
  await resetMedia({ reducedMotion: 'no-preference', colorScheme: 'light', forcedColors: 'none', media: 'screen' });
});

describe('<stem-cell-faq>', () => {
  storyStates('stem-cell-faq', faq, faqStates);

  describe('accessibility', () => {
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

    itWhere(canEmulateMedia, 'no media emulation', 'passes axe with every entry open in dark mode', async () => {
      const el = await fixture<StemCellFaq>(html`<stem-cell-faq last-reviewed="2026-01-05"></stem-cell-faq>`);
      el.showAll();
      await emulateMedia({ colorScheme: 'dark' });
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });

    it('passes axe while searching and when nothing matches', async () => {
      const el = await fixture<StemCellFaq>(html`<stem-cell-faq search></stem-cell-faq>`);
      await type(el, 'insurance');
      await expect(el).to.be.accessible();
      await type(el, 'zzzz');
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

    it('labels answer panels as regions only when there are at most six', async () => {
      const few = await fixture<StemCellFaq>(html`<stem-cell-faq .items=${small}></stem-cell-faq>`);
      const panel = panelOf(few, questions(few)[0]);
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

    itWhere(canEmulateMedia, 'no media emulation', 'keeps the focus outline in forced-colours mode', async () => {
      const el = await fixture<StemCellFaq>(html`<stem-cell-faq></stem-cell-faq>`);
      questions(el)[0].focus();
      await press('ArrowDown');
      await emulateMedia({ forcedColors: 'active' });
      expect(getComputedStyle(el.shadowRoot!.activeElement!).outlineStyle).to.equal('solid');
    });
  });

  describe('rendering', () => {
    it('shows every bundled question with nothing configured', async () => {
      const el = await fixture<StemCellFaq>(html`<stem-cell-faq></stem-cell-faq>`);
      expect(questions(el).map((b) => b.textContent!.trim())).to.deep.equal(faqEntries.map((e) => e.question));
    });

    it('keeps answers closed but findable by find-in-page', async () => {
      const el = await fixture<StemCellFaq>(html`<stem-cell-faq></stem-cell-faq>`);
      for (const b of questions(el)) {
        expect(b.getAttribute('aria-expanded')).to.equal('false');
        expect(panelOf(el, b).getAttribute('hidden')).to.equal('until-found');
      }
    });

    it('shows the disclaimer and the review dates in the element’s language', async () => {
      const el = await fixture<StemCellFaq>(
        html`<stem-cell-faq last-reviewed="2026-12-02" next-review-due="2027-03-01" reviewed-by="Dr A. Rao"></stem-cell-faq>`,
      );
      const footer = el.shadowRoot!.querySelector('[part="footer"]')!.textContent!.replace(/\s+/g, ' ');
      expect(footer).to.contain('Results may vary');
      expect(footer).to.contain('Page last reviewed: December 2, 2026 · Next review due: March 1, 2027');
      expect(footer).to.contain('Reviewed by: Dr A. Rao');
    });

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
      expect(print).to.match(/\.a\[hidden\][^{]*\{[^}]*display: block !important/);
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

  describe('keyboard', () => {
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

  describe('behaviour', () => {
    it('opens the answer when its question is clicked, and keeps others open', async () => {
      const el = await fixture<StemCellFaq>(html`<stem-cell-faq></stem-cell-faq>`);
      questions(el)[0].click();
      questions(el)[1].click();
      await el.updateComplete;
      expect(
        questions(el)
          .map((b) => b.getAttribute('aria-expanded'))
          .slice(0, 3),
      ).to.deep.equal(['true', 'true', 'false']);
      expect(panelOf(el, questions(el)[0]).checkVisibility()).to.equal(true);
    });

    it('closes the others in single mode', async () => {
      const el = await fixture<StemCellFaq>(html`<stem-cell-faq single></stem-cell-faq>`);
      questions(el)[0].click();
      await el.updateComplete;
      questions(el)[1].click();
      await el.updateComplete;
      expect(questions(el).filter((b) => b.getAttribute('aria-expanded') === 'true')).to.deep.equal([questions(el)[1]]);
      expect(button(el, 'Show all')).to.equal(undefined);
    });

    it('shows all and hides all, with the button’s label following the state', async () => {
      const el = await fixture<StemCellFaq>(html`<stem-cell-faq></stem-cell-faq>`);
      button(el, 'Show all')!.click();
      await el.updateComplete;
      expect(questions(el).every((b) => b.getAttribute('aria-expanded') === 'true')).to.equal(true);
      button(el, 'Hide all')!.click();
      await el.updateComplete;
      expect(questions(el).every((b) => b.getAttribute('aria-expanded') === 'false')).to.equal(true);
      expect(button(el, 'Show all')).to.be.instanceOf(HTMLButtonElement);
    });

    it('fires faq-toggle with the id on a click, but not for method calls', async () => {
      const el = await fixture<StemCellFaq>(html`<stem-cell-faq></stem-cell-faq>`);
      const events: unknown[] = [];
      document.addEventListener('faq-toggle', (e) => events.push((e as CustomEvent).detail));
      el.show('are-they-safe');
      await el.updateComplete;
      const next = oneEvent(el, 'faq-toggle');
      question(el, 'What are allogenic stem cells?').click();
      const event = await next;
      expect(event.detail).to.deep.equal({ id: 'what-are-allogenic-stem-cells', open: true });
      expect(event.bubbles && event.composed).to.equal(true);
      expect(events).to.have.length(1);
    });

    it('opens, closes, shows all and hides all through its methods', async () => {
      const el = await fixture<StemCellFaq>(html`<stem-cell-faq></stem-cell-faq>`);
      el.show('are-they-safe');
      await el.updateComplete;
      expect(question(el, 'Are stem cell injections safe?').getAttribute('aria-expanded')).to.equal('true');
      el.hide('are-they-safe');
      el.showAll();
      await el.updateComplete;
      expect(questions(el).every((b) => b.getAttribute('aria-expanded') === 'true')).to.equal(true);
      el.hideAll();
      await el.updateComplete;
      expect(questions(el).every((b) => b.getAttribute('aria-expanded') === 'false')).to.equal(true);
    });

    it('opens the entry named by the URL hash on load and scrolls it into view', async () => {
      await setViewport({ width: 800, height: 400 });
      history.replaceState(null, '', '#are-they-safe');
      const el = await fixture<StemCellFaq>(html`<stem-cell-faq></stem-cell-faq>`);
      await frames();
      const b = question(el, 'Are stem cell injections safe?');
      expect(b.getAttribute('aria-expanded')).to.equal('true');
      const top = b.getBoundingClientRect().top;
      expect(top).to.be.within(-1, 400);
      await setViewport({ width: 800, height: 600 });
    });

    it('opens the entry named by a later hashchange', async () => {
      const el = await fixture<StemCellFaq>(html`<stem-cell-faq></stem-cell-faq>`);
      location.hash = '#what-are-allogenic-stem-cells';
      await oneEvent(window, 'hashchange');
      await el.updateComplete;
      expect(question(el, 'What are allogenic stem cells?').getAttribute('aria-expanded')).to.equal('true');
    });

    it('opens a closed answer when find-in-page finds text in it (beforematch)', async () => {
      const el = await fixture<StemCellFaq>(html`<stem-cell-faq></stem-cell-faq>`);
      const b = question(el, 'Are stem cell injections safe?');
      panelOf(el, b).dispatchEvent(new Event('beforematch'));
      await el.updateComplete;
      expect(b.getAttribute('aria-expanded')).to.equal('true');
    });

    /** Clicks "Copy link" on the safety entry with the clipboard doing `writeText`; gives the button. */
    async function copySafetyLink(el: StemCellFaq, writeText: (text: string) => Promise<void>) {
      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText } });
      try {
        el.show('are-they-safe');
        await el.updateComplete;
        const copy = el.shadowRoot!.querySelector<HTMLButtonElement>('[aria-label="Copy link to “Are stem cell injections safe?”"]')!;
        const said = copy.nextElementSibling!; // its own status
        copy.click();
        await waitUntil(() => said.textContent, 'the copy result is shown');
        await el.updateComplete;
        return copy;
      } finally {
        delete (navigator as { clipboard?: unknown }).clipboard; // the prototype's own clipboard shows again
      }
    }

    it('offers “Copy link” in open answers only, not in closed ones find-in-page searches', async () => {
      const el = await fixture<StemCellFaq>(html`<stem-cell-faq></stem-cell-faq>`);
      expect(buttons(el).filter((b) => b.textContent!.trim() === 'Copy link')).to.have.length(0);
      questions(el)[2].click();
      await el.updateComplete;
      const copies = buttons(el).filter((b) => b.textContent!.trim() === 'Copy link');
      expect(copies).to.have.length(1);
      expect(panelOf(el, questions(el)[2]).contains(copies[0])).to.equal(true);
    });

    it('copies a link to the entry and says so', async () => {
      const el = await fixture<StemCellFaq>(html`<stem-cell-faq></stem-cell-faq>`);
      let copied = '';
      const copy = await copySafetyLink(el, async (text) => void (copied = text));
      expect(copied).to.equal(`${location.origin}${location.pathname}${location.search}#are-they-safe`);
      expect(copy.nextElementSibling!.getAttribute('role')).to.equal('status');
      expect(copy.nextElementSibling!.textContent).to.equal('Link copied');
    });

    it('shows the link itself when the clipboard is refused', async () => {
      const el = await fixture<StemCellFaq>(html`<stem-cell-faq></stem-cell-faq>`);
      const copy = await copySafetyLink(el, () => Promise.reject(new Error('denied')));
      expect(copy.nextElementSibling!.textContent).to.contain('Could not copy. The link is: ').and.to.contain('#are-they-safe');
    });

    it('filters questions and answers as the patient types, and says how many match', async () => {
      const el = await fixture<StemCellFaq>(html`<stem-cell-faq search></stem-cell-faq>`);
      const label = el.shadowRoot!.querySelector(`label[for="${searchBox(el).id}"]`)!;
      expect(label.textContent!.trim()).to.equal('Search questions');
      await type(el, 'insurance');
      expect(visibleQuestions(el)).to.deep.equal(['Are stem cell injections covered by insurance?']);
      expect(status(el)).to.equal('1 of 9 questions match');
      expect(el.shadowRoot!.querySelector('.status')!.getAttribute('role')).to.equal('status');
      await type(el, 'iliac spine');
      expect(visibleQuestions(el)).to.have.length(2);
      expect(status(el)).to.equal('2 of 9 questions match');
    });

    it('says plainly when nothing matches, and shows all again when cleared', async () => {
      const el = await fixture<StemCellFaq>(html`<stem-cell-faq search></stem-cell-faq>`);
      await type(el, 'xylophone');
      expect(visibleQuestions(el)).to.deep.equal([]);
      expect(status(el)).to.equal('No questions match “xylophone”. Try another word.');
      await type(el, '');
      expect(visibleQuestions(el)).to.have.length(9);
      expect(status(el)).to.equal('');
    });

    it('animates opening', async () => {
      const el = await fixture<StemCellFaq>(html`<stem-cell-faq></stem-cell-faq>`);
      questions(el)[0].click();
      await el.updateComplete;
      expect(panelOf(el, questions(el)[0]).getAnimations()).to.have.length(1);
    });

    itWhere(canEmulateMedia, 'no media emulation', 'does not animate when the patient asks for reduced motion', async () => {
      const el = await fixture<StemCellFaq>(html`<stem-cell-faq></stem-cell-faq>`);
      await emulateMedia({ reducedMotion: 'reduce' });
      questions(el)[1].click();
      await el.updateComplete;
      expect(panelOf(el, questions(el)[1]).getAnimations()).to.have.length(0);
    });

    it('makes no network request, cookie or storage entry of its own', async () => {
      const before = [performance.getEntriesByType('resource').length, document.cookie, localStorage.length, sessionStorage.length];
      const el = await fixture<StemCellFaq>(html`<stem-cell-faq search structured-data></stem-cell-faq>`);
      el.showAll();
      await type(el, 'safe');
      await el.updateComplete;
      expect([performance.getEntriesByType('resource').length, document.cookie, localStorage.length, sessionStorage.length]).to.deep.equal(
        before,
      );
    });
  });

  describe('content sources', () => {
    it('takes entries from a child JSON script in the shape the content module exports', async () => {
      const el = await fixture<StemCellFaq>(
        html`<stem-cell-faq><script type="application/json">${JSON.stringify(small)}</script></stem-cell-faq>`,
      );
      expect(questions(el).map((b) => b.textContent!.trim())).to.deep.equal(['First question?', 'Second question?', 'Third question?']);
    });

    it('takes over fallback <details> markup, keeping ids, lists and links', async () => {
      const el = await fixture<StemCellFaq>(html`<stem-cell-faq>
        <details id="parking"><summary>Where can I park?</summary><p>In the <a href="/map">clinic car park</a>.</p><ul><li>Free</li><li>Open all day</li></ul></details>
        <details><summary>Can I bring someone?</summary>Yes, one person.</details>
      </stem-cell-faq>`);
      expect(questions(el).map((b) => b.textContent!.trim())).to.deep.equal(['Where can I park?', 'Can I bring someone?']);
      el.showAll();
      await el.updateComplete;
      expect(panelOf(el, questions(el)[0]).textContent!.replace(/\s+/g, ' '))
        .to.contain('In the clinic car park.')
        .and.contain('Free');
      expect(el.shadowRoot!.querySelector('a[href="/map"]')).to.be.instanceOf(HTMLAnchorElement);
      el.show('can-i-bring-someone');
      expect(questions(el)[0].id).to.equal('q-parking');
    });

    it('its snippet’s fallback markup reads as plain HTML when JavaScript is unavailable', async () => {
      // The snippet's own markup (scripts/fallback-markup.mjs), on a page that never loads our script.
      const iframe = document.createElement('iframe');
      const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
      iframe.srcdoc = `<!doctype html><html lang="en"><body><stem-cell-faq>${faqDetails(faqEntries)}</stem-cell-faq></body></html>`;
      document.body.append(iframe);
      await loaded;
      const doc = iframe.contentDocument!;
      const summaries = [...doc.querySelectorAll('summary')];
      expect(summaries.map((q) => q.textContent)).to.deep.equal(faqEntries.map((e) => e.question));
      expect(summaries.every((q) => q.checkVisibility())).to.equal(true);
      const given = doc.getElementById('how-are-stem-cell-injections-given') as HTMLDetailsElement;
      given.open = true;
      expect(given.querySelector('p')!.checkVisibility()).to.equal(true);
      expect(given.textContent).to.contain('Typically, 2 million stem cells for each kilogram');
      iframe.remove();
    });

    it('takes entries from the items property', async () => {
      const el = await fixture<StemCellFaq>(html`<stem-cell-faq></stem-cell-faq>`);
      el.items = small.slice(0, 1);
      await el.updateComplete;
      expect(questions(el).map((b) => b.textContent!.trim())).to.deep.equal(['First question?']);
    });

    // Unchanged entries are left as they are on each update; these are the changes they must still follow.
    it('shows every question again when the list shrinks and grows back', async () => {
      const el = await fixture<StemCellFaq>(html`<stem-cell-faq></stem-cell-faq>`);
      el.items = small.slice(0, 1);
      await el.updateComplete;
      el.items = undefined;
      await el.updateComplete;
      expect(questions(el).map((b) => b.textContent!.trim())).to.deep.equal(faqEntries.map((e) => e.question));
    });

    it('gives every entry a new heading level and new strings after the first render', async () => {
      const el = await fixture<StemCellFaq>(html`<stem-cell-faq .items=${small}></stem-cell-faq>`);
      questions(el)[0].click();
      await el.updateComplete;
      el.headingLevel = 4;
      el.strings = { copyLink: 'Share' };
      el.showAll();
      await el.updateComplete;
      const levels = [...el.shadowRoot!.querySelectorAll('[role="heading"]')].map((h) => h.getAttribute('aria-level'));
      expect(levels).to.deep.equal(['4', '4', '4']);
      expect(questions(el).map((q) => textOf(panelOf(el, q).querySelector('.copy button')))).to.deep.equal(['Share', 'Share', 'Share']);
    });

    it('describes the entries as FAQPage structured data matching the visible text', async () => {
      const el = await fixture<StemCellFaq>(html`<stem-cell-faq structured-data last-reviewed="2026-12-02"></stem-cell-faq>`);
      const script = el.querySelector('script[type="application/ld+json"]')!;
      const data = JSON.parse(script.textContent!);
      expect(data['@type']).to.deep.equal(['FAQPage', 'MedicalWebPage']);
      expect(data.lastReviewed).to.equal('2026-12-02');
      expect(data.mainEntity.map((q: { name: string }) => q.name)).to.deep.equal(questions(el).map((b) => b.textContent!.trim()));
      el.showAll();
      await el.updateComplete;
      for (const [i, q] of data.mainEntity.entries()) {
        const visible = panelOf(el, questions(el)[i]).innerText.replace(/\s+/g, ' ');
        for (const line of q.acceptedAnswer.text.split('\n')) expect(visible).to.contain(line);
      }
    });

    it('adds no structured data when the page already has an FAQPage, and says so', async () => {
      const existing = document.createElement('script');
      existing.type = 'application/ld+json';
      existing.textContent = '{"@type":"FAQPage"}';
      document.head.append(existing);
      const info = captureConsole('info');
      try {
        const el = await fixture<StemCellFaq>(html`<stem-cell-faq structured-data></stem-cell-faq>`);
        expect(el.querySelector('script')).to.equal(null);
        expect(info.messages.join()).to.contain('already has FAQPage structured data');
      } finally {
        info.restore();
        existing.remove();
      }
    });

    it('uses strings from the strings property', async () => {
      const el = await fixture<StemCellFaq>(
        html`<stem-cell-faq search .strings=${{ showAll: 'Open every answer', searchQuestions: 'Find a question' }}></stem-cell-faq>`,
      );
      expect(button(el, 'Open every answer')).to.be.instanceOf(HTMLButtonElement);
      expect(shadowText(el)).to.contain('Find a question');
    });
  });

  describe('bad input', () => {
    const { errors, warnings } = editorMessages();

    it('skips an entry with a bad field, naming the entry and the field, and shows the rest', async () => {
      const items = [small[0], { id: 'broken', question: '', answer: ['x'] }, { id: 'no-answer', question: 'Q?' }, small[2]];
      const el = await fixture<StemCellFaq>(html`<stem-cell-faq .items=${items}></stem-cell-faq>`);
      expect(questions(el).map((b) => b.textContent!.trim())).to.deep.equal(['First question?', 'Third question?']);
      expect(errors.messages[0]).to.contain('<stem-cell-faq>: entry 2 ("broken"): "question" must be non-empty text');
      expect(errors.messages[1]).to.contain('entry 3 ("no-answer"): "answer" must be a non-empty array');
    });

    it('skips repeated ids and unsafe links', async () => {
      const items = [
        small[0],
        { ...small[1], id: 'one' },
        { id: 'js', question: 'Q?', answer: [[{ text: 'x', href: 'javascript:alert(1)' }]] },
      ];
      const el = await fixture<StemCellFaq>(html`<stem-cell-faq .items=${items}></stem-cell-faq>`);
      expect(questions(el)).to.have.length(1);
      expect(errors.messages.join('\n'))
        .to.contain('"id" repeats an earlier entry')
        .and.contain('"href" must be an http(s), mailto, tel or relative');
    });

    it('falls back to the bundled content for an empty or wholly invalid list', async () => {
      for (const items of [[], [{ nope: true }], 'not a list']) {
        const el = await fixture<StemCellFaq>(html`<stem-cell-faq .items=${items as never}></stem-cell-faq>`);
        expect(questions(el)).to.have.length(faqEntries.length);
      }
      expect(errors.messages.filter((m) => m.includes('Showing the bundled content'))).to.have.length(3);
    });

    it('falls back to the bundled content when the JSON script is not JSON', async () => {
      const el = await fixture<StemCellFaq>(html`<stem-cell-faq><script type="application/json">[{ id: oops</script></stem-cell-faq>`);
      expect(questions(el)).to.have.length(faqEntries.length);
      expect(errors.messages[0]).to.contain('is not valid JSON');
    });

    it('shows markup and script inside content as text, never running it', async () => {
      const trap = ((window as unknown as { __pwned: number }).__pwned = 0);
      const evil = '<img src=x onerror="window.__pwned++"><script>window.__pwned++</script>';
      const el = await fixture<StemCellFaq>(html`<stem-cell-faq .items=${[{ id: 'x', question: evil, answer: [evil] }]}></stem-cell-faq>`);
      el.showAll();
      await el.updateComplete;
      await frames(); // an injected <img> would have tried to load, and failed, by the next frames
      expect(questions(el)[0].textContent!.trim()).to.equal(evil);
      expect(el.shadowRoot!.querySelector('img, script')).to.equal(null);
      expect((window as unknown as { __pwned: number }).__pwned).to.equal(trap);
    });

    it('ignores a bad heading level or date with a console warning', async () => {
      const el = await fixture<StemCellFaq>(
        html`<stem-cell-faq heading-level="9" last-reviewed="2026-02-30" next-review-due="soon"></stem-cell-faq>`,
      );
      expect(questions(el)[0].parentElement!.getAttribute('aria-level')).to.equal('3');
      expect(shadowText(el)).not.to.contain('Page last reviewed');
      expect(warnings.messages.join('\n'))
        .to.contain('heading-level="9" is not allowed; use a whole number from 2 to 6')
        .and.contain('last-reviewed="2026-02-30" is not a date')
        .and.contain('next-review-due="soon" is not a date');
    });

    it('warns about unknown or empty strings and keeps the defaults', async () => {
      const el = await fixture<StemCellFaq>(html`<stem-cell-faq .strings=${{ showAll: '', shwoAll: 'x' } as never}></stem-cell-faq>`);
      expect(button(el, 'Show all')).to.be.instanceOf(HTMLButtonElement);
      expect(warnings.messages.join('\n'))
        .to.contain('"strings.showAll" must be a non-empty string')
        .and.contain('"strings.shwoAll" is not a known UI string');
    });

    it('warns when asked to show an unknown id', async () => {
      const el = await fixture<StemCellFaq>(html`<stem-cell-faq></stem-cell-faq>`);
      el.show('nope');
      expect(warnings.messages[0]).to.contain('show("nope"): there is no entry with that id');
    });

    it('ignores a hash that names no entry, or is malformed', async () => {
      history.replaceState(null, '', '#%E0%A4%A');
      const el = await fixture<StemCellFaq>(html`<stem-cell-faq></stem-cell-faq>`);
      expect(questions(el).every((b) => b.getAttribute('aria-expanded') === 'false')).to.equal(true);
    });
  });
});
