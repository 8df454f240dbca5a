import type { UiStrings } from '../strings.js';
import { commonStringsTe } from './common-strings.js';
import { faqStringsTe } from './faq-strings.js';
import { stepsStringsTe } from './steps-strings.js';
import { doseStringsTe } from './dose-strings.js';

/**
 * Every UI string of `src/content/strings.ts` in plain Telugu, table by table, with exactly the same
 * keys and `{placeholders}`. Choices a reader may ask about:
 * - Units are written as patients write them: కిలోలు and పౌండ్లు, in the unit picker and the range
 *   error (`{unit}` is filled from `kg`/`lb`), and కిలోల/పౌండ్ల ("of … kilos") in the results.
 * - A Telugu number word before a noun needs another ending than Intl writes, so `{cells}` stands
 *   last in the results ("…కావాల్సిన కణాలు: కనీసం {cells}"), and `{total}`/`{shown}` stand after their
 *   nouns: each reads right for one question or many.
 * - Where a button's accessible name adds to its visible label, the label comes first, as WCAG's
 *   "label in name" asks (showDetailsFor, copyLinkTo).
 * - The review dates name the page (ఈ పేజీ…), so they are not read as the patient's own check-up.
 * A clinician fluent in Telugu must review this before patients see it (docs/reviews/te.md).
 */
export const stringsTe: UiStrings = {
  common: commonStringsTe,
  faq: faqStringsTe,
  steps: stepsStringsTe,
  dose: doseStringsTe,
};
