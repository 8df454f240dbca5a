// Hindi for every element on the page whose nearest `lang` is `hi` or `hi-IN`: import this module
// (npm), or load the Hindi CDN bundle, which includes it. A clinician fluent in Hindi should review
// the translation before patients see it (docs/reviews/hi.md).
import { clinicNotesHi, contentInfoHi, doseRuleHi, faqEntriesHi, procedureStepsHi, stringsHi } from '../content/hi/index.js';
import { addLocale } from '../internal/locale.js';
import { flatStrings } from '../internal/strings.js';

// Checked by the tests (test/node/languages.test.mjs runs registerLocale's checks on it), not in the
// patient's browser: those checks are for languages a page adds at run time.
addLocale('hi', {
  strings: flatStrings(stringsHi),
  content: { faq: faqEntriesHi, steps: procedureStepsHi, dose: doseRuleHi, notes: clinicNotesHi, info: contentInfoHi },
});
