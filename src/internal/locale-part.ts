// One element's part of a language the package ships: dist/cdn/locale-<lang>-<tag>.js (the build
// writes these from scripts/languages.mjs, rollup.config.mjs `localeParts`). A page with only the dose
// note in Hindi loads the Hindi the dose note shows, not the FAQ's answers. The parts are checked when
// they are built (test/node/languages.test.mjs), so no page carries `registerLocale`'s checks for them.
import { addLocale, localeFor, type Locale } from './locale.js';

/**
 * Adds one element's strings and content in a language to what the page has of it: another
 * element's part of the same language, loaded before or after, is kept.
 */
export function addLocalePart(key: string, part: Locale): void {
  const had = localeFor(key);
  addLocale(key, {
    strings: { ...had.strings, ...part.strings },
    content: { ...had.content, ...part.content },
    numbers: part.numbers ?? had.numbers,
  });
}
