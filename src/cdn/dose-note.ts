// The per-element CDN file for <dose-note>: the element alone, with its placeholders. Lit and the code
// the elements share come from one shared chunk, so two per-element files on a page load them once.
import { DoseNote } from '../components/dose-note/dose-note.js';
import { mountPlaceholders } from '../internal/placeholders.js';

mountPlaceholders({ 'dose-note': DoseNote });
