// The FAQ's English text, for a page whose HTML holds none (a bare tag): on the CDN a file of its own,
// text-en-stem-cell-faq-….js, which the FAQ imports when it shows the text. Run by a script tag before
// the FAQ's own file (`elementScripts({ text: true })`), it gives every FAQ on the page the text at
// once, so the FAQ renders with the page's other elements rather than after its import a frame later.
import { faqEntries } from '../../content/faq.js';
import { provideEnglish } from '../../internal/editor-content.js';

provideEnglish('stem-cell-faq', faqEntries);

export { faqEntries };
