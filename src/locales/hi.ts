// Hindi for every element on the page whose nearest `lang` is `hi` or `hi-IN`: import this module
// (npm), or load the Hindi CDN bundle, which includes it. A clinician fluent in Hindi should review
// the translation before patients see it (docs/reviews/hi.md).
import { clinicNotesHi, contentInfoHi, doseRuleHi, faqEntriesHi, procedureStepsHi, stringsHi } from '../content/hi/index.js';
import { registerLocale } from '../internal/register-locale.js';
import { flatStrings } from '../internal/strings.js';

registerLocale('hi', {
  strings: flatStrings(stringsHi),
  content: { faq: faqEntriesHi, steps: procedureStepsHi, dose: doseRuleHi, notes: clinicNotesHi, info: contentInfoHi },
});
