// The FAQ's content reader: in its per-element CDN file (src/cdn/stem-cell-faq.ts) and the all-in-one
// file; imported by an app's bundle when the element has content to read (a JSON child, fallback
// markup or `items`).
import type { FaqEntry } from '../../content/types.js';
import { contentReader, nodesToBlocks, plainTextOf } from '../../internal/content-reader.js';
import { idFrom, uniqueId } from '../../internal/entry-id.js';
import { faqChecks } from '../../internal/validate.js';

/**
 * An editor's fallback markup, `<details><summary>question</summary>answer…</details>` children,
 * read as FAQ entries (the form the snippets and server-rendered markup carry); `undefined` when
 * there is none. A question without an id gets one from its words (idFrom(), as the builder and
 * the WordPress plugin make them), never one another question has.
 */
export function readDetails(host: Element): FaqEntry[] | undefined {
  const details = [...host.querySelectorAll(':scope > details')];
  if (!details.length) return undefined;
  const taken = new Set(details.map((d) => d.id).filter(Boolean));
  return details.map((d) => {
    const question = plainTextOf(d.querySelector(':scope > summary') ?? undefined);
    const rest = [...d.childNodes].filter((n) => !(n instanceof Element && n.localName === 'summary'));
    const id = d.id || uniqueId(idFrom(question) || 'question', taken);
    return { id, question, answer: nodesToBlocks(rest) as FaqEntry['answer'] };
  });
}

/** How the FAQ reads and checks an editor's entries. */
export const faqReader = contentReader<FaqEntry>(faqChecks, readDetails);
