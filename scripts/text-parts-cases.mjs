// The table of cases for English words in another script's text (textParts() in
// src/internal/text-parts.ts), which every road that writes a footer passes: the elements and the
// fallback markup run textParts() itself; the WordPress plugin's PHP, Stem_Cell_Explainers_Text_Parts,
// is held to it by test/wordpress/numbers.test.mjs.
import { textParts } from '../dist/internal/text-parts.js';
import { footerLines } from '../dist/internal/bundled.js';
import { languages } from './languages.mjs';

// Each language's own text is registered with it, as on a page that loads its add-on.
for (const { lang } of languages) await import(`../dist/locales/${lang}.js`);

/** Reviewers' names as clinics write them: initials, hyphens, apostrophes, accents, other scripts. */
const NAMES = ['Dr A. Rao', 'Mary-Ann O’Neil', "Dr D'Souza", 'Prof. José Núñez', 'डॉ. ए. राव', 'Dr. S. Iyer (Ortho)', 'டாக்டர் Rao'];

/** Text beside the footers': English only, letters every script shares, other scripts, edges. */
const TEXTS = [
  '',
  'इन्हें MSCs कहते हैं।',
  'कूल्हे की हड्डी (posterior superior iliac spine) से',
  'MSC-கள் செல்கள்',
  'Take 5 µL; the clinicʼs own rule.',
  'At least {cells} per kg.',
  'कम से कम {cells} MSCs',
  'Ωμέγα and Кириллица words',
  '😀 emoji 👍🏽 हिंदी ok',
  '- leading and trailing -',
  'ए',
];

/** [text, parts] pairs: each part as [text, whether English words in another script's text]. */
export function textPartCases() {
  const texts = new Set(TEXTS);
  // Every language's footer lines as the FAQ writes them, with each name: review dates, reviewer, disclaimer, version.
  for (const lang of ['en', ...languages.map((l) => l.lang)])
    for (const reviewedBy of NAMES)
      for (const line of footerLines(lang, {
        bundled: true,
        review: { lastReviewed: '2026-12-04', nextReviewDue: '2027-06-03', reviewedBy },
      }))
        texts.add(line);
  // Text beside text (a "{name}" left in it is a part of its own) is one part: it is written the same.
  return [...texts].map((text) => [
    text,
    textParts(text, {}).reduce((parts, { text: t, english = false }) => {
      const last = parts.at(-1);
      if (last && !english && !last[1]) last[0] += t;
      else parts.push([t, english]);
      return parts;
    }, []),
  ]);
}
