// `stem-cell-explainers/ssr` (Node): the three elements rendered on a server to declarative shadow
// DOM. Importing it registers the elements in Lit's server DOM shim, so it is also the module that
// `@lit-labs/eleventy-plugin-lit` loads (`componentModules`).
// Every language the package ships is registered here, so that `renderElement(tag, { lang: 'hi' })`
// renders Hindi with no import of its own: the server's bytes are no patient's download.
// test/node/ssr.test.mjs holds this list to scripts/languages.mjs.
import './locales/hi.js';
import './locales/mr.js';
import './locales/bn.js';
import './locales/te.js';
import './locales/ta.js';

export { renderElement, type RenderOptions, type Tag } from './ssr/render-element.js';
export { styleHashes, styleText } from './ssr/csp.js';
