// The benchmark's large FAQ: the clinic's entries repeated, with ids and questions made unique.
// Shared by bench/run.mjs and bench/click-update.mjs, so both time the same content.
import { faqEntries } from '../dist/content/index.js';

/** `n` FAQ entries. */
export const many = (n) =>
  Array.from({ length: n }, (_, i) => {
    const e = faqEntries[i % faqEntries.length];
    return { ...e, id: `${e.id}-${i}`, question: `${e.question} (${i + 1})` };
  });
