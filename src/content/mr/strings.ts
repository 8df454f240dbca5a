import type { UiStrings } from '../strings.js';
import { commonStringsMr } from './common-strings.js';
import { faqStringsMr } from './faq-strings.js';
import { stepsStringsMr } from './steps-strings.js';
import { doseStringsMr } from './dose-strings.js';

/**
 * Every UI string of `src/content/strings.ts` in plain Marathi, table by table, with exactly the
 * same keys and `{placeholders}`. Choices:
 * - Units as patients write them: किलो and पौंड, in the unit picker, the results and the range error
 *   alike (`{unit}` is filled from `kg`/`lb`); the visible unit label asks "किलो की पौंड".
 * - The page's review dates name the page (या पानाची …) and use पडताळणी ("verification"), not
 *   तपासणी, which on a medical page reads as the patient's own check-up (the Hindi review's M2).
 * - Example figures in Devanagari digits (७०, ७०.५), as `Intl` writes every figure on a Marathi page;
 *   the calculator reads ७० and 70 alike.
 * - The accessible names of the details buttons and the copy-link button start with their visible
 *   label, as WCAG's "label in name" asks; `searchMatches` reads right for one match or many.
 * - The footer says the content is a translation from English (इंग्रजीतून अनुवाद).
 * To be reviewed by a clinician fluent in Marathi before patients see it (docs/reviews/mr.md).
 */
export const stringsMr: UiStrings = {
  common: commonStringsMr,
  faq: faqStringsMr,
  steps: stepsStringsMr,
  dose: doseStringsMr,
};
