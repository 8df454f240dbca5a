// The CDN file for server-rendered <stem-cell-faq> (dist/snippets/stem-cell-faq.dsd.html): Lit's hydrate
// support first (before lit-element is evaluated), then what stem-cell-faq.js holds. Only this element; what
// another element's hydrate file also needs (Lit, the base element) is in the hydrate files' shared
// chunks, so that two elements' markup on one page share one Lit (rollup.config.mjs, `hydrateChunks`).
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import '../internal/hydration.js';
import './stem-cell-faq.js';
// The FAQ's JSON-LD code inside this file (elsewhere it is loaded on demand, dist/cdn/structured-data.js):
// markup rendered with `structured-data` hydrates with no file beyond the snippet's. Exported so that
// the bundler keeps it here; the element imports it itself.
export { faqPage } from '../internal/structured-data.js';
