// A page that already defines one of the tag names gets a console warning, and the other two elements still work.
import { expect, fixture, html } from '@open-wc/testing';

describe('a page that already owns a tag name', () => {
  it('warns and leaves that tag to the page, while the other two elements work', async () => {
    class PagesOwnDoseNote extends HTMLElement {}
    customElements.define('dose-note', PagesOwnDoseNote);
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => void warnings.push(args.join(' '));
    try {
      await import('../src/index.js');
    } finally {
      console.warn = original;
    }
    expect(customElements.get('dose-note')).to.equal(PagesOwnDoseNote);
    expect(warnings.join('\n')).to.contain('<dose-note>: this tag name is already defined by another script on this page');
    const faq = await fixture(html`<stem-cell-faq></stem-cell-faq>`);
    const steps = await fixture(html`<procedure-steps></procedure-steps>`);
    expect(faq.shadowRoot!.querySelectorAll('[part="question"]').length).to.equal(9);
    expect(steps.shadowRoot!.querySelectorAll('li').length).to.equal(4);
  });
});
