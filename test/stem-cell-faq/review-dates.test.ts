// The footer: the clinic's disclaimer, when the page was last reviewed and is next due, and by whom.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/stem-cell-faq/stem-cell-faq.js';
import type { StemCellFaq } from '../../src/components/stem-cell-faq/stem-cell-faq.js';

describe('<stem-cell-faq> review dates', () => {
  it('shows the disclaimer and the review dates in the element’s language', async () => {
    const el = await fixture<StemCellFaq>(
      html`<stem-cell-faq last-reviewed="2026-12-02" next-review-due="2027-03-01" reviewed-by="Dr A. Rao"></stem-cell-faq>`,
    );
    const footer = el.shadowRoot!.querySelector('[part="footer"]')!.textContent!.replace(/\s+/g, ' ');
    expect(footer).to.contain('Results may vary');
    expect(footer).to.contain('Page last reviewed: December 2, 2026 · Next review due: March 1, 2027');
    expect(footer).to.contain('Reviewed by: Dr A. Rao');
  });
});
