import type { doseStrings } from '../dose-strings.js';

// The UI strings of `<dose-note>` in Bengali (src/content/dose-strings.ts, the same keys and `{placeholders}`).
// An element's part of the language carries its own table only; src/content/bn/strings.ts says how they are written.
export const doseStringsBn: typeof doseStrings = {
  important: 'গুরুত্বপূর্ণ: ',
  weightLabel: 'আপনার ওজন',
  weightHint: 'যেমন, ৭০',
  unitLabel: 'কেজি না পাউন্ড',
  kg: 'কেজি',
  lb: 'পাউন্ড',
  resultPrompt: 'এই নিয়মে কত হয় দেখতে আপনার ওজন লিখুন।',
  resultKg: 'এই নিয়ম অনুযায়ী, {weight} কেজি ওজনের জন্য: কমপক্ষে {cells} কোষ। এটি আপনার জন্য ঠিক করা ডোজ নয়।',
  resultLb: 'এই নিয়ম অনুযায়ী, {weight} পাউন্ড ({kg} কেজি) ওজনের জন্য: কমপক্ষে {cells} কোষ। এটি আপনার জন্য ঠিক করা ডোজ নয়।',
  errorPrefix: 'ভুল: ',
  errorEmpty: 'আপনার ওজন লিখুন',
  errorNotNumber: 'আপনার ওজন সংখ্যায় লিখুন, যেমন ৭০',
  errorExponent: 'আপনার ওজন শুধু সংখ্যায় লিখুন, e অক্ষর ছাড়া, যেমন ৭০',
  errorSeparators: 'দশমিক বিন্দু (.) একবারই দিন, যেমন ৭০.৫',
  errorNotPositive: '০-এর বেশি ওজন লিখুন',
  errorRange: 'এই ক্যালকুলেটর প্রাপ্তবয়স্কদের জন্য। {min} থেকে {max} {unit} পর্যন্ত কোনো ওজন লিখুন',
};
