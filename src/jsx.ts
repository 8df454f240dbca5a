import type { DoseCalculateDetail } from './components/dose-note/dose-note.js';
import type { StepsToggleDetail } from './components/procedure-steps/procedure-steps.js';
import type { FaqToggleDetail } from './components/stem-cell-faq/stem-cell-faq.js';
import type { FaqEntry, ProcedureStep } from './content/types.js';
import type { Strings } from './internal/strings.js';

type Bool = boolean | '' | undefined;
type Level = 2 | 3 | 4 | 5 | 6 | '2' | '3' | '4' | '5' | '6';

/**
 * The attributes, properties and events of the three elements, for typing JSX (React 19, Preact,
 * Solid). Events use React 19's `on` + event name form. See the README for the three-line hookup.
 */
export interface StemCellExplainersElements {
  'stem-cell-faq': {
    'heading-level'?: Level;
    single?: Bool;
    search?: Bool;
    'last-reviewed'?: string;
    'next-review-due'?: string;
    'reviewed-by'?: string;
    'structured-data'?: Bool;
    items?: readonly FaqEntry[];
    strings?: Partial<Strings>;
    'onfaq-toggle'?: (event: CustomEvent<FaqToggleDetail>) => void;
  };
  'procedure-steps': {
    source?: 'bone-marrow' | 'adipose' | 'allogenic';
    current?: number | string;
    'heading-level'?: Level;
    'dose-link'?: string;
    steps?: readonly ProcedureStep[];
    strings?: Partial<Strings>;
    'onsteps-toggle'?: (event: CustomEvent<StepsToggleDetail>) => void;
  };
  'dose-note': {
    calculator?: Bool;
    weight?: number | string;
    unit?: 'kg' | 'lb';
    'cells-per-kg'?: number | string;
    'heading-level'?: Level;
    strings?: Partial<Strings>;
    'ondose-calculate'?: (event: CustomEvent<DoseCalculateDetail>) => void;
  };
}
