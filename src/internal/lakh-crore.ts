import type { BigNumberFormat } from './numbers.js';

/** A word for one, and for more than one: ['లక్ష', 'లక్షలు']. */
type Word = readonly [one: string, many: string];

/**
 * Large counts in lakh and crore for a language whose `Intl` writes them in millions (CLDR's Telugu
 * and Tamil: "2 మిలియన్లు"): the figure by `Intl` in the language, the word given ("20 లక్షలు",
 * "14 కోట్లు"); below a lakh, `Intl` as usual ("20 వేలు"). Imported by the locale files that need it
 * (src/locales/<lang>.ts), so no other page carries it.
 */
export const lakhCrore =
  (lang: string, lakh: Word, crore: Word): BigNumberFormat =>
  (value, digits) => {
    if (value < 1e5)
      return new Intl.NumberFormat(lang, { notation: 'compact', compactDisplay: 'long', maximumSignificantDigits: digits }).format(value);
    const [size, [one, many]] = value >= 1e7 ? [1e7, crore] : [1e5, lakh];
    const count = value / size;
    return `${new Intl.NumberFormat(lang, { maximumSignificantDigits: digits }).format(count)} ${count === 1 ? one : many}`;
  };
