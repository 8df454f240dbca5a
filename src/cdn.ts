// The all-in-one CDN bundles (module and classic script): register the three elements. Placeholder
// mounting is its own file (src/placeholders.ts), for the pages that use placeholders.
import './index.js';
