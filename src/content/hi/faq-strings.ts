import type { faqStrings } from '../faq-strings.js';

// The UI strings of `<stem-cell-faq>` in Hindi (src/content/faq-strings.ts, the same keys and `{placeholders}`).
// An element's part of the language carries its own table only; src/content/hi/strings.ts says how they are written.
export const faqStringsHi: typeof faqStrings = {
  showAll: 'सब खोलें',
  hideAll: 'सब बंद करें',
  copyLink: 'लिंक कॉपी करें',
  copyLinkTo: '“{question}” का लिंक कॉपी करें',
  linkCopied: 'लिंक कॉपी हो गया',
  linkNotCopied: 'कॉपी नहीं हो सका। लिंक यह है: {url}',
  searchQuestions: 'सवाल खोजें',
  searchMatches: 'मिले सवाल: {total} में से {shown}',
  searchNoMatch: '“{query}” से कोई सवाल नहीं मिला। कोई दूसरा शब्द लिखकर देखें।',
  lastReviewed: 'इस पेज की पिछली जाँच: {date}',
  nextReviewDue: 'इस पेज की अगली जाँच: {date}',
  reviewedBy: 'जाँच करने वाले: {name}',
};
