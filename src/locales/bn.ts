// Bengali for every element on the page whose nearest `lang` is `bn` or `bn-IN`: import this module (npm),
// or load the Bengali CDN files, which include it. A clinician fluent in Bengali must review the translation
// before patients see it (docs/reviews/bn.md).
import { clinicNotesBn, contentInfoBn, doseRuleBn, faqEntriesBn, procedureStepsBn, stringsBn } from '../content/bn/index.js';

import { addLocale } from '../internal/locale.js';
import { flatStrings } from '../internal/strings.js';

// Checked by the tests (test/node/languages.test.mjs runs registerLocale's checks on it), not in the
// patient's browser: those checks are for languages a page adds at run time.
addLocale('bn', {
  strings: flatStrings(stringsBn),
  content: { faq: faqEntriesBn, steps: procedureStepsBn, dose: doseRuleBn, notes: clinicNotesBn, info: contentInfoBn },
});
