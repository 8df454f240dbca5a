import { expect } from '@open-wc/testing';
import { TAGS } from '../src/internal/tags.js';

describe('the CDN bundle', () => {
  it('defines all three elements when loaded with a module script tag', async () => {
    const script = document.createElement('script');
    script.type = 'module';
    // Byte for byte, as a CDN serves it (web-test-runner.config.mjs), so that the English text the FAQ
    // imports below passes the integrity check the bundle holds for it.
    script.src = new URL('/cdn-raw/stem-cell-explainers.js', location.href).href;
    const loaded = new Promise((resolve, reject) => {
      script.onload = resolve;
      script.onerror = reject;
    });
    document.head.append(script);
    await loaded;
    for (const tag of TAGS) expect(customElements.get(tag), tag).to.be.a('function');
  });

  it('renders the bundled questions in a pasted <stem-cell-faq>, its English text imported from beside the bundle', async () => {
    document.body.insertAdjacentHTML('beforeend', '<stem-cell-faq></stem-cell-faq>');
    const faq = document.querySelector('stem-cell-faq')!;
    await (faq as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    const buttons = [...faq.shadowRoot!.querySelectorAll('[part="question"]')].map((b) => b.textContent!.trim());
    expect(buttons).to.have.length(9);
    expect(buttons[0]).to.equal('What are stem cell injections?');
    faq.remove();
  });
});
