// The FAQ's content reader: in its per-element CDN file (src/cdn/stem-cell-faq.ts) and the all-in-one
// file; imported by an app's bundle when the element has content to read (a JSON child, fallback
// markup or `items`).
import type { FaqEntry } from '../../content/types.js';
import { contentReader, nodesToBlocks } from '../../internal/content-reader.js';
import { faqChecks } from '../../internal/validate.js';
import { fold } from './search-fold.js';

/** An id for a question that has none: its words, folded, joined by hyphens. */
const slug = (s: string) =>
  fold(s)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80) || 'question';

/**
 * An editor's fallback markup, `<details><summary>question</summary>answer…</details>` children,
 * read as FAQ entries (the form the snippets and server-rendered markup carry); `undefined` when
 * there is none.
 */
export function readDetails(host: Element): FaqEntry[] | undefined {
  const details = [...host.querySelectorAll(':scope > details')];
  if (!details.length) return undefined;
  return details.map((d) => {
    const question = d.querySelector(':scope > summary')?.textContent?.trim().replace(/\s+/g, ' ') ?? '';
    const rest = [...d.childNodes].filter((n) => !(n instanceof Element && n.localName === 'summary'));
    return { id: d.id || slug(question), question, answer: nodesToBlocks(rest) as FaqEntry['answer'] };
  });
}

/** How the FAQ reads and checks an editor's entries. */
export const faqReader = contentReader<FaqEntry>(faqChecks, readDetails);
