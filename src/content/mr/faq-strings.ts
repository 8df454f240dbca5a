import type { faqStrings } from '../faq-strings.js';

// The UI strings of `<stem-cell-faq>` in Marathi (src/content/faq-strings.ts, the same keys and `{placeholders}`).
// An element's part of the language carries its own table only; src/content/mr/strings.ts says how they are written.
export const faqStringsMr: typeof faqStrings = {
  showAll: 'सर्व उघडा',
  hideAll: 'सर्व बंद करा',
  copyLink: 'लिंक कॉपी करा',
  copyLinkTo: 'लिंक कॉपी करा: “{question}”',
  linkCopied: 'लिंक कॉपी झाली',
  linkNotCopied: 'कॉपी करता आली नाही. लिंक अशी आहे: {url}',
  searchQuestions: 'प्रश्न शोधा',
  searchMatches: 'जुळणारे प्रश्न: {total} पैकी {shown}',
  searchNoMatch: '“{query}” शी जुळणारा एकही प्रश्न नाही. दुसरा शब्द लिहून पाहा.',
  lastReviewed: 'या पानाची शेवटची पडताळणी: {date}',
  nextReviewDue: 'या पानाची पुढची पडताळणी: {date}',
  reviewedBy: 'पडताळणी करणारे: {name}',
};
