// The npm entry for pages with server-rendered markup (`stem-cell-explainers/ssr`): registers the
// three elements, which then hydrate their declarative shadow roots instead of rendering again.
// Lit's hydrate support must run before lit-element is evaluated, so it comes first, and this
// module must be imported before anything else that imports lit.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import './internal/hydration.js';

export * from './index.js';
