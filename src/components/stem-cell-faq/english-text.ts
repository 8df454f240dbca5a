// The FAQ's English text, for a page whose HTML holds none (a bare tag): on the CDN a file of its own,
// text-en-stem-cell-faq-….js, which the FAQ imports when it shows the text. Run by a script tag before
// the FAQ's own file (`elementScripts({ text: true })`), it gives every FAQ on the page the text at
// once, so the FAQ renders with the page's other elements rather than after its import a frame later.
// From npm it is `stem-cell-explainers/stem-cell-faq/text`, for an app that imports the FAQ's own entry.
import { faqEntries } from '../../content/faq.js';
import { provideEnglish } from '../../internal/editor-content.js';

provideEnglish('stem-cell-faq', faqEntries);

export { faqEntries };
