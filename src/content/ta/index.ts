// The Tamil content: a separate entry point, so English-only bundles never include it.
// Not exported from ../index.ts on purpose.
export type * from '../types.js';
export { faqEntriesTa } from './faq.js';
export { procedureStepsTa } from './procedure.js';
export { doseRuleTa } from './dose.js';
export { clinicNotesTa } from './notes.js';
export { contentInfoTa } from './info.js';
export { numbersTa } from './numbers.js';
export { stringsTa } from './strings.js';
export { guideTa } from './glossary.js';
