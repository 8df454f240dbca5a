// `stem-cell-explainers/register-locale` (npm) and dist/cdn/register-locale.js (CDN): adds a language
// at run time for every element on the page, whichever of our files registered them.
export { registerLocale } from './internal/register-locale.js';
export type { Locale, LocaleContent } from './internal/locale.js';
export type { BigNumberFormat } from './internal/numbers.js';
export type { Strings } from './content/strings.js';
