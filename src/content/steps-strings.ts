// The procedure steps' own UI strings in English (`<procedure-steps>` loads only these and the common ones).
// A translation (src/content/<lang>/strings.ts) has the same keys and `{name}` placeholders.
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
