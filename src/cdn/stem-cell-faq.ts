// The per-element CDN file for <stem-cell-faq>: the element alone. Lit and the code
// the elements share come from one shared chunk, so two per-element files on a page load them once.
import '../components/stem-cell-faq/stem-cell-faq.js';
