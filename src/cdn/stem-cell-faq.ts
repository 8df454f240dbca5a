// The per-element CDN file for <stem-cell-faq>: the element alone, with its placeholders. Lit and the code
// the elements share come from one shared chunk, so two per-element files on a page load them once.
import { StemCellFaq } from '../components/stem-cell-faq/stem-cell-faq.js';
import { mountPlaceholders } from '../internal/placeholders.js';

mountPlaceholders({ 'stem-cell-faq': StemCellFaq });
