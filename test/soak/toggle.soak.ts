// The long soak (npm run test:soak; not in npm test): 10,000 toggles of one entry.
import { expect } from '@open-wc/testing';
import '../../src/index.js';
import type { StemCellFaq } from '../../src/index.js';
import { heapAfterGc, host } from '../support/heap.js';

describe('soak', () => {
  it('toggles an entry 10,000 times without growing the heap', async function () {
    this.timeout(300_000);
    const box = host();
    const el = box.appendChild(document.createElement('stem-cell-faq')) as StemCellFaq;
    await el.updateComplete;
    const button = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="question"]')!;
    for (let i = 0; i < 100; i++) {
      button.click();
      await el.updateComplete;
    }
    const start = await heapAfterGc();
    for (let i = 0; i < 10_000; i++) {
      button.click();
      await el.updateComplete;
    }
    const end = await heapAfterGc();
    console.log(`10,000 toggles: heap ${start} → ${end} bytes`);
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(end).to.be.at.most(start * 1.1);
    box.remove();
  });
});
