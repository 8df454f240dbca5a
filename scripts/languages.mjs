// The languages the package ships besides English: the one list that the build (npm entries, CDN
// files), the tests, Storybook's language switch, the demo pages and the test machine's fonts read.
// Adding a language is one line here, with its folder src/content/<lang>/ and its src/locales/<lang>.ts
// (README, "Languages": the steps).
//
//   lang     the language tag (the folder name, the suffix of its exports: mr → faqEntriesMr)
//   name     the language's name in itself, for language pickers
//   english  its name in English
//   script   its Unicode script, as JavaScript's \p{Script=…} names it (the tests check the text is in it)
//   fonts    Debian's font packages for it (scripts/setup.mjs installs them for screenshots and axe)

/** @type {readonly import('./languages.d.mts').Language[]} */
export const languages = [
  { lang: 'hi', name: 'हिन्दी', english: 'Hindi', script: 'Devanagari', fonts: ['fonts-lohit-deva'] },
  { lang: 'mr', name: 'मराठी', english: 'Marathi', script: 'Devanagari', fonts: ['fonts-lohit-deva', 'fonts-lohit-deva-marathi'] },
  { lang: 'bn', name: 'বাংলা', english: 'Bengali', script: 'Bengali', fonts: ['fonts-lohit-beng-bengali'] },
  { lang: 'te', name: 'తెలుగు', english: 'Telugu', script: 'Telugu', fonts: ['fonts-lohit-telu'] },
  { lang: 'ta', name: 'தமிழ்', english: 'Tamil', script: 'Tamil', fonts: ['fonts-lohit-taml'] },
];

/** A language's suffix in its exports: `mr` → `Mr` (`faqEntriesMr`, `stringsMr`, `guideMr`). */
export const suffix = (lang) => lang[0].toUpperCase() + lang.slice(1);
