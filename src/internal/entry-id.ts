// An entry's id from its words: the one rule for every road that names a question the editor wrote
// without an id (the FAQ reading fallback markup, the embed builder, the WordPress plugin). The
// id is the question's deep link (`#id`), so it keeps the letters of every script: a Hindi
// question's link reads in Hindi, and it stays the same when the questions are reordered.
//
// The WordPress plugin's PHP cannot run this: it applies the same steps with the table of Latin
// letters the build writes from `latinLetter()` (build/data.json `idLetters`), and both pass the
// table of cases in scripts/entry-ids.mjs.

/** The Latin letters an id writes without accents and in lower case ("É" → "e"). */
export const LATIN_LETTERS = /[A-Z\u00c0-\u024f]/g;

/** One Latin letter as an id writes it: without its accents, in lower case. */
export const latinLetter = (c: string): string =>
  c
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

/** Longest id made from words, in characters (code points). */
const LONGEST = 80;

/**
 * An id from words: Latin letters without accents, in lower case; letters, vowel signs and digits of
 * every other script as written; invisible joiners dropped; each run of anything else (spaces,
 * punctuation) one "-", none at either end (nor a vowel sign at the start); at most 80 characters.
 * Empty when the words have no letter or digit.
 *
 * `idFrom('What is a stem cell?')` is `what-is-a-stem-cell`; `idFrom('स्टेम सेल क्या है?')` is
 * `स्टेम-सेल-क्या-है`.
 */
export function idFrom(words: string): string {
  const id = words
    .replace(LATIN_LETTERS, latinLetter)
    .replace(/[\u0300-\u036f\u200c\u200d]/g, '')
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, '-')
    .replace(/^[-\p{M}]+/u, '');
  return [...id].slice(0, LONGEST).join('').replace(/-+$/, '');
}

/** `id`, or the first of `id-2`, `id-3`… not in `taken`; the id given is added to `taken`. */
export function uniqueId(id: string, taken: Set<string>): string {
  let unique = id;
  for (let n = 2; taken.has(unique); n++) unique = `${id}-${n}`;
  taken.add(unique);
  return unique;
}
