// Every language the package ships (scripts/languages.mjs) is one an editor can choose in the builder:
// named in itself, previewed in its own script with its own way of writing the figure, and given
// the files that carry it.
import { expect } from '@open-wc/testing';
import { languages } from '../../scripts/languages.mjs';
import { cellsText } from '../../src/internal/fallback-markup.js';
import { faqEntriesHi } from '../../src/content/hi/faq.js';
import { faqEntriesTa } from '../../src/content/ta/faq.js';
import { click, field, fill, freshStorage, openBuilder, openTab, outputs, preview, root, textOf } from './support.js';

/** Whitespace folded, as a reader meets it (Intl may join a number and its word with a no-break space). */
const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('the builder’s languages', () => {
  freshStorage();

  it('offers English and every language the package ships, each named in itself', async () => {
    const b = await openBuilder();
    const menu = field<HTMLSelectElement>(b, 'Language of the page');
    const offered = [...menu.options].map((o) => [o.value, textOf(o), o.lang]);
    expect(offered).to.deep.equal([
      ['en', 'English', 'en'],
      ...languages.map(({ lang, name, english }) => [lang, `${name} (${english})`, lang]),
    ]);
  });

  for (const { lang, english, script } of languages) {
    it(`previews the dose note in ${english}, in its script and its way of writing the figure, and embeds the all-in-one file after each element’s part of ${english}`, async () => {
      const b = await openBuilder();
      await fill(b, 'Language of the page', lang);
      await openTab(b, 'Dose note');
      const dose = preview(b)!;
      expect(dose.getAttribute('lang')).to.equal(lang);
      const text = norm(textOf(dose.shadowRoot!));
      expect(text).to.match(new RegExp(`\\p{Script=${script}}`, 'u'));
      expect(text).to.contain(norm(cellsText(2_000_000, lang)));
      // All three elements are on by default: the English all-in-one module, after each element's part of
      // the language (the page's HTML holds their text), as the WordPress plugin writes them.
      const code = outputs(b)['The script, once on the page'];
      expect(code).to.contain(`/locale-${lang}-stem-cell-faq.js"`).and.contain(`/locale-${lang}-dose-note.js"`);
      expect(code.indexOf(`/locale-${lang}-dose-note.js"`)).to.be.lessThan(code.indexOf('/stem-cell-explainers.js"'));
      expect(code).not.to.contain(`stem-cell-explainers.${lang}.js`);
    });
  }

  it('moves the bundled questions the editor kept as they were to the new language, keeps what they wrote, and tells them to check it', async () => {
    const b = await openBuilder();
    await fill(b, 'Language of the page', 'hi');
    await fill(b, 'Question 1', `${faqEntriesHi[0].question} (हमारा)`);
    await fill(b, 'Language of the page', 'ta');
    // The question the editor changed stays as they wrote it; the others are the Tamil ones.
    expect(field(b, 'Question 1').value).to.equal(`${faqEntriesHi[0].question} (हमारा)`);
    expect(field(b, 'Question 2').value).to.equal(faqEntriesTa[1].question);
    const code = outputs(b)['Questions and answers'];
    expect(code).to.contain(`<summary>${faqEntriesTa[1].question}</summary>`);
    expect(code).not.to.contain(faqEntriesHi[1].question);
    // The list says which of its questions are still the bundled ones, following the language.
    const legend = [...root(b).querySelectorAll('legend')].find((l) => textOf(l) === 'Your questions and answers')!;
    expect(textOf(legend.nextElementSibling!)).to.equal(
      `Patients see this list, in this order. ${faqEntriesTa.length - 1} of the questions are the bundled ones as written: they follow the page’s language. The others are yours.`,
    );
    const notice = textOf(root(b).querySelector('#notice-page')!);
    expect(notice).to.equal(
      'The page is now in தமிழ் (Tamil). The bundled questions and steps you had not changed are now in it. The one you wrote or changed stays as you wrote it: check that it is in தமிழ் (Tamil), as patients’ screen readers will read it in that language.',
    );
    // Undone: the Hindi page as it was.
    await click(b, 'Undo');
    expect(field<HTMLSelectElement>(b, 'Language of the page').value).to.equal('hi');
    expect(field(b, 'Question 2').value).to.equal(faqEntriesHi[1].question);
  });
});
