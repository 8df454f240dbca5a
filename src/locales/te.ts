// Telugu for every element on the page whose nearest `lang` is `te` or `te-IN`: import this module (npm),
// or load the Telugu CDN files, which include it. A clinician fluent in Telugu must review the translation
// before patients see it (docs/reviews/te.md).
import { clinicNotesTe, contentInfoTe, doseRuleTe, faqEntriesTe, procedureStepsTe, stringsTe } from '../content/te/index.js';
import { numbersTe } from '../content/te/numbers.js';
import { registerLocale } from '../internal/register-locale.js';
import { flatStrings } from '../internal/strings.js';

registerLocale('te', {
  strings: flatStrings(stringsTe),
  content: { faq: faqEntriesTe, steps: procedureStepsTe, dose: doseRuleTe, notes: clinicNotesTe, info: contentInfoTe },
  numbers: numbersTe,
});
