// Links to single questions: the URL hash opens, scrolls to and focuses its entry; "Copy link" copies an entry's address.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/components/stem-cell-faq/stem-cell-faq.js';
import type { StemCellFaq } from '../../src/components/stem-cell-faq/stem-cell-faq.js';
import { frames } from '../helpers.js';
import { answerStatus, panelOf, question, questions } from '../support/faq.js';
import { buttonNamed, buttons, textOf } from '../support/queries.js';

// The tests set the URL hash; the next test starts without one.
afterEach(() => history.replaceState(null, '', location.pathname + location.search));

describe('<stem-cell-faq> deep links', () => {
  it('opens the entry named by the URL hash on load and scrolls it into view', async () => {
    await setViewport({ width: 800, height: 400 });
    try {
      history.replaceState(null, '', '#are-they-safe');
      const el = await fixture<StemCellFaq>(html`<stem-cell-faq></stem-cell-faq>`);
      await frames();
      const b = question(el, 'Are stem cell injections safe?');
      expect(b.getAttribute('aria-expanded')).to.equal('true');
      const top = b.getBoundingClientRect().top;
      expect(top).to.be.within(-1, 400);
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('opens the entry named by a later hashchange', async () => {
    const el = await fixture<StemCellFaq>(html`<stem-cell-faq></stem-cell-faq>`);
    location.hash = '#what-are-allogenic-stem-cells';
    await oneEvent(window, 'hashchange');
    await el.updateComplete;
    expect(question(el, 'What are allogenic stem cells?').getAttribute('aria-expanded')).to.equal('true');
  });

  it('opens a question the clinic wrote in Hindi without an id, by a link in its own words, wherever it is in the list', async () => {
    const cost = html`<details><summary>इलाज का खर्च कितना है?</summary><p>क्लिनिक से पूछें।</p></details>`;
    const time = html`<details><summary>इलाज में कितना समय लगता है?</summary><p>लगभग एक दिन।</p></details>`;
    for (const order of [
      [cost, time],
      [time, cost],
    ]) {
      history.replaceState(null, '', `#${encodeURIComponent('इलाज-में-कितना-समय-लगता-है')}`);
      const el = await fixture<StemCellFaq>(html`<stem-cell-faq lang="hi">${order}</stem-cell-faq>`);
      await frames();
      expect(questions(el).map((b) => textOf(b))).to.have.length(2);
      expect(question(el, 'इलाज में कितना समय लगता है?').getAttribute('aria-expanded')).to.equal('true');
      expect(question(el, 'इलाज का खर्च कितना है?').getAttribute('aria-expanded')).to.equal('false');
    }
  });

  it('ignores a hash that names no entry, or is malformed', async () => {
    history.replaceState(null, '', '#%E0%A4%A');
    const el = await fixture<StemCellFaq>(html`<stem-cell-faq></stem-cell-faq>`);
    expect(questions(el).every((b) => b.getAttribute('aria-expanded') === 'false')).to.equal(true);
  });

  /** Clicks "Copy link" on the safety entry with the clipboard doing `writeText`; gives what the answer's live region then says. */
  async function copySafetyLink(el: StemCellFaq, writeText: (text: string) => Promise<void>) {
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText } });
    try {
      el.show('are-they-safe');
      await el.updateComplete;
      const said = () => textOf(answerStatus(el, question(el, 'Are stem cell injections safe?')));
      buttonNamed(el, 'Copy link to “Are stem cell injections safe?”')!.click();
      await waitUntil(said, 'the copy result is shown');
      await el.updateComplete;
      return said();
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
    const said = await copySafetyLink(el, async (text) => void (copied = text));
    expect(copied).to.equal(`${location.origin}${location.pathname}${location.search}#are-they-safe`);
    expect(said).to.equal('Link copied');
  });

  it('says “Link copied” for each press, and no more once the answer is closed and opened again', async () => {
    const el = await fixture<StemCellFaq>(html`<stem-cell-faq></stem-cell-faq>`);
    expect(await copySafetyLink(el, async () => {})).to.equal('Link copied');
    // A second press: the status line is emptied, then says it again, so a screen reader hears it again.
    const safety = question(el, 'Are stem cell injections safe?');
    const status = answerStatus(el, safety)!;
    const heard: string[] = [];
    const observer = new MutationObserver(() => heard.push(textOf(status)));
    observer.observe(status, { childList: true, characterData: true, subtree: true });
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async () => {} } });
    try {
      buttonNamed(el, 'Copy link to “Are stem cell injections safe?”')!.click();
      await waitUntil(() => heard.at(-1) === 'Link copied', 'the status line says it again');
    } finally {
      observer.disconnect();
      delete (navigator as { clipboard?: unknown }).clipboard;
    }
    expect(heard).to.deep.equal(['', 'Link copied']);
    safety.click();
    await el.updateComplete;
    safety.click();
    await el.updateComplete;
    expect(textOf(answerStatus(el, safety))).to.equal('');
  });

  it('shows the link itself when the clipboard is refused', async () => {
    const el = await fixture<StemCellFaq>(html`<stem-cell-faq></stem-cell-faq>`);
    const said = await copySafetyLink(el, () => Promise.reject(new Error('denied')));
    expect(said).to.contain('Could not copy. The link is: ').and.to.contain('#are-they-safe');
  });
});
