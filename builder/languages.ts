// The languages the builder offers: each with the content patients read in it (from the locale the
// elements themselves register, so the builder shows the same text) and its CDN files. A language
// is offered once its locale is imported here and its files are in this build.
import { integrity } from './build-data.js';
import { localeFile } from '../scripts/embed-snippet.mjs';
import { TAGS } from '../src/internal/tags.js';
import { languages as shipped } from '../scripts/languages.mjs';
// Every language of scripts/languages.mjs (each registers itself with the elements); test/builder/
// languages.test.ts fails when one is missing here.
import '../src/locales/hi.js';
import '../src/locales/mr.js';
import '../src/locales/bn.js';
import '../src/locales/te.js';
import '../src/locales/ta.js';

/** Each language's name in itself, then in English, as the language menu shows it. */
const NAMES: Record<string, string> = {
  en: 'English',
  ...Object.fromEntries(shipped.map((l) => [l.lang, `${l.name} (${l.english})`])),
};

export interface Language {
  /** The language tag written on the elements (`lang="hi"`). */
  lang: string;
  name: string;
  /**
   * The classic all-in-one file, for pages that cannot have module scripts. Module pages load the
   * elements' files, or the English all-in-one module, after each element's part of the language
   * (`localeFile(lang, tag)`), whichever is fewer bytes (outputs.ts).
   */
  files: { classic: string };
  /** The npm module that adds it (none for English). */
  npm?: string;
}

const languageFiles = (lang: string): Language =>
  lang === 'en'
    ? { lang, name: NAMES.en, files: { classic: 'stem-cell-explainers.iife.js' } }
    : {
        lang,
        name: NAMES[lang] ?? lang,
        files: { classic: `stem-cell-explainers.${lang}.iife.js` },
        npm: `stem-cell-explainers/locales/${lang}`,
      };

/** English, and each translation whose CDN files this build has (scripts/build-data.mjs puts in their integrity). */
export const languages: Language[] = ['en', ...shipped.map((l) => l.lang)]
  .map(languageFiles)
  .filter((l) => l.lang === 'en' || [l.files.classic, ...TAGS.map((tag) => localeFile(l.lang, tag))].every((f) => f in integrity));

export const languageOf = (lang: string) => languages.find((l) => l.lang === lang) ?? languages[0];

/** The bundled content in a language, as the elements show it (one home: src/internal/bundled.ts). */
export { bundledIn, doseResultIn, footerLines, stepMarks, stepsDoseLink } from '../src/internal/bundled.js';
