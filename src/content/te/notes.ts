import type { ClinicNotes } from '../types.js';

/** Telugu translation of `clinicNotes` (../notes.ts), shown in the widgets' footers. */
export const clinicNotesTe: ClinicNotes = {
  // As in English, four sentences: "general information, not medical advice" is a notice of the page;
  // the rest repeats the document ("results may vary", "essential to consult", "suitable", "may not be
  // covered by insurance in all cases", said as "in some cases may not pay" so the "not" has one scope).
  disclaimer:
    'ఇది సాధారణ సమాచారం, వైద్య సలహా కాదు. ఫలితాలు అందరికీ ఒకేలా ఉండకపోవచ్చు. స్టెమ్ సెల్ ఇంజెక్షన్లు మీ సమస్యకు తగినవో కాదో అనే దాని గురించి వైద్య నిపుణులతో మాట్లాడటం తప్పనిసరి. కొన్ని సందర్భాల్లో ఇన్సూరెన్స్ వీటి ఖర్చు చెల్లించకపోవచ్చు.',
};
