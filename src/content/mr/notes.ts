import type { ClinicNotes } from '../types.js';

/** Marathi translation of `clinicNotes` (../notes.ts), shown in the widgets' footers. */
export const clinicNotesMr: ClinicNotes = {
  // As in English: "general information, not medical advice" is a notice of the page; the rest
  // repeats the document ("results may vary", "essential to consult", "suitable", "may not be
  // covered by insurance in all cases"), four sentences as in English. The insurance sentence is
  // the FAQ's own: "…देईलच, असे नाही" ("not necessarily in every case"), its scope unambiguous.
  disclaimer:
    'ही सर्वसाधारण माहिती आहे, वैद्यकीय सल्ला नाही. परिणाम वेगवेगळे असू शकतात. स्टेम सेल इंजेक्शन तुमच्या आजारासाठी योग्य आहे की नाही, याबद्दल वैद्यकीय तज्ज्ञांशी बोलणे आवश्यक आहे. प्रत्येक बाबतीत विमा याचा खर्च देईलच, असे नाही.',
};
