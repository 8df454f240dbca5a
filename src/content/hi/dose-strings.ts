import type { doseStrings } from '../dose-strings.js';

// The UI strings of `<dose-note>` in Hindi (src/content/dose-strings.ts, the same keys and `{placeholders}`).
// An element's part of the language carries its own table only; src/content/hi/strings.ts says how they are written.
export const doseStringsHi: typeof doseStrings = {
  important: 'ध्यान दें: ',
  weightLabel: 'आपका वज़न',
  weightHint: 'जैसे, 70',
  unitLabel: 'किलो या पाउंड',
  kg: 'किलो',
  lb: 'पाउंड',
  resultPrompt: 'यह नियम क्या बताता है, यह देखने के लिए अपना वज़न लिखें।',
  resultKg: 'इस नियम के हिसाब से, {weight} किलो के लिए: कम से कम {cells} सेल। यह आपके लिए तय की गई खुराक नहीं है।',
  resultLb: 'इस नियम के हिसाब से, {weight} पाउंड ({kg} किलो) के लिए: कम से कम {cells} सेल। यह आपके लिए तय की गई खुराक नहीं है।',
  errorPrefix: 'गलती: ',
  errorEmpty: 'अपना वज़न लिखें',
  errorNotNumber: 'अपना वज़न अंकों में लिखें, जैसे 70',
  errorExponent: 'अपना वज़न सिर्फ़ अंकों में लिखें, e अक्षर के बिना, जैसे 70',
  errorSeparators: 'दशमलव का बिंदु (.) सिर्फ़ एक बार लगाएँ, जैसे 70.5',
  errorNotPositive: '0 से ज़्यादा वज़न लिखें',
  errorRange: 'यह कैलकुलेटर वयस्कों के लिए है। {min} से {max} {unit} के बीच का वज़न लिखें',
};
