// The footer: the clinic's disclaimer, when the page was last reviewed and is next due, and by whom;
// and a review that cannot vouch for the text shown (dated before it was written) is never presented
// as if it did, to patients or to search engines.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/stem-cell-faq/stem-cell-faq.js';
import type { StemCellFaq } from '../../src/components/stem-cell-faq/stem-cell-faq.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { contentInfo, doseRule, faqEntries } from '../../src/content/index.js';
import { cellsText, faqDetails } from '../../src/internal/fallback-markup.js';
import { parseIsoDate } from '../../src/internal/attributes.js';
import { formatDate } from '../../src/internal/numbers.js';
import { editorMessages } from '../helpers.js';

const footerOf = (el: StemCellFaq) => el.shadowRoot!.querySelector('[part="footer"]')!.textContent!.replace(/\s+/g, ' ');
async function structuredData(el: StemCellFaq) {
  await waitUntil(() => el.querySelector('script[type="application/ld+json"]'), 'the structured data is written');
  return JSON.parse(el.querySelector('script[type="application/ld+json"]')!.textContent!);
}

describe('<stem-cell-faq> review dates', () => {
  const { warnings } = editorMessages();

  it('shows the disclaimer and the review dates in the element’s language', async () => {
    const el = await fixture<StemCellFaq>(
      html`<stem-cell-faq last-reviewed="2026-12-02" next-review-due="2027-03-01" reviewed-by="Dr A. Rao"></stem-cell-faq>`,
    );
    const footer = footerOf(el);
    expect(footer).to.contain('Results may vary');
    expect(footer).to.contain('Page last reviewed: December 2, 2026 · Next review due: March 1, 2027');
    expect(footer).to.contain('Reviewed by: Dr A. Rao');
    expect(warnings.messages).to.deep.equal([]);
  });

  it('does not show a review dated before the text was written, nor its reviewer, and tells the editor both dates', async () => {
    expect(contentInfo.writtenOn > '2026-10-01', 'the bundled text is newer than the review').to.equal(true);
    const el = await fixture<StemCellFaq>(
      html`<stem-cell-faq structured-data last-reviewed="2026-10-01" reviewed-by="Dr A. Rao"></stem-cell-faq>`,
    );
    const footer = footerOf(el);
    expect(footer).not.to.contain('Page last reviewed');
    expect(footer).not.to.contain('Dr A. Rao');
    expect(footer).to.contain(`Content version ${contentInfo.version}`);
    expect((await structuredData(el)).lastReviewed).to.equal(undefined);
    expect(warnings.messages.join('\n')).to.contain('last-reviewed="2026-10-01"').and.contain(`(${contentInfo.writtenOn})`);
  });

  it('shows the review of the clinic’s own questions, with no version of ours claimed for them', async () => {
    const items = [{ id: 'parking', question: 'Where can I park?', answer: ['Behind the clinic.'] }];
    const el = await fixture<StemCellFaq>(
      html`<stem-cell-faq structured-data last-reviewed="2026-10-01" reviewed-by="Dr A. Rao" .items=${items}></stem-cell-faq>`,
    );
    const footer = footerOf(el);
    expect(footer).to.contain('Page last reviewed: October 1, 2026');
    expect(footer).to.contain('Reviewed by: Dr A. Rao');
    expect(footer).not.to.contain('Content version');
    expect((await structuredData(el)).lastReviewed).to.equal('2026-10-01');
    expect(warnings.messages).to.deep.equal([]);
  });

  it('does not show a review dated before the bundled text beside the clinic’s own questions either (as the builder and WordPress write them), nor its reviewer', async () => {
    const own = { id: 'where-can-i-park', question: 'Where can I park?', answer: ['Behind the clinic.'] };
    const el = await fixture<StemCellFaq>(
      html`<stem-cell-faq last-reviewed="2026-10-01" reviewed-by="Dr A. Rao"
        >${unsafeHTML(faqDetails([...faqEntries, own], cellsText(doseRule.cellsPerKg)))}</stem-cell-faq
      >`,
    );
    expect(el.shadowRoot!.querySelectorAll('[part="question"]')).to.have.length(faqEntries.length + 1);
    const footer = footerOf(el);
    expect(footer).not.to.contain('Page last reviewed');
    expect(footer).not.to.contain('Dr A. Rao');
    // The text is no longer the bundled version as a whole.
    expect(footer).not.to.contain('Content version');
    expect(warnings.messages.join('\n')).to.contain('last-reviewed="2026-10-01"').and.contain(`(${contentInfo.writtenOn})`);
  });

  it('treats a second FAQ’s bundled questions, their ids made unique on the page (“-2”, as the WordPress plugin writes them), as the bundled text', async () => {
    const second = faqEntries.map((entry) => ({ ...entry, id: `${entry.id}-2` }));
    const el = await fixture<StemCellFaq>(
      html`<stem-cell-faq last-reviewed="2026-10-01" reviewed-by="Dr A. Rao"
        >${unsafeHTML(faqDetails(second, cellsText(doseRule.cellsPerKg)))}</stem-cell-faq
      >`,
    );
    const footer = footerOf(el);
    expect(el.shadowRoot!.querySelectorAll('[part="question"]')).to.have.length(faqEntries.length);
    // As under the first FAQ and in the fallback every road writes: the version named, a review before the text not shown.
    expect(footer).to.contain(`Content version ${contentInfo.version}`);
    expect(footer).not.to.contain('Page last reviewed');
    expect(footer).not.to.contain('Dr A. Rao');
  });

  it('shows a last review dated after today as given, and tells the editor it cannot have taken place', async () => {
    const later = new Date(Date.now() + 30 * 864e5).toISOString().slice(0, 10);
    const el = await fixture<StemCellFaq>(html`<stem-cell-faq last-reviewed=${later} reviewed-by="Dr A. Rao"></stem-cell-faq>`);
    expect(footerOf(el)).to.contain(`Page last reviewed: ${formatDate(parseIsoDate(later)!, 'en')}`);
    expect(warnings.messages.join('\n')).to.contain(`last-reviewed="${later}" is after today: a review cannot be in the future.`);
  });

  it('still shows a review date that has passed (the editor is told once per page)', async () => {
    const el = await fixture<StemCellFaq>(html`<stem-cell-faq last-reviewed="2026-11-02" next-review-due="2026-12-01"></stem-cell-faq>`);
    expect(footerOf(el)).to.contain('Next review due: December 1, 2026');
    expect(warnings.messages.join('\n')).not.to.contain('is not after last-reviewed');
  });

  it('shows a next review dated on or before the last review as given, and tells the editor it must come after the last', async () => {
    for (const next of ['2026-12-01', '2026-12-02']) {
      const el = await fixture<StemCellFaq>(html`<stem-cell-faq last-reviewed="2026-12-02" next-review-due=${next}></stem-cell-faq>`);
      expect(footerOf(el)).to.contain(`Next review due: ${formatDate(parseIsoDate(next)!, 'en')}`);
      expect(warnings.messages.join('\n')).to.contain(
        `next-review-due="${next}" is not after last-reviewed="2026-12-02": the next review must come after the last. Give the day it is due.`,
      );
    }
  });
});
