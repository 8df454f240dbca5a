/**
 * Every UI string of the three elements in English, one table per element (GOV.UK Frontend's i18n
 * approach), each string a whole sentence or label. `{name}` placeholders are filled at render
 * time. A translation (`src/content/<lang>/strings.ts`) has exactly these keys and placeholders.
 */

/** Strings every element shows: its footer. */
export const commonStrings = {
  contentVersion: 'Content version {version}, written from the clinic’s information on {date}.',
};

/** The FAQ. */
export const faqStrings = {
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
};

/** The procedure steps. */
export const stepsStrings = {
  stepOf: 'Step {n} of {total}',
  stepDone: 'Done',
  stepCurrent: 'You are here',
  showDetails: 'Show details',
  hideDetails: 'Hide details',
  /** The details button's accessible name: its visible label comes first, as WCAG's "label in name" asks. */
  showDetailsFor: 'Show details for {title}',
  hideDetailsFor: 'Hide details for {title}',
  showAllSteps: 'Show all steps',
  hideAllSteps: 'Hide all steps',
  doseLink: 'How many cells are needed',
};

/** The dose note. */
export const doseStrings = {
  important: 'Important: ',
  weightLabel: 'Your weight',
  weightHint: 'For example, 70',
  unitLabel: 'Unit',
  kg: 'kg',
  lb: 'lb',
  resultPrompt: 'Enter your weight to see what this rule gives.',
  resultKg: 'By this rule, for {weight} kg: at least {cells} cells. This is not a personal dose.',
  resultLb: 'By this rule, for {weight} lb ({kg} kg): at least {cells} cells. This is not a personal dose.',
  errorPrefix: 'Error: ',
  errorEmpty: 'Enter your weight',
  errorNotNumber: 'Enter your weight as a number, for example 70',
  errorExponent: 'Enter your weight as a plain number without the letter e, for example 70',
  errorSeparators: 'Use only one decimal point, for example 70.5',
  errorNotPositive: 'Enter a weight that is more than 0',
  errorRange: 'This calculator is for adults. Enter a weight between {min} and {max} {unit}',
};

/** The shape of a language's UI strings: the same tables, the same keys. */
export interface UiStrings {
  common: typeof commonStrings;
  faq: typeof faqStrings;
  steps: typeof stepsStrings;
  dose: typeof doseStrings;
}

export const englishStrings: UiStrings = { common: commonStrings, faq: faqStrings, steps: stepsStrings, dose: doseStrings };
