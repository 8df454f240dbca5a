/**
 * Every UI string of the three elements in English, one table per element (GOV.UK Frontend's i18n
 * approach), each string a whole sentence or label. `{name}` placeholders are filled at render
 * time. A translation (`src/content/<lang>/strings.ts`) has exactly these keys and placeholders.
 * Each table is a module of its own, so that an element's file carries only its own strings.
 */
import { commonStrings } from './common-strings.js';
import { doseStrings } from './dose-strings.js';
import { faqStrings } from './faq-strings.js';
import { stepsStrings } from './steps-strings.js';

export { commonStrings, doseStrings, faqStrings, stepsStrings };

/** The shape of a language's UI strings: the same tables, the same keys. */
export interface UiStrings {
  common: typeof commonStrings;
  faq: typeof faqStrings;
  steps: typeof stepsStrings;
  dose: typeof doseStrings;
}

export const englishStrings: UiStrings = { common: commonStrings, faq: faqStrings, steps: stepsStrings, dose: doseStrings };

/** Every UI string of the three elements as one flat table (what `registerLocale` checks a language against). */
export const defaultStrings = { ...commonStrings, ...faqStrings, ...stepsStrings, ...doseStrings };

/** Every UI string's key, whichever element shows it. */
export type Strings = typeof defaultStrings;
export type StringKey = keyof Strings;
