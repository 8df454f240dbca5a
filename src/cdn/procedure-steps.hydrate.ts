// The CDN file for server-rendered <procedure-steps> alone (dist/snippets/procedure-steps.dsd.html): Lit's hydrate
// support first (before lit-element is evaluated), then what procedure-steps.js holds. Self-contained, like
// stem-cell-explainers.hydrate.js, so that a page with this element's markup loads one file, and
// only this element.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import '../internal/hydration.js';
import './procedure-steps.js';
