// The Marathi content: a separate entry point, so English-only bundles never include it.
// Not exported from ../index.ts on purpose.
export type * from '../types.js';
export { faqEntriesMr } from './faq.js';
export { procedureStepsMr } from './procedure.js';
export { doseRuleMr } from './dose.js';
export { clinicNotesMr } from './notes.js';
export { contentInfoMr } from './info.js';
export { stringsMr } from './strings.js';
export { guideMr } from './glossary.js';
