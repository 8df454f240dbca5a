// Marathi for every element on the page whose nearest `lang` is `mr` or `mr-IN`: import this module (npm),
// or load the Marathi CDN files, which include it. A clinician fluent in Marathi must review the translation
// before patients see it (docs/reviews/mr.md).
import { clinicNotesMr, contentInfoMr, doseRuleMr, faqEntriesMr, procedureStepsMr, stringsMr } from '../content/mr/index.js';

import { registerLocale } from '../internal/register-locale.js';
import { flatStrings } from '../internal/strings.js';

registerLocale('mr', {
  strings: flatStrings(stringsMr),
  content: { faq: faqEntriesMr, steps: procedureStepsMr, dose: doseRuleMr, notes: clinicNotesMr, info: contentInfoMr },
});
