import type { ClinicNotes } from '../types.js';

/** Bengali translation of `clinicNotes` (../notes.ts), shown in the widgets' footers. */
export const clinicNotesBn: ClinicNotes = {
  // As in English: "general information, not medical advice" is a notice of the page; the rest
  // repeats the document ("results may vary", "essential to consult", "suitable", "may not be
  // covered by insurance in all cases"), four sentences as in English. The insurance sentence is
  // the FAQ's own: "… এমন না-ও হতে পারে" ("it may not be so that … in all cases").
  disclaimer:
    'এটি সাধারণ তথ্য, চিকিৎসার পরামর্শ নয়। ফল আলাদা আলাদা হতে পারে। স্টেম সেল ইনজেকশন আপনার সমস্যার জন্য উপযুক্ত কি না, সে বিষয়ে একজন চিকিৎসা-বিশেষজ্ঞের সঙ্গে কথা বলা জরুরি। বিমা সব ক্ষেত্রে এর খরচ দেবে, এমন না-ও হতে পারে।',
};
