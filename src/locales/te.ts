// Telugu for every element on the page whose nearest `lang` is `te` or `te-IN`: import this module (npm),
// or load the Telugu CDN files, which include it. A clinician fluent in Telugu must review the translation
// before patients see it (docs/reviews/te.md).
import { clinicNotesTe, contentInfoTe, doseRuleTe, faqEntriesTe, procedureStepsTe, stringsTe } from '../content/te/index.js';
import { numbersTe } from '../content/te/numbers.js';
import { addLocale } from '../internal/locale.js';
import { flatStrings } from '../internal/strings.js';

// Checked by the tests (test/node/languages.test.mjs runs registerLocale's checks on it), not in the
// patient's browser: those checks are for languages a page adds at run time.
addLocale('te', {
  strings: flatStrings(stringsTe),
  content: { faq: faqEntriesTe, steps: procedureStepsTe, dose: doseRuleTe, notes: clinicNotesTe, info: contentInfoTe },
  numbers: numbersTe,
});
