import type { ClinicNotes } from '../types.js';

/** Hindi translation of `clinicNotes` (../notes.ts), shown in the widgets' footers. */
export const clinicNotesHi: ClinicNotes = {
  // As in English: "general information, not medical advice" is a notice of the page; the rest
  // repeats the document ("results may vary", "essential to consult", "suitable", "may not be
  // covered by insurance in all cases").
  disclaimer:
    'यह सामान्य जानकारी है, मेडिकल सलाह नहीं। नतीजे अलग-अलग हो सकते हैं। किसी मेडिकल प्रोफ़ेशनल से यह बात करना ज़रूरी है कि स्टेम सेल इंजेक्शन आपकी स्थिति के लिए उपयुक्त हैं या नहीं। हो सकता है कि बीमा हर मामले में इनका खर्च न दे।',
};
