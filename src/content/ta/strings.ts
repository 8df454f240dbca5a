import type { UiStrings } from '../strings.js';
import { commonStringsTa } from './common-strings.js';
import { faqStringsTa } from './faq-strings.js';
import { stepsStringsTa } from './steps-strings.js';
import { doseStringsTa } from './dose-strings.js';

/**
 * Every UI string of `src/content/strings.ts` in plain Tamil, table by table, with exactly the same
 * keys and `{placeholders}`. Choices a reader may ask about:
 * - Units are written as patients write them: கிலோ and பவுண்டு, in the unit picker, the results and
 *   the range error alike (`{unit}` is filled from `kg`/`lb`); a Tamil unit after a number takes no ending.
 * - `{total}`/`{shown}` stand after their nouns, so the count reads right for one question or many.
 * - Buttons ask politely in the form Tamil interfaces use (திறக்கவும், மூடவும்).
 * - Where a button's accessible name adds to its visible label, the label comes first, as WCAG's
 *   "label in name" asks (showDetailsFor, copyLinkTo).
 * - The review dates name the page (இந்தப் பக்கம்…), so they are not read as the patient's own check-up.
 * A clinician fluent in Tamil must review this before patients see it (docs/reviews/ta.md).
 */
export const stringsTa: UiStrings = {
  common: commonStringsTa,
  faq: faqStringsTa,
  steps: stepsStringsTa,
  dose: doseStringsTa,
};
