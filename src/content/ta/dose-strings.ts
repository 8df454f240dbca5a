import type { doseStrings } from '../dose-strings.js';

// The UI strings of `<dose-note>` in Tamil (src/content/dose-strings.ts, the same keys and `{placeholders}`).
// An element's part of the language carries its own table only; src/content/ta/strings.ts says how they are written.
export const doseStringsTa: typeof doseStrings = {
  important: 'முக்கியம்: ',
  weightLabel: 'உங்கள் எடை',
  weightHint: 'உதாரணமாக, 70',
  // The visible label beside the picker: what it offers, plainer than "unit" (அலகு).
  unitLabel: 'கிலோ அல்லது பவுண்டு',
  kg: 'கிலோ',
  lb: 'பவுண்டு',
  resultPrompt: 'இந்த விதிப்படி எவ்வளவு வரும் என்று பார்க்க, உங்கள் எடையை எழுதுங்கள்.',
  resultKg: 'இந்த விதிப்படி, {weight} கிலோ எடைக்கு: குறைந்தது {cells} செல்கள். இது உங்களுக்கென்று தீர்மானித்த டோஸ் அல்ல.',
  resultLb: 'இந்த விதிப்படி, {weight} பவுண்டு ({kg} கிலோ) எடைக்கு: குறைந்தது {cells} செல்கள். இது உங்களுக்கென்று தீர்மானித்த டோஸ் அல்ல.',
  errorPrefix: 'பிழை: ',
  errorEmpty: 'உங்கள் எடையை எழுதுங்கள்',
  errorNotNumber: 'உங்கள் எடையை எண்களில் எழுதுங்கள், உதாரணமாக 70',
  errorExponent: 'உங்கள் எடையை e என்ற எழுத்து இல்லாமல், எண்களில் மட்டும் எழுதுங்கள், உதாரணமாக 70',
  errorSeparators: 'தசமப் புள்ளியை (.) ஒரு முறை மட்டும் போடுங்கள், உதாரணமாக 70.5',
  errorNotPositive: '0-ஐ விட அதிகமான எடையை எழுதுங்கள்',
  errorRange: 'இந்தக் கால்குலேட்டர் பெரியவர்களுக்கானது. {min} முதல் {max} {unit} வரையிலான எடையை எழுதுங்கள்',
};
