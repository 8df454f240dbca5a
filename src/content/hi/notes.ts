import type { ClinicNotes } from '../types.js';

/** Hindi translation of `clinicNotes` (../notes.ts), shown in the widgets' footers. */
export const clinicNotesHi: ClinicNotes = {
  // As in English: "general information, not medical advice" is a notice of the page; the rest
  // repeats the document ("results may vary", "essential to consult", "suitable", "may not be
  // covered by insurance in all cases").
  disclaimer:
    'यह सामान्य जानकारी है, मेडिकल सलाह नहीं। नतीजे अलग-अलग हो सकते हैं। स्टेम सेल इंजेक्शन आपकी स्थिति के लिए उपयुक्त हैं या नहीं, इस बारे में किसी मेडिकल प्रोफ़ेशनल से बात करना ज़रूरी है। ज़रूरी नहीं कि बीमा हर मामले में इनका खर्च दे।',
};
