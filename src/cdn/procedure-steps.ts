// The per-element CDN file for <procedure-steps>: the element alone, with its placeholders. Lit and the code
// the elements share come from one shared chunk, so two per-element files on a page load them once.
import { ProcedureSteps } from '../components/procedure-steps/procedure-steps.js';
import { mountPlaceholders } from '../internal/placeholders.js';

mountPlaceholders({ 'procedure-steps': ProcedureSteps });
