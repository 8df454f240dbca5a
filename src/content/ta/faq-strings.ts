import type { faqStrings } from '../faq-strings.js';

// The UI strings of `<stem-cell-faq>` in Tamil (src/content/faq-strings.ts, the same keys and `{placeholders}`).
// An element's part of the language carries its own table only; src/content/ta/strings.ts says how they are written.
export const faqStringsTa: typeof faqStrings = {
  showAll: 'எல்லாவற்றையும் திறக்கவும்',
  hideAll: 'எல்லாவற்றையும் மூடவும்',
  copyLink: 'இணைப்பை நகலெடுக்கவும்',
  copyLinkTo: 'இணைப்பை நகலெடுக்கவும்: “{question}”',
  linkCopied: 'இணைப்பு நகலெடுக்கப்பட்டது',
  linkNotCopied: 'நகலெடுக்க முடியவில்லை. இணைப்பு இதுதான்: {url}',
  searchQuestions: 'கேள்விகளைத் தேடவும்',
  searchMatches: 'மொத்தக் கேள்விகள் {total}, பொருந்தியவை {shown}',
  searchNoMatch: '“{query}” என்பதற்குப் பொருந்தும் கேள்விகள் இல்லை. வேறு சொல்லை எழுதிப் பாருங்கள்.',
  lastReviewed: 'இந்தப் பக்கம் கடைசியாகச் சரிபார்க்கப்பட்ட தேதி: {date}',
  nextReviewDue: 'இந்தப் பக்கம் அடுத்து சரிபார்க்கப்பட வேண்டிய தேதி: {date}',
  reviewedBy: 'இந்தப் பக்கத்தைச் சரிபார்த்தவர்: {name}',
};
