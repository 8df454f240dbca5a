import type { StemCellSource } from './types.js';

/**
 * The ids of the clinic's steps, by source, in order: the same in every language. An element tells the
 * clinic's entries from an editor's by them (its footer names our content's version only for the
 * clinic's) without loading the English text, which only a page whose HTML holds no text needs (#27).
 * test/node/content.test.mjs holds them equal to the text's (src/content/procedure.ts).
 */
export const stepIds: Readonly<Record<StemCellSource, readonly string[]>> = {
  'bone-marrow': ['harvest', 'separate', 'culture', 'inject'],
  adipose: ['harvest', 'separate', 'culture', 'inject'],
  allogenic: ['donor', 'inject'],
};
