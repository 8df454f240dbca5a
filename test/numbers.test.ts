// Plain and Indian English figures, and plain English dates, are written without Intl (a page's first Intl call loads locale data,
// the largest single cost of a first render): they must read exactly as this browser's Intl writes them.
import { expect } from '@open-wc/testing';
import { bigNumber, ceil3, formatDate } from '../src/internal/numbers.js';

const LANGS = ['en', 'en-US', 'en-GB'];
// Every rule from 1 to 10 million cells per kg at every adult weight would be too many: a spread of
// magnitudes, the edges of each word, and a fixed pseudo-random sample.
const values = [0, 1, 7, 999, 1000, 1001, 1234, 9999, 10_000, 99_999, 100_000, 999_999, 1e6, 1.5e6, 2e6, 1.4e8, 9.99e8];
values.push(1e9, 1.23e9, 5e11, 1e12, 7.77e13, 9.99e14, 1e15, 2.7e18);
let seed = 17;
for (let i = 0; i < 500; i++) {
  seed = (seed * 48271) % 2147483647;
  values.push(Math.round((seed / 2147483647) * 10 ** (1 + (i % 15))));
}

describe('plain English figures and dates', () => {
  it('writes every dose figure as this browser’s Intl does, in en, en-US and en-GB', () => {
    for (const lang of LANGS) {
      const intl = new Intl.NumberFormat(lang, { notation: 'compact', compactDisplay: 'long', maximumSignificantDigits: 3 });
      const wrong = values.filter((v) => bigNumber(v, lang) !== intl.format(ceil3(v)));
      expect(
        wrong.map((v) => `${v}: ${bigNumber(v, lang)} / ${intl.format(ceil3(v))}`),
        lang,
      ).to.deep.equal([]);
    }
  });

  it('writes Indian English (en-IN) in lakh and crore, even where this browser’s Intl counts in millions', () => {
    // WebKitGTK's ICU writes en-IN's compact figures in millions; Node, Chromium and Firefox write them
    // in lakh and crore, and so do the server, the fallback, the builder and WordPress.
    const nnbsp = '\u202f';
    const expected: [number, string][] = [
      [999, '999'],
      [1500, '1.5 thousand'],
      [1e5, `1${nnbsp}lakh`],
      [3_141_593, `31.5${nnbsp}lakh`],
      [2.2e8, `22${nnbsp}crore`],
      [1.23e10, `1230${nnbsp}crore`],
      [1.23e11, `12,300${nnbsp}crore`],
      [1.5e13, `15${nnbsp}lakh${nnbsp}crore`],
    ];
    expect(expected.map(([n]) => [n, bigNumber(n, 'en-IN')])).to.deep.equal(expected);
    const intl = new Intl.NumberFormat('en-IN', { notation: 'compact', compactDisplay: 'long', maximumSignificantDigits: 3 });
    if (!intl.format(1e5).includes('lakh')) return; // this engine's Intl counts en-IN in millions
    const wrong = values.filter((v) => bigNumber(v, 'en-IN') !== intl.format(ceil3(v)));
    expect(wrong.map((v) => `${v}: ${bigNumber(v, 'en-IN')} / ${intl.format(ceil3(v))}`)).to.deep.equal([]);
  });

  it('writes every day of a year as this browser’s Intl does, in en, en-US and en-GB', () => {
    for (const lang of LANGS) {
      const intl = new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' });
      const wrong: string[] = [];
      for (let day = 0; day < 366; day++) {
        const date = new Date(Date.UTC(2028, 0, 1 + day));
        if (formatDate(date, lang) !== intl.format(date)) wrong.push(`${formatDate(date, lang)} / ${intl.format(date)}`);
      }
      expect(wrong, lang).to.deep.equal([]);
    }
    expect(formatDate(new Date(Date.UTC(2026, 9, 1)), 'en-GB')).to.equal('1 October 2026');
  });
});
