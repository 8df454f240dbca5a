// Content text as every road writes it: its `{cells}` (and any other value) filled in, and the English
// words in text written in another script, such as Hindi's "MSCs" or "(posterior superior iliac
// spine)", marked as English (`lang="en"`), so that a screen reader reads them with an English voice
// (WCAG 3.1.2, language of parts). The element renders the parts (renderText() in blocks.ts), the
// fallback markup writes them (fallback-markup.ts), so both mark the same words.

/**
 * A letter of a script other than Latin (not one every script shares, such as the micro sign of
 * "5 µL" or a modifier apostrophe): text holding one is not English throughout.
 */
const OTHER_SCRIPT = /(?=\p{L})[^\p{Script=Latin}\p{Script=Common}]/u;

/**
 * A run of English words: from a Latin letter to a Latin letter (accented ones too, as in a
 * reviewer's name, "José Núñez"), with spaces, full stops, hyphens and apostrophes between.
 */
const ENGLISH = /(\p{Script=Latin}(?:[\p{Script=Latin} .'’-]*\p{Script=Latin})?)/u;

/** One piece of content text, in order. */
export interface TextPart {
  text: string;
  /** English words in text written in another script. */
  english?: boolean;
  /** The value filled in for a `{name}` (the figure for `{cells}`): its name. */
  value?: string;
}

/**
 * Text in parts: each `{name}` with a value as that value; the rest as written, where, if the text
 * (values filled in) has letters of a script other than Latin, each run of English words is a part
 * of its own. A `{name}` without a value stays as text. No part is empty.
 */
export function textParts(text: string, values: Record<string, string>): TextPart[] {
  // Split at the names: text, name, text, name… (values at the odd places).
  const pieces = text.split(/\{(\w+)\}/);
  const mixed = OTHER_SCRIPT.test(pieces.map((piece, i) => (i % 2 && Object.hasOwn(values, piece) ? values[piece] : piece)).join(''));
  const parts = pieces.flatMap((piece, i): TextPart[] =>
    i % 2
      ? [Object.hasOwn(values, piece) ? { text: values[piece], value: piece } : { text: `{${piece}}` }]
      : // Split at the English runs: text, English, text, English…
        (mixed ? piece.split(ENGLISH) : [piece]).map((part, j) => (j % 2 ? { text: part, english: true } : { text: part })),
  );
  return parts.filter((part) => part.text);
}
