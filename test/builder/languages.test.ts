// Every language the package ships (scripts/languages.mjs) is one an editor can choose in the builder:
// named in itself, previewed in its own script with its own way of writing the figure, and given
// the files that carry it.
import { expect } from '@open-wc/testing';
import { languages } from '../../scripts/languages.mjs';
import { cellsText } from '../../src/internal/fallback-markup.js';
import { field, fill, freshStorage, openBuilder, openTab, outputs, preview, textOf } from './support.js';

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
    it(`previews the dose note in ${english}, in its script and its way of writing the figure, and embeds the all-in-one file with it`, async () => {
      const b = await openBuilder();
      await fill(b, 'Language of the page', lang);
      await openTab(b, 'Dose note');
      const dose = preview(b)!;
      expect(dose.getAttribute('lang')).to.equal(lang);
      const text = norm(textOf(dose.shadowRoot!));
      expect(text).to.match(new RegExp(`\\p{Script=${script}}`, 'u'));
      expect(text).to.contain(norm(cellsText(2_000_000, lang)));
      // All three elements are on by default: the all-in-one file with the language.
      expect(outputs(b)['The script, once on the page']).to.contain(`/stem-cell-explainers.${lang}.js"`);
    });
  }
});
