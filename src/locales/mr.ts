// Marathi for every element on the page whose nearest `lang` is `mr` or `mr-IN`: import this module (npm),
// or load the Marathi CDN files, which include it. A clinician fluent in Marathi must review the translation
// before patients see it (docs/reviews/mr.md).
import { clinicNotesMr, contentInfoMr, doseRuleMr, faqEntriesMr, procedureStepsMr, stringsMr } from '../content/mr/index.js';

import { addLocale } from '../internal/locale.js';
import { flatStrings } from '../internal/strings.js';

// Checked by the tests (test/node/languages.test.mjs runs registerLocale's checks on it), not in the
// patient's browser: those checks are for languages a page adds at run time.
addLocale('mr', {
  strings: flatStrings(stringsMr),
  content: { faq: faqEntriesMr, steps: procedureStepsMr, dose: doseRuleMr, notes: clinicNotesMr, info: contentInfoMr },
});
