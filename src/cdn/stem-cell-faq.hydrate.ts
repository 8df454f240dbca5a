// The CDN file for server-rendered <stem-cell-faq> alone (dist/snippets/stem-cell-faq.dsd.html): Lit's hydrate
// support first (before lit-element is evaluated), then what stem-cell-faq.js holds. Self-contained, like
// stem-cell-explainers.hydrate.js, so that a page with this element's markup loads one file, and
// only this element.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import '../internal/hydration.js';
import './stem-cell-faq.js';
