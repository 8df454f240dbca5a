export type * from './types.js';
export { faqEntries } from './faq.js';
export { procedureSteps } from './procedure.js';
export { doseRule } from './dose.js';
export { clinicNotes } from './notes.js';
export { contentInfo } from './info.js';
