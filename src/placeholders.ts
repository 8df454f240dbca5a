// dist/cdn/placeholders.js (and placeholders.iife.js, a classic script): for pages whose editor strips
// unknown tags, `<div data-stem-cell="faq">` placeholders become the elements. Load it beside the
// file that defines the elements (the all-in-one file or a per-element file).
import { mountPlaceholders } from './internal/placeholders.js';

// A server has no page: imported there (an app's server bundle), the module does nothing.
if (typeof document !== 'undefined') mountPlaceholders();
