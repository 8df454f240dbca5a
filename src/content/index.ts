export type * from './types.js';
export { faqEntries } from './faq.js';
export { procedureSteps } from './procedure.js';
export { doseRule, plausibleCellsPerKg } from './dose.js';
export { clinicNotes } from './notes.js';
export { contentInfo } from './info.js';
