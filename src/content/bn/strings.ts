import type { UiStrings } from '../strings.js';
import { commonStringsBn } from './common-strings.js';
import { faqStringsBn } from './faq-strings.js';
import { stepsStringsBn } from './steps-strings.js';
import { doseStringsBn } from './dose-strings.js';

/**
 * Every UI string of `src/content/strings.ts` in plain Bengali, table by table, with exactly the
 * same keys and `{placeholders}`. Choices:
 * - Units as patients write them: কেজি and পাউন্ড, in the unit picker, the results and the range error
 *   alike (`{unit}` is filled from `kg`/`lb`, so no ending is attached to it); the visible unit label
 *   asks "কেজি না পাউন্ড".
 * - The page's review dates name the page (এই পাতার …) and use যাচাই ("verification"), not পরীক্ষা,
 *   which on a medical page reads as the patient's own test (the Hindi review's M2).
 * - Example figures in Bengali digits (৭০, ৭০.৫), as `Intl` writes every figure on a Bengali page;
 *   the calculator reads ৭০ and 70 alike.
 * - Counts take the classifier টি ("{shown}টি"), which reads right for one match or many.
 * - The accessible names of the details buttons and the copy-link button start with their visible
 *   label, as WCAG's "label in name" asks.
 * - The footer says the content is a translation from English (ইংরেজি থেকে অনুবাদ).
 * To be reviewed by a clinician fluent in Bengali before patients see it (docs/reviews/bn.md).
 */
export const stringsBn: UiStrings = {
  common: commonStringsBn,
  faq: faqStringsBn,
  steps: stepsStringsBn,
  dose: doseStringsBn,
};
