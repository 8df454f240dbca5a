// The per-element CDN file for <dose-note>: the element alone. Lit and the code
// the elements share come from one shared chunk, so two per-element files on a page load them once.
import '../components/dose-note/dose-note.js';
