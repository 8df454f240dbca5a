/**
 * The ids of the clinic's FAQ entries, in order: the same in every language. An element tells the
 * clinic's entries from an editor's by them (its footer names our content's version only for the
 * clinic's) without loading the English text, which only a page whose HTML holds no text needs (#27).
 * test/node/content.test.mjs holds them equal to the text's (src/content/faq.ts).
 */
export const faqIds = [
  'what-are-stem-cell-injections',
  'how-are-stem-cell-injections-given',
  'what-are-stem-cell-injections-used-for',
  'how-are-stem-cells-harvested',
  'what-is-the-procedure',
  'are-they-effective-for-osteoarthritis',
  'what-are-allogenic-stem-cells',
  'are-they-covered-by-insurance',
  'are-they-safe',
] as const;
