import type { stepsStrings } from '../steps-strings.js';

// The UI strings of `<procedure-steps>` in Bengali (src/content/steps-strings.ts, the same keys and `{placeholders}`).
// An element's part of the language carries its own table only; src/content/bn/strings.ts says how they are written.
export const stepsStringsBn: typeof stepsStrings = {
  stepOf: 'ধাপ {n} ({total}টির মধ্যে)',
  stepDone: 'হয়ে গেছে',
  stepCurrent: 'আপনি এখানে আছেন',
  showDetails: 'আরও তথ্য দেখুন',
  hideDetails: 'তথ্য লুকান',
  showDetailsFor: 'আরও তথ্য দেখুন: {title}',
  hideDetailsFor: 'তথ্য লুকান: {title}',
  showAllSteps: 'সব ধাপ খুলুন',
  hideAllSteps: 'সব ধাপ বন্ধ করুন',
  doseLink: 'কতগুলি কোষ দরকার',
};
