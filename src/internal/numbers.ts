/**
 * Rounds up to three significant figures, in code, so every browser gives the same figure
 * (some `Intl` versions ignore `roundingMode`). The dose rule is a minimum: never round down.
 */
export function ceil3(n: number): number {
  if (!(n > 0)) return 0;
  const step = 10 ** Math.max(0, Math.floor(Math.log10(n)) - 2);
  // The division can land a hair above a whole number (for example 1.0000000001): trim that first.
  return Math.ceil(Number((n / step).toPrecision(12))) * step;
}

/** A large count in the reader's number system: "140 million" in `en`, "14 crore" in `en-IN`. */
export const bigNumber = (n: number, lang: string): string =>
  new Intl.NumberFormat(lang, { notation: 'compact', compactDisplay: 'long', maximumSignificantDigits: 3 }).format(ceil3(n));

/** A date in the reader's language, as "1 October 2026". */
export const formatDate = (date: Date, lang: string): string =>
  new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
