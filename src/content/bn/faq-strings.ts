import type { faqStrings } from '../faq-strings.js';

// The UI strings of `<stem-cell-faq>` in Bengali (src/content/faq-strings.ts, the same keys and `{placeholders}`).
// An element's part of the language carries its own table only; src/content/bn/strings.ts says how they are written.
export const faqStringsBn: typeof faqStrings = {
  showAll: 'সব খুলুন',
  hideAll: 'সব বন্ধ করুন',
  copyLink: 'লিংক কপি করুন',
  copyLinkTo: 'লিংক কপি করুন: “{question}”',
  linkCopied: 'লিংক কপি হয়েছে',
  linkNotCopied: 'কপি করা গেল না। লিংকটি হলো: {url}',
  searchQuestions: 'প্রশ্ন খুঁজুন',
  searchMatches: '{total}টি প্রশ্নের মধ্যে {shown}টি মিলেছে',
  searchNoMatch: '“{query}” দিয়ে কোনো প্রশ্ন মেলেনি। অন্য কোনো শব্দ লিখে দেখুন।',
  lastReviewed: 'এই পাতা শেষ যাচাই হয়েছে: {date}',
  nextReviewDue: 'এই পাতার পরের যাচাই: {date}',
  reviewedBy: 'যাচাই করেছেন: {name}',
};
