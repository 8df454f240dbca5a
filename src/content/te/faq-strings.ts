import type { faqStrings } from '../faq-strings.js';

// The UI strings of `<stem-cell-faq>` in Telugu (src/content/faq-strings.ts, the same keys and `{placeholders}`).
// An element's part of the language carries its own table only; src/content/te/strings.ts says how they are written.
export const faqStringsTe: typeof faqStrings = {
  showAll: 'అన్నీ తెరవండి',
  hideAll: 'అన్నీ మూసివేయండి',
  copyLink: 'లింక్ కాపీ చేయండి',
  copyLinkTo: 'లింక్ కాపీ చేయండి: “{question}”',
  linkCopied: 'లింక్ కాపీ అయింది',
  linkNotCopied: 'కాపీ కాలేదు. లింక్ ఇది: {url}',
  searchQuestions: 'ప్రశ్నలు వెతకండి',
  searchMatches: 'మొత్తం {total} ప్రశ్నలు, సరిపోయినవి {shown}',
  searchNoMatch: '“{query}”కు సరిపోయే ప్రశ్నలు లేవు. వేరే మాట రాసి చూడండి.',
  lastReviewed: 'ఈ పేజీని చివరిసారి సరిచూసిన తేదీ: {date}',
  nextReviewDue: 'ఈ పేజీని మళ్లీ సరిచూడాల్సిన తేదీ: {date}',
  reviewedBy: 'ఈ పేజీని సరిచూసినవారు: {name}',
};
