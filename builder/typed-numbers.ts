// Numbers as editors write them: "2 million", "20 lakh", "2,000,000", "20,00,000", "2.5 million",
// "२० लाख". Each reader gives the number, or a message that says what to type instead.
import { asciiDigits } from '../src/internal/digits.js';

export type Typed = { value: number } | { error: string };

/** The words for a count, in English and in the languages the builder offers, each with its size. */
const WORDS: [words: string[], size: number][] = [
  [['thousand', 'thousands', 'k', 'हज़ार', 'हजार', 'हज़ार'], 1e3],
  [['lakh', 'lakhs', 'lac', 'lacs', 'lakhs', 'लाख', 'লাখ', 'লক্ষ', 'లక్ష', 'లక్షలు', 'லட்சம்'], 1e5],
  [['million', 'millions', 'mn', 'm', 'मिलियन', 'দশ লক্ষ'], 1e6],
  [['crore', 'crores', 'cr', 'करोड़', 'करोड़', 'कोटी', 'কোটি', 'కోటి', 'கோடி'], 1e7],
  [['billion', 'billions', 'bn', 'अरब'], 1e9],
];
const SIZES = new Map(WORDS.flatMap(([words, size]) => words.map((w) => [w.normalize('NFC'), size] as const)));

/** What an editor may write after the figure and means nothing more: "cells", "per kg", "cells/kg". */
const TAIL = /\s*(?:stem\s+)?(?:cells?)?\s*(?:(?:per|\/|for\s+each|a|each)\s*(?:kg|kilo(?:gram)?s?)(?:\s+of\s+body\s*weight)?)?\.?$/;

/** "2,000,000" (groups of three) or "20,00,000" (Indian: groups of two, then three); spaces or apostrophes alike. */
const GROUPED = /^\d{1,3}(?:([, '’])\d{3})+$|^\d{1,2}(?:([,])\d{2})*,\d{3}$/;

const HOW =
  'Write the number of cells for each kg in figures, or with million, lakh or crore: for example 2 million, 20 lakh or 2,000,000.';

/** The text as it is compared: Latin digits, one kind of space, lower case, composed characters. */
const tidy = (raw: string) =>
  asciiDigits(raw)
    .normalize('NFC')
    .replace(/[\u00a0\u2007\u202f\u2009]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();

/**
 * A whole count of cells, as an editor writes it. Decimals are worked out digit by digit, so
 * "1.1 million" is exactly 1,100,000, never 1,100,000.0000000002.
 */
export function typedCount(raw: string): Typed {
  const s = tidy(raw).replace(TAIL, '').trim();
  if (!s) return { error: HOW };
  if (/^[\d.,]+e[+-]?\d+$/.test(s) || /[×x]\s*10/.test(s)) return { error: `Write the figure without “e” or “× 10”. ${HOW}` };
  if (/^-/.test(s)) return { error: 'The figure must be more than 0.' };
  const m = /^(\d[\d, '’]*?)(?:\.(\d+))?\s*([^\d\s.,][^\d]*)?$/u.exec(s);
  if (!m) {
    if (/^\d+,\d{1,2}\s*\D/.test(s)) return { error: `Use a point for a decimal, for example 2.5 million. ${HOW}` };
    return { error: HOW };
  }
  const [, whole, fraction = '', word] = m;
  const size = word ? SIZES.get(word.trim()) : 1;
  if (size === undefined) return { error: `“${word.trim()}” is not a number word the builder knows. ${HOW}` };
  if (/[, '’]/.test(whole) && !GROUPED.test(whole))
    return {
      error:
        /^\d+,\d{1,2}$/.test(whole) && word
          ? `Use a point for a decimal, for example 2.5 million. ${HOW}`
          : `Check the commas in “${raw.trim()}”: write 2,000,000 (or 20,00,000 in the Indian way).`,
    };
  const digits = whole.replace(/\D/g, '') + fraction;
  const zeros = Math.round(Math.log10(size)) - fraction.length;
  if (zeros < 0 && !/^0+$/.test(digits.slice(zeros)))
    return { error: `“${raw.trim()}” is not a whole number of cells. Round it, for example to 2 million or 2,500,000.` };
  const value = Number(zeros < 0 ? digits.slice(0, zeros) : digits + '0'.repeat(zeros));
  if (!(value > 0)) return { error: 'The figure must be more than 0.' };
  if (!Number.isSafeInteger(value)) return { error: 'That figure is too large to be a number of cells for each kg. Check it.' };
  return { value };
}

/** A weight as a number (a point or a comma for decimals), in any of the Indian scripts' digits. */
export function typedDecimal(raw: string): number | undefined {
  const s = tidy(raw);
  if (!/^(?:\d+(?:[.,]\d+)?|[.,]\d+)$/.test(s)) return undefined;
  return Number(s.replace(',', '.'));
}

/** A whole number, in any of the Indian scripts' digits (group separators allowed). */
export function typedWhole(raw: string): number | undefined {
  const s = tidy(raw);
  if (!/^\d+$/.test(s) && !GROUPED.test(s)) return undefined;
  return Number(s.replace(/\D/g, ''));
}

/** A count written out with its digits grouped, for the editor: "2,000,000" (and "20,00,000" in the Indian way). */
export function grouped(n: number): { western: string; indian: string } {
  return { western: new Intl.NumberFormat('en-US').format(n), indian: new Intl.NumberFormat('en-IN').format(n) };
}
