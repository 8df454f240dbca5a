import type { doseStrings } from '../dose-strings.js';

// The UI strings of `<dose-note>` in Marathi (src/content/dose-strings.ts, the same keys and `{placeholders}`).
// An element's part of the language carries its own table only; src/content/mr/strings.ts says how they are written.
export const doseStringsMr: typeof doseStrings = {
  important: 'महत्त्वाचे: ',
  weightLabel: 'तुमचे वजन',
  weightHint: 'उदाहरणार्थ, ७०',
  unitLabel: 'किलो की पौंड',
  kg: 'किलो',
  lb: 'पौंड',
  resultPrompt: 'हा नियम काय सांगतो ते पाहण्यासाठी तुमचे वजन लिहा.',
  resultKg: 'या नियमानुसार, {weight} किलो वजनासाठी: कमीत कमी {cells} पेशी. हा तुमच्यासाठी ठरवलेला डोस नाही.',
  resultLb: 'या नियमानुसार, {weight} पौंड ({kg} किलो) वजनासाठी: कमीत कमी {cells} पेशी. हा तुमच्यासाठी ठरवलेला डोस नाही.',
  errorPrefix: 'चूक: ',
  errorEmpty: 'तुमचे वजन लिहा',
  errorNotNumber: 'तुमचे वजन अंकांत लिहा, उदाहरणार्थ ७०',
  errorExponent: 'तुमचे वजन फक्त अंकांत लिहा, e हे अक्षर न वापरता, उदाहरणार्थ ७०',
  errorSeparators: 'दशांश चिन्ह (.) एकदाच वापरा, उदाहरणार्थ ७०.५',
  errorNotPositive: '० पेक्षा जास्त वजन लिहा',
  errorRange: 'हे कॅल्क्युलेटर प्रौढांसाठी आहे. {min} ते {max} {unit} यामधील वजन लिहा',
};
