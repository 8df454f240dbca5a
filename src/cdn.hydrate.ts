// The CDN bundle for pages with server-rendered markup (dist/snippets/*.dsd.html): Lit's hydrate
// support first (before lit-element is evaluated), then everything the plain CDN bundle does.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import './internal/hydration.js';
import './cdn.js';
