// The languages the builder offers: each with the content patients read in it (from the locale the
// elements themselves register, so the builder shows the same text) and its CDN files.
import { clinicNotes, doseRule, faqEntries, procedureSteps } from '../src/content/index.js';
import type { ClinicNotes, DoseRule, FaqEntry, ProcedureStep, StemCellSource } from '../src/content/types.js';
import { localeFor } from '../src/internal/locale.js';
import integrity from '../dist/cdn/integrity.json';
import '../src/locales/hi.js';

export interface Language {
  /** The language tag written on the elements (`lang="hi"`). */
  lang: string;
  /** Its name in itself and in English, as the language menu shows it. */
  name: string;
  /** The all-in-one module and classic files, and the add-on beside the per-element files (none for English). */
  files: { module: string; classic: string; addOn?: string };
  /** The npm module that adds it (none for English). */
  npm?: string;
}

/**
 * The languages with their files in this build: English, and each translation whose CDN files
 * exist (a language without files is not offered).
 */
export const languages: Language[] = [
  { lang: 'en', name: 'English', files: { module: 'stem-cell-explainers.js', classic: 'stem-cell-explainers.iife.js' } },
  {
    lang: 'hi',
    name: 'हिन्दी (Hindi)',
    files: { module: 'stem-cell-explainers.hi.js', classic: 'stem-cell-explainers.hi.iife.js', addOn: 'locale-hi.js' },
    npm: 'stem-cell-explainers/locales/hi',
  },
].filter((l) => Object.values(l.files).every((f) => f in integrity));

export const languageOf = (lang: string) => languages.find((l) => l.lang === lang) ?? languages[0];

/** The bundled content in a language, as the elements show it: its own where it has it, else English. */
export function bundledIn(lang: string): {
  faq: readonly FaqEntry[];
  steps: Readonly<Record<StemCellSource, readonly ProcedureStep[]>>;
  dose: DoseRule;
  notes: ClinicNotes;
} {
  const own = localeFor(lang).content;
  return { faq: own.faq ?? faqEntries, steps: own.steps ?? procedureSteps, dose: own.dose ?? doseRule, notes: own.notes ?? clinicNotes };
}
