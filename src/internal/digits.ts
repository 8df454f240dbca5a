/**
 * The zero of each decimal digit system that patients and editors of the supported languages type:
 * Devanagari (Hindi, Marathi), Bengali, Telugu, Tamil, and the other Indian scripts beside them.
 * Each system is ten code points in a row, zero first.
 */
const ZEROS = [
  0x0966, // Devanagari ० (Hindi, Marathi)
  0x09e6, // Bengali ০
  0x0a66, // Gurmukhi ੦
  0x0ae6, // Gujarati ૦
  0x0b66, // Odia ୦
  0x0be6, // Tamil ௦
  0x0c66, // Telugu ౦
  0x0ce6, // Kannada ೦
  0x0d66, // Malayalam ൦
  0x0660, // Arabic-Indic ٠ (Urdu pages)
  0x06f0, // Extended Arabic-Indic ۰
  0xff10, // Fullwidth ０ (some phone keyboards)
];

const OTHER_DIGIT = new RegExp(
  `[${ZEROS.map((z) => `\\u${z.toString(16).padStart(4, '0')}-\\u${(z + 9).toString(16).padStart(4, '0')}`).join('')}]`,
  'g',
);

/** The text with every digit of those systems written as 0–9 ("७०" → "70"); nothing else changes. */
export function asciiDigits(text: string): string {
  return text.replace(OTHER_DIGIT, (d) => {
    const code = d.charCodeAt(0);
    const zero = ZEROS.find((z) => code >= z && code <= z + 9)!;
    return String(code - zero);
  });
}
