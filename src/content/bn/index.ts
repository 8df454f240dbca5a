// The Bengali content: a separate entry point, so English-only bundles never include it.
// Not exported from ../index.ts on purpose.
export type * from '../types.js';
export { faqEntriesBn } from './faq.js';
export { procedureStepsBn } from './procedure.js';
export { doseRuleBn } from './dose.js';
export { clinicNotesBn } from './notes.js';
export { contentInfoBn } from './info.js';
export { stringsBn } from './strings.js';
export { guideBn } from './glossary.js';
