// Tamil for every element on the page whose nearest `lang` is `ta` or `ta-IN`: import this module (npm),
// or load the Tamil CDN files, which include it. A clinician fluent in Tamil must review the translation
// before patients see it (docs/reviews/ta.md).
import { clinicNotesTa, contentInfoTa, doseRuleTa, faqEntriesTa, procedureStepsTa, stringsTa } from '../content/ta/index.js';
import { numbersTa } from '../content/ta/numbers.js';
import { addLocale } from '../internal/locale.js';
import { flatStrings } from '../internal/strings.js';

// Checked by the tests (test/node/languages.test.mjs runs registerLocale's checks on it), not in the
// patient's browser: those checks are for languages a page adds at run time.
addLocale('ta', {
  strings: flatStrings(stringsTa),
  content: { faq: faqEntriesTa, steps: procedureStepsTa, dose: doseRuleTa, notes: clinicNotesTa, info: contentInfoTa },
  numbers: numbersTa,
});
