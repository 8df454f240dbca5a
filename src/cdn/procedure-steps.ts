// The per-element CDN file for <procedure-steps>: the element alone. Lit and the code
// the elements share come from one shared chunk, so two per-element files on a page load them once.
import '../components/procedure-steps/procedure-steps.js';
