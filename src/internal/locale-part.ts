// One element's part of a language the package ships: dist/cdn/locale-<lang>-<tag>.js (the build
// writes these from scripts/languages.mjs, rollup.config.mjs `localeParts`). A page with only the dose
// note in Hindi loads the Hindi the dose note shows, not the FAQ's answers. The parts are checked when
// they are built (test/node/languages.test.mjs), so no page carries `registerLocale`'s checks for them.
//
// A part imports no code of ours: beside a hydrate file (dist/cdn/<tag>.hydrate.js, which has chunks
// of its own) it brings no per-element shared chunk, and so no second copy of Lit. It adds to the
// page's registry directly, the one src/internal/locale.ts keeps under the same symbol for every copy
// of our code on the page (test/ssr.test.ts and test/per-element-files.test.ts load parts before and
// after the elements).
import type { Locale, PageLocales } from './locale.js';

const page = globalThis as unknown as Record<symbol, PageLocales | undefined>;
const { registry, live } = (page[Symbol.for('stem-cell-explainers.locales')] ??= { registry: new Map(), live: new Set() });

/**
 * Adds one element's strings and content in a language to what the page has of it (another element's
 * part of the same language, loaded before or after, is kept), and tells every connected element.
 */
export function addLocalePart(key: string, part: Locale): void {
  const had = registry.get(key);
  registry.set(key, {
    strings: { ...had?.strings, ...part.strings },
    content: { ...had?.content, ...part.content },
    numbers: part.numbers ?? had?.numbers,
  });
  live.forEach((el) => el._syncLocale());
}
