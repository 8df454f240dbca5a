import type { ClinicNotes } from './types.js';

/** The clinic's notes, shown in the widgets' footers. */
export const clinicNotes: ClinicNotes = {
  // "General information, not medical advice" is a notice of the page; the rest repeats the
  // document: "results may vary, and it is essential to consult a medical professional to assess
  // whether stem cell injections are suitable for your condition", and "may not be covered by
  // insurance in all cases".
  disclaimer:
    'This is general information, not medical advice. Results may vary. It is essential to talk to a medical professional about whether stem cell injections are suitable for your condition. Insurance may not cover them in all cases.',
};
