// Where the questions come from (the bundled copy, a JSON script, fallback <details> markup, the items property), the strings, and the structured data that describes them.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/stem-cell-faq/stem-cell-faq.js';
import type { StemCellFaq } from '../../src/components/stem-cell-faq/stem-cell-faq.js';
import { faqEntries } from '../../src/content/faq.js';
import { faqDetails } from '../../scripts/fallback-markup.mjs';
import { captureConsole, shadowText } from '../helpers.js';
import { button, copyLinkButton, panelOf, questions, smallEntries as small } from '../support/faq.js';
import { textOf } from '../support/queries.js';

describe('<stem-cell-faq> content sources', () => {
  it('shows every bundled question with nothing configured', async () => {
    const el = await fixture<StemCellFaq>(html`<stem-cell-faq></stem-cell-faq>`);
    expect(questions(el).map((b) => b.textContent!.trim())).to.deep.equal(faqEntries.map((e) => e.question));
  });

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

  it('reads back the English words its fallback marks in a Hindi answer beside a link, and marks them again', async () => {
    // As every road writes a clinic's own answer: the English word in a <span lang="en">, a link in the same paragraph.
    const el = await fixture<StemCellFaq>(html`<stem-cell-faq lang="hi"
      ><details id="q"
        ><summary>ये क्या हैं?</summary
        ><p>इन्हें <span lang="en">MSCs</span> कहते हैं, <a href="https://example.org/">यहाँ</a> देखें।</p></details
      ></stem-cell-faq
    >`);
    el.showAll();
    await el.updateComplete;
    const answer = panelOf(el, questions(el)[0]).querySelector('p')!;
    expect(answer.textContent!.replace(/\s+/g, ' ').trim()).to.equal('इन्हें MSCs कहते हैं, यहाँ देखें।');
    expect([...answer.querySelectorAll('[lang="en"]')].map((e) => e.textContent)).to.deep.equal(['MSCs']);
    expect(answer.querySelector('a[href="https://example.org/"]')!.textContent).to.equal('यहाँ');
  });

  it('reads a line break in an answer as a space between its words, in a paragraph, a list and loose text', async () => {
    // WordPress writes an editor's single line break as <br />; so may a page's own markup.
    const el = await fixture<StemCellFaq>(html`<stem-cell-faq
      ><details id="call"><summary>How do I book?</summary><p>Call us on:<br />0123 456</p><ul><li>Monday<br>to Friday</li></ul></details
      ><details id="where"><summary>Where?</summary>Room 4<br>upstairs</details></stem-cell-faq
    >`);
    el.showAll();
    await el.updateComplete;
    const [call, where] = questions(el).map((q) => panelOf(el, q));
    expect([...call.querySelectorAll('p, li')].map((e) => e.textContent!.replace(/\s+/g, ' ').trim())).to.include.members([
      'Call us on: 0123 456',
      'Monday to Friday',
    ]);
    expect(where.querySelector('p')!.textContent!.trim()).to.equal('Room 4 upstairs');
  });

  it('reads a line break in a question, or in a tag of loose text, as a space; a comment in loose text is not read', async () => {
    const el = await fixture<StemCellFaq>(html`<stem-cell-faq
      ><details id="call"
        ><summary>How do I<br />book?</summary>Call <strong>us<br>on</strong> 0123 456<!-- for the clinic: check this number --></details
      ></stem-cell-faq
    >`);
    el.showAll();
    await el.updateComplete;
    const [question] = questions(el);
    expect(question.textContent!.replace(/\s+/g, ' ').trim()).to.equal('How do I book?');
    expect(panelOf(el, question).querySelector('p')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Call us on 0123 456');
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
    expect(questions(el).map((q) => textOf(copyLinkButton(el, q)))).to.deep.equal(['Share', 'Share', 'Share']);
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
