// The Telugu content: a separate entry point, so English-only bundles never include it.
// Not exported from ../index.ts on purpose.
export type * from '../types.js';
export { faqEntriesTe } from './faq.js';
export { procedureStepsTe } from './procedure.js';
export { doseRuleTe } from './dose.js';
export { clinicNotesTe } from './notes.js';
export { contentInfoTe } from './info.js';
export { numbersTe } from './numbers.js';
export { stringsTe } from './strings.js';
export { guideTe } from './glossary.js';
