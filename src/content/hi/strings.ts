import type { UiStrings } from '../strings.js';
import { commonStringsHi } from './common-strings.js';
import { faqStringsHi } from './faq-strings.js';
import { stepsStringsHi } from './steps-strings.js';
import { doseStringsHi } from './dose-strings.js';

/**
 * Every UI string of `src/content/strings.ts` in plain Hindi, table by table, with exactly the same
 * keys and `{placeholders}` (registered for `lang="hi"` pages by src/locales/hi.ts). Units are
 * written as patients write them: किलो and पाउंड, in the unit picker, the results and the range
 * error alike (`{unit}` is filled from `kg`/`lb`). A review date names what is reviewed (इस पेज की),
 * so it never reads as the patient's next check-up. To be reviewed by a clinician fluent in Hindi
 * before patients see it (docs/reviews/hi.md).
 */
export const stringsHi: UiStrings = {
  common: commonStringsHi,
  faq: faqStringsHi,
  steps: stepsStringsHi,
  dose: doseStringsHi,
};
