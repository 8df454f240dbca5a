// The CDN file for server-rendered <procedure-steps> (dist/snippets/procedure-steps.dsd.html): Lit's hydrate
// support first (before lit-element is evaluated), then what procedure-steps.js holds. Only this element; what
// another element's hydrate file also needs (Lit, the base element) is in the hydrate files' shared
// chunks, so that two elements' markup on one page share one Lit (rollup.config.mjs, `hydrateChunks`).
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import '../internal/hydration.js';
import './procedure-steps.js';
