import type { ClinicNotes } from '../types.js';

/** Tamil translation of `clinicNotes` (../notes.ts), shown in the widgets' footers. */
export const clinicNotesTa: ClinicNotes = {
  // As in English, four sentences: "general information, not medical advice" is a notice of the page;
  // the rest repeats the document ("results may vary", "essential to consult", "suitable", "may not be
  // covered by insurance in all cases", said as "in some cases may not pay" so the "not" has one scope).
  disclaimer:
    'இது பொதுவான தகவல், மருத்துவ ஆலோசனை அல்ல. முடிவுகள் எல்லோருக்கும் ஒரே மாதிரி இருக்காமல் போகலாம். ஸ்டெம் செல் ஊசிகள் உங்கள் உடல்நிலைக்கு ஏற்றவையா என்பது பற்றி மருத்துவ நிபுணரிடம் பேசுவது மிகவும் அவசியம். சில சமயங்களில் காப்பீடு இவற்றுக்குப் பணம் தராமல் போகலாம்.',
};
