// The FAQ's English text, for a page whose HTML holds none (a bare tag): on the CDN a file of its own,
// text-en-stem-cell-faq-….js, which the FAQ imports when it shows the text. Run by a script tag before
// the FAQ's own file (`elementScripts({ text: true })`), it gives every FAQ on the page the text at
// once, so the FAQ renders with the page's other elements rather than after its import a frame later.
// From npm it is `stem-cell-explainers/stem-cell-faq/text`, for an app that imports the FAQ's own entry.
import { faqEntries } from '../../content/faq.js';

// Into the page's store of English texts, which the elements read (src/internal/editor-content.ts):
// written here, importing no code of ours, so that this file's script may come before any of ours.
const page = globalThis as unknown as Record<symbol, Map<string, unknown> | undefined>;
(page[Symbol.for('stem-cell-explainers.english')] ??= new Map()).set('stem-cell-faq', faqEntries);

export { faqEntries };
