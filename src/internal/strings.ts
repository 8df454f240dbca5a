import { warn } from './log.js';

/**
 * Every UI string of the three elements, in one table (GOV.UK Frontend's i18n approach).
 * `{name}` placeholders are filled by `format()`. Override any of them with an element's
 * `strings` property.
 */
export const defaultStrings = {
  showAll: 'Show all',
  hideAll: 'Hide all',
  copyLink: 'Copy link',
  copyLinkTo: 'Copy link to “{question}”',
  linkCopied: 'Link copied',
  linkNotCopied: 'Could not copy. The link is: {url}',
  searchQuestions: 'Search questions',
  searchMatches: '{shown} of {total} questions match',
  searchNoMatch: 'No questions match “{query}”. Try another word.',
  lastReviewed: 'Page last reviewed: {date}',
  nextReviewDue: 'Next review due: {date}',
  reviewedBy: 'Reviewed by: {name}',
  stepOf: 'Step {n} of {total}',
  stepDone: 'Done',
  stepCurrent: 'You are here',
  showDetails: 'Show details',
  hideDetails: 'Hide details',
  detailsFor: ' for {title}',
  showAllSteps: 'Show all steps',
  hideAllSteps: 'Hide all steps',
  doseLink: 'How many cells are needed',
  important: 'Important: ',
  weightLabel: 'Your weight',
  weightHint: 'For example, 70',
  unitLabel: 'Unit',
  kg: 'kg',
  lb: 'lb',
  resultPrompt: 'Enter your weight to see what this rule gives.',
  resultKg: 'By this rule, for {weight} kg: about {cells} cells at least. This is not a personal dose.',
  resultLb: 'By this rule, for {weight} lb ({kg} kg): about {cells} cells at least. This is not a personal dose.',
  errorPrefix: 'Error: ',
  errorEmpty: 'Enter your weight',
  errorNotNumber: 'Enter your weight as a number, for example 70',
  errorExponent: 'Enter your weight as a plain number without the letter e, for example 70',
  errorSeparators: 'Use only one decimal point, for example 70.5',
  errorNotPositive: 'Enter a weight that is more than 0',
  errorRange: 'This calculator is for adults. Enter a weight between {min} and {max} {unit}',
  contentVersion: 'Content version {version}, written from the clinic’s information on {date}.',
};

export type Strings = typeof defaultStrings;
export type StringKey = keyof Strings;

/** Fills `{name}` placeholders; unknown names stay visible rather than becoming "undefined". */
export const format = (text: string, values: Record<string, string | number> = {}): string =>
  text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));

/**
 * Merges an editor's overrides into the defaults. Unknown keys and non-string values are
 * ignored with a console warning, so a typo never blanks a label.
 */
export function mergeStrings(tag: string, overrides: unknown, base: Strings = defaultStrings): Strings {
  const merged = { ...base };
  if (overrides == null) return merged;
  if (typeof overrides !== 'object') {
    warn(tag, `"strings" must be an object of UI strings; got ${typeof overrides}. Using the defaults.`);
    return merged;
  }
  for (const [key, value] of Object.entries(overrides)) {
    if (!(key in defaultStrings)) warn(tag, `"strings.${key}" is not a known UI string; it is ignored.`);
    else if (typeof value !== 'string' || !value.trim()) warn(tag, `"strings.${key}" must be a non-empty string; the default is kept.`);
    else merged[key as StringKey] = value;
  }
  return merged;
}
