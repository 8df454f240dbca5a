// The FAQ's own UI strings in English (`<stem-cell-faq>` loads only these and the common ones).
// A translation (src/content/<lang>/strings.ts) has the same keys and `{name}` placeholders.
export const faqStrings = {
  showAll: 'Show all',
  hideAll: 'Hide all',
  copyLink: 'Copy link',
  copyLinkTo: 'Copy link to “{question}”',
  linkCopied: 'Link copied',
  linkNotCopied: 'Could not copy. The link is: {url}',
  searchQuestions: 'Search questions',
  searchMatches: '{shown} of {total} questions match',
  searchNoMatch: 'No questions match “{query}”. Try another word.',
  lastReviewed: 'Page last reviewed: {date}',
  nextReviewDue: 'Next review due: {date}',
  reviewedBy: 'Reviewed by: {name}',
};
