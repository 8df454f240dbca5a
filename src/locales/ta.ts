// Tamil for every element on the page whose nearest `lang` is `ta` or `ta-IN`: import this module (npm),
// or load the Tamil CDN files, which include it. A clinician fluent in Tamil must review the translation
// before patients see it (docs/reviews/ta.md).
import { clinicNotesTa, contentInfoTa, doseRuleTa, faqEntriesTa, procedureStepsTa, stringsTa } from '../content/ta/index.js';
import { numbersTa } from '../content/ta/numbers.js';
import { registerLocale } from '../internal/register-locale.js';
import { flatStrings } from '../internal/strings.js';

registerLocale('ta', {
  strings: flatStrings(stringsTa),
  content: { faq: faqEntriesTa, steps: procedureStepsTa, dose: doseRuleTa, notes: clinicNotesTa, info: contentInfoTa },
  numbers: numbersTa,
});
