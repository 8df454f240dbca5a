// The CDN bundles (module and classic script): register the three elements and mount placeholders.
import { DoseNote, ProcedureSteps, StemCellFaq } from './index.js';
import { mountPlaceholders } from './internal/placeholders.js';

mountPlaceholders({ 'stem-cell-faq': StemCellFaq, 'procedure-steps': ProcedureSteps, 'dose-note': DoseNote });
