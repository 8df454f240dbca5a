// The per-element CDN file for <stem-cell-faq>: the element, and the reader of its fallback markup.
// Lit and the code the elements share come from one shared chunk, so two per-element files on a
// page load them once. Every page we hand out (snippets, builder, WordPress) carries fallback
// markup, which the element reads as it takes over: with the reader in this file, that happens in
// the first frame; loaded on demand, the element would stand empty until the reader arrived.
import '../components/stem-cell-faq/stem-cell-faq.js';
import { faqReader } from '../components/stem-cell-faq/read-details.js';
import { provideReader } from '../internal/editor-content.js';

provideReader('stem-cell-faq', faqReader);
