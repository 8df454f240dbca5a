// The steps' English text, for a page whose HTML holds none (a bare tag): on the CDN a file of its own,
// text-en-procedure-steps-….js, which the steps import when they show the text. Run by a script tag
// before the steps' own file (`elementScripts({ text: true })`), it gives every set of steps on the page
// the text at once, so they render with the page's other elements rather than after their import.
// From npm it is `stem-cell-explainers/procedure-steps/text`, for an app that imports the steps' own entry.
import { procedureSteps } from '../../content/procedure.js';

// Into the page's store of English texts, which the elements read (src/internal/editor-content.ts):
// written here, importing no code of ours, so that this file's script may come before any of ours.
const page = globalThis as unknown as Record<symbol, Map<string, unknown> | undefined>;
(page[Symbol.for('stem-cell-explainers.english')] ??= new Map()).set('procedure-steps', procedureSteps);

export { procedureSteps };
