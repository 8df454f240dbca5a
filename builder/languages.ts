// The languages the builder offers: each with the content patients read in it (from the locale the
// elements themselves register, so the builder shows the same text) and its CDN files. A language
// is offered once its locale is imported here and its files are in this build.
import { integrity } from './build-data.js';
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
  /** The all-in-one module and classic files (each element's add-on beside its own file is `localeFile(lang, tag)`). */
  files: { module: string; classic: string };
  /** The npm module that adds it (none for English). */
  npm?: string;
}

const languageFiles = (lang: string): Language =>
  lang === 'en'
    ? { lang, name: NAMES.en, files: { module: 'stem-cell-explainers.js', classic: 'stem-cell-explainers.iife.js' } }
    : {
        lang,
        name: NAMES[lang] ?? lang,
        files: { module: `stem-cell-explainers.${lang}.js`, classic: `stem-cell-explainers.${lang}.iife.js` },
        npm: `stem-cell-explainers/locales/${lang}`,
      };

/** English, and each translation whose CDN files this build has (scripts/build-data.mjs puts in their integrity). */
export const languages: Language[] = ['en', ...shipped.map((l) => l.lang)]
  .map(languageFiles)
  .filter((l) => l.lang === 'en' || Object.values(l.files).every((f) => f in integrity));

export const languageOf = (lang: string) => languages.find((l) => l.lang === lang) ?? languages[0];

/** The bundled content in a language, as the elements show it (one home: src/internal/bundled.ts). */
export { bundledIn, doseResultIn, footerLines, stepMarks, stepsDoseLink } from '../src/internal/bundled.js';
