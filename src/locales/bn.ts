// Bengali for every element on the page whose nearest `lang` is `bn` or `bn-IN`: import this module (npm),
// or load the Bengali CDN files, which include it. A clinician fluent in Bengali must review the translation
// before patients see it (docs/reviews/bn.md).
import { clinicNotesBn, contentInfoBn, doseRuleBn, faqEntriesBn, procedureStepsBn, stringsBn } from '../content/bn/index.js';

import { registerLocale } from '../internal/register-locale.js';
import { flatStrings } from '../internal/strings.js';

registerLocale('bn', {
  strings: flatStrings(stringsBn),
  content: { faq: faqEntriesBn, steps: procedureStepsBn, dose: doseRuleBn, notes: clinicNotesBn, info: contentInfoBn },
});
