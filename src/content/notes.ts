import type { ClinicNotes } from './types.js';

/** The clinic's notes, shown in the widgets' footers. */
export const clinicNotes: ClinicNotes = {
  disclaimer:
    'This is general information, not medical advice. Results vary from person to person. Talk to a medical professional about whether this treatment suits you. Insurance may not cover it.',
};
