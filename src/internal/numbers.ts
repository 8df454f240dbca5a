/**
 * Rounds up to `digits` significant figures, in code, so every browser gives the same figure
 * (some `Intl` versions ignore `roundingMode`). The dose rule is a minimum: never round down.
 */
export function ceilSignificant(n: number, digits = 3): number {
  if (!(n > 0)) return 0;
  const step = 10 ** Math.max(0, Math.floor(Math.log10(n)) - (digits - 1));
  // The division can land a hair above a whole number (for example 1.0000000001): trim that first.
  return Math.ceil(Number((n / step).toPrecision(12))) * step;
}

/** Rounds up to three significant figures: the rule's figure as every road writes it. */
export const ceil3 = (n: number): number => ceilSignificant(n, 3);

/**
 * Plain English (`en`, `en-US`, `en-GB`) and Indian English (`en-IN`) are written here, to the letter
 * as `Intl` writes them in Chromium, Firefox and Node (tested in every engine): a page's first `Intl`
 * call loads the browser's locale data, about 18 ms of a first render here and four times that on a
 * slower phone; and WebKit's own ICU writes `en-IN` in millions, where its readers count in lakh and
 * crore. Every other language uses `Intl`, or the numbers writer its locale registers.
 */
const english = (lang: string) => /^en(-US|-GB)?$/.test(lang);
const WORDS: Record<string, [number, string][]> = {
  en: [
    [1e12, ' trillion'],
    [1e9, ' billion'],
    [1e6, ' million'],
    [1e3, ' thousand'],
  ],
  'en-IN': [
    [1e12, '\u202flakh\u202fcrore'],
    [1e7, '\u202fcrore'],
    [1e5, '\u202flakh'],
    [1e3, ' thousand'],
  ],
};
/** "12300" as Intl writes it in English: a comma between thousands from five digits on ("1230", "12,300"). */
const grouped = (n: number) => (n >= 1e4 ? String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',') : String(n));
const MONTHS = 'January February March April May June July August September October November December'.split(' ');

/**
 * A language's own way of writing a large count (already rounded up), where its `Intl` is not the
 * way its readers count: Telugu and Tamil count in lakh and crore, CLDR in millions (see
 * ./lakh-crore.ts). Registered with the language, so no other page carries it.
 */
export type BigNumberFormat = (value: number, digits: number) => string;

/**
 * A large count in the reader's number system, rounded up to `digits` significant figures: "140
 * million" in `en`, "14 crore" in `en-IN`, "14 करोड़" in `hi`. The one home of the figure every road writes.
 */
export function bigNumber(n: number, lang: string, { digits = 3, own }: { digits?: number; own?: BigNumberFormat } = {}): string {
  const value = ceilSignificant(n, digits);
  if (own) return own(value, digits);
  const words = english(lang) ? WORDS.en : lang === 'en-IN' ? WORDS['en-IN'] : undefined;
  if (words && value < 1e15) {
    const [size, word] = words.find(([s]) => value >= s) ?? [1, ''];
    return `${grouped(Number((value / size).toPrecision(digits)))}${word}`;
  }
  return new Intl.NumberFormat(lang, { notation: 'compact', compactDisplay: 'long', maximumSignificantDigits: digits }).format(value);
}

/**
 * A small whole number (a step's number, how many questions match, the calculator's range) in the
 * reader's digits: "3" in English, Hindi, Telugu and Tamil, "३" in Marathi, "৩" in Bengali, as the
 * language's figures and dates are.
 */
export function countText(n: number, lang: string): string {
  return english(lang) ? String(n) : new Intl.NumberFormat(lang, { useGrouping: false }).format(n);
}

/** A date in the reader's language, as "1 October 2026". */
export function formatDate(date: Date, lang: string): string {
  if (!english(lang) || isNaN(+date)) return new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
  const day = date.getUTCDate();
  const month = MONTHS[date.getUTCMonth()];
  return lang === 'en-GB' ? `${day} ${month} ${date.getUTCFullYear()}` : `${month} ${day}, ${date.getUTCFullYear()}`;
}
