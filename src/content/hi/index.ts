// The Hindi content: a separate entry point, so English-only bundles never include it.
// Not exported from ../index.ts on purpose.
export type * from '../types.js';
export { faqEntriesHi } from './faq.js';
export { procedureStepsHi } from './procedure.js';
export { doseRuleHi } from './dose.js';
export { clinicNotesHi } from './notes.js';
export { contentInfoHi } from './info.js';
export { stringsHi } from './strings.js';
export { guideHi } from './glossary.js';
