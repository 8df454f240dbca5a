// The CDN file for server-rendered <dose-note> (dist/snippets/dose-note.dsd.html): Lit's hydrate
// support first (before lit-element is evaluated), then what dose-note.js holds. Only this element; what
// another element's hydrate file also needs (Lit, the base element) is in the hydrate files' shared
// chunks, so that two elements' markup on one page share one Lit (rollup.config.mjs, `hydrateChunks`).
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import '../internal/hydration.js';
import './dose-note.js';
