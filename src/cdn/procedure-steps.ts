// The per-element CDN file for <procedure-steps>: the element, and the reader of its fallback markup
// (as src/cdn/stem-cell-faq.ts explains: read in the first frame, never an empty element while it loads).
// Lit and the code the elements share come from one shared chunk.
import '../components/procedure-steps/procedure-steps.js';
import { stepsReader } from '../components/procedure-steps/read-list.js';
import { provideReader } from '../internal/editor-content.js';

provideReader('procedure-steps', stepsReader);
