// `stem-cell-explainers/ssr` (Node): the three elements rendered on a server to declarative shadow
// DOM. Importing it registers the elements in Lit's server DOM shim, so it is also the module that
// `@lit-labs/eleventy-plugin-lit` loads (`componentModules`).
export { renderElement, type RenderOptions, type Tag } from './ssr/render-element.js';
export { styleHashes, styleText } from './ssr/csp.js';
