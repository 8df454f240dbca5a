// The all-in-one CDN bundles (module and classic script): the three elements, each with the reader of
// its fallback markup, as their per-element files (src/cdn/) have them. Placeholder mounting is its own
// file (src/placeholders.ts), for the pages that use placeholders. The FAQ's and the steps' English
// text is not imported here: the module file imports it, as a file of its own, only where a page's HTML
// holds no text the element can use (a bare tag); every page we hand out holds it (#27). The classic
// file, which cannot import a file beside it, keeps it inside.
import './cdn/stem-cell-faq.js';
import './cdn/procedure-steps.js';
import './cdn/dose-note.js';
