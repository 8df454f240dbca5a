// What an editor can get wrong (bad entries, JSON, attributes, strings, ids) is skipped with a console message naming it; markup in content stays text; nothing is stored or sent.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/stem-cell-faq/stem-cell-faq.js';
import type { StemCellFaq } from '../../src/components/stem-cell-faq/stem-cell-faq.js';
import { faqEntries } from '../../src/content/faq.js';
import { editorMessages, frames, shadowText } from '../helpers.js';
import { button, questions, search as type, smallEntries as small } from '../support/faq.js';

describe('<stem-cell-faq> bad input', () => {
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
    const page = window as unknown as { __pwned?: number };
    page.__pwned = 0;
    try {
      const evil = '<img src=x onerror="window.__pwned++"><script>window.__pwned++</script>';
      const el = await fixture<StemCellFaq>(html`<stem-cell-faq .items=${[{ id: 'x', question: evil, answer: [evil] }]}></stem-cell-faq>`);
      el.showAll();
      await el.updateComplete;
      await frames(); // an injected <img> would have tried to load, and failed, by the next frames
      expect(questions(el)[0].textContent!.trim()).to.equal(evil);
      expect(el.shadowRoot!.querySelector('img, script')).to.equal(null);
      expect(page.__pwned).to.equal(0);
    } finally {
      delete page.__pwned;
    }
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

  it('shows a {name} other than {cells} as written, never a built-in value, and names it to the editor', async () => {
    const items = [
      { id: 'built-in', question: 'What is {constructor} {toString}?', answer: ['{valueOf} and {cell}.'] },
      { id: 'figure', question: 'How many?', answer: ['At least {cells} for each kg.'] },
    ];
    const el = await fixture<StemCellFaq>(
      html`<stem-cell-faq .items=${items} reviewed-by="{toString}" last-reviewed="2026-12-04"></stem-cell-faq>`,
    );
    expect(questions(el).map((b) => b.textContent!.trim())).to.deep.equal(['What is {constructor} {toString}?', 'How many?']);
    expect(shadowText(el))
      .to.contain('{valueOf} and {cell}.')
      .and.contain('At least 2 million for each kg.')
      .and.contain('Reviewed by: {toString}')
      .and.not.contain('native code');
    expect(warnings.messages.join('\n')).to.contain(
      `entry 1 ("built-in"): {constructor}, {toString}, {valueOf}, {cell} is shown as written; only {cells}, the clinic's figure, is filled in.`,
    );
    expect(warnings.messages.join('\n')).not.to.contain('entry 2');
  });

  it('keeps the default of a UI string whose placeholders differ from it, naming it', async () => {
    const el = await fixture<StemCellFaq>(
      html`<stem-cell-faq search .strings=${{ searchMatches: '{shwon} found', constructor: 'x' } as never}></stem-cell-faq>`,
    );
    await type(el, 'insurance');
    expect(shadowText(el)).not.to.contain('{shwon}');
    expect(warnings.messages.join('\n'))
      .to.contain('"strings.searchMatches" must use the placeholders of the default (')
      .and.contain('"strings.constructor" is not a known UI string');
  });

  it('shows a fallback link that no patient may follow as text, and names it', async () => {
    const el = await fixture<StemCellFaq>(
      html`<stem-cell-faq><details><summary>Where?</summary><p>See <a href="javascript:alert(1)">our map</a>.</p></details></stem-cell-faq>`,
    );
    expect(shadowText(el)).to.contain('See our map.');
    expect(el.shadowRoot!.querySelector('a[href^="javascript"]')).to.equal(null);
    expect(errors.messages.join('\n')).to.contain(
      '<stem-cell-faq>: the link "our map" goes to "javascript:alert(1)", which is not an http(s), mailto, tel or relative address; its text is shown without the link.',
    );
  });

  it('warns when asked to show an unknown id', async () => {
    const el = await fixture<StemCellFaq>(html`<stem-cell-faq></stem-cell-faq>`);
    el.show('nope');
    expect(warnings.messages[0]).to.contain('show("nope"): there is no entry with that id');
  });

  it('makes no network request, cookie or storage entry of its own', async () => {
    // Its own code, which it imports when it needs it (the JSON-LD file, #27), is loaded first: what
    // is counted is every request beyond the page's scripts.
    await import('../../src/internal/structured-data.js');
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
