// Generated from custom-elements.json by scripts/jsx-types.mjs (npm run jsx): do not edit.
import type { DoseCalculateDetail, DoseStrings, FaqEntry, FaqStrings, FaqToggleDetail, ProcedureStep, StemCellSource, StepsStrings, StepsToggleDetail, WeightUnit } from './index.js';

/**
 * The attributes, properties and events of the three elements, for typing JSX (React 19, Preact,
 * Solid). Events use React 19's `on` + event name form. See docs/embedding.md (In an app) for the three-line hookup.
 */
export interface StemCellExplainersElements {
  'dose-note': {
    'calculator'?: boolean | '';
    'weight'?: string | number;
    'unit'?: WeightUnit;
    'min-weight'?: string | number;
    'max-weight'?: string | number;
    'heading-level'?: string | number;
    'cells-per-kg'?: string | number;
    strings?: Partial<DoseStrings>;
    'ondose-calculate'?: (event: CustomEvent<DoseCalculateDetail>) => void;
  };
  'procedure-steps': {
    'source'?: StemCellSource;
    'current'?: string | number;
    'dose-link'?: string;
    'heading-level'?: string | number;
    'cells-per-kg'?: string | number;
    steps?: readonly ProcedureStep[];
    strings?: Partial<StepsStrings>;
    'onsteps-toggle'?: (event: CustomEvent<StepsToggleDetail>) => void;
  };
  'stem-cell-faq': {
    'single'?: boolean | '';
    'search'?: boolean | '';
    'last-reviewed'?: string;
    'next-review-due'?: string;
    'reviewed-by'?: string;
    'structured-data'?: boolean | '';
    'heading-level'?: string | number;
    'cells-per-kg'?: string | number;
    items?: readonly FaqEntry[];
    strings?: Partial<FaqStrings>;
    'onfaq-toggle'?: (event: CustomEvent<FaqToggleDetail>) => void;
  };
}
