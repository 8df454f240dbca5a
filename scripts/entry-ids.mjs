// The table of cases for an id made from words (idFrom() in src/internal/entry-id.ts), which every
// road that names a question the clinic wrote passes: the element and the embed builder run idFrom()
// itself (test/node/entry-id.test.mjs checks the rule on this table); the WordPress plugin's PHP,
// Stem_Cell_Explainers_Entry_Id, is held to it by test/wordpress/numbers.test.mjs.
import { idFrom } from '../dist/internal/entry-id.js';
import { bundledIn } from '../dist/internal/bundled.js';
import { languages } from './languages.mjs';

// Each language's own text is registered with it, as on a page that loads its add-on.
for (const { lang } of languages) await import(`../dist/locales/${lang}.js`);

/** Words as editors write questions and step titles: every script, accents, joiners, punctuation, lengths. */
const WORDS = [
  'What is a stem cell?',
  'Are they safe?',
  '  Why   20 lakh cells?  ',
  'Café, crème brûlée & naïve: ÀÉÎÕÜ ÇÑ ß Æ Ø Ł Đ İ ı',
  'Cafe\u0301 decomposed',
  '{cells} per kg: why?',
  'स्टेम सेल क्या है?',
  'क्या ज़रूरी है? (नुक़्ता) — क़ ख़ ग़',
  'इलाज में कितना खर्च आता है? ₹ 2,00,000',
  '२० लाख कोशिकाएँ क्यों?',
  'স্টেম সেল কী? উৎস ও ত\u09cd\u200dপর',
  'ఖర్చు ఎంత అవుతుంది? ౨౦',
  'ஸ்டெம் செல் சிகிச்சை பாதுகாப்பானதா?',
  'स्टेम सेल म्हणजे काय?',
  'ZWNJ\u200cand\u200dZWJ',
  'under_score and-hyphen',
  '???',
  '…',
  '',
  '😀 emoji 👍🏽 only?',
  'Ωμέγα Кириллица',
  'a'.repeat(79) + ' b',
  'a'.repeat(80) + ' b',
  'स्टे'.repeat(30),
  '-leading and trailing-',
  '\u093f (a vowel sign first) \u0902',
];

/** [words, id] pairs: the words above and every bundled question and step title, in every language. */
export function idCases() {
  const words = new Set(WORDS);
  for (const lang of ['en', ...languages.map((l) => l.lang)]) {
    const content = bundledIn(lang);
    for (const entry of content.faq) words.add(entry.question);
    for (const steps of Object.values(content.steps)) for (const step of steps) words.add(step.title);
  }
  return [...words].map((w) => [w, idFrom(w)]);
}
