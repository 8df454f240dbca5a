import type { DoseRule, FaqEntry, ProcedureStep } from '../src/content/types.js';
import type { FallbackContent, StepsListOptions } from '../src/internal/fallback-markup.js';
import type { Tag } from '../src/internal/tags.js';
export declare const esc: (s: unknown) => string;
export declare const cellsText: (cellsPerKg: number, lang?: string) => string;
export declare const useCellsPerKg: (n: number, lang?: string) => void;
export declare const blocksHtml: (blocks: FaqEntry['answer'], figure?: string) => string;
export declare const faqDetails: (entries: readonly FaqEntry[], figure?: string) => string;
export declare const stepsList: (steps: readonly ProcedureStep[], figure?: string, options?: StepsListOptions) => string;
export declare const doseCallout: (rule: Pick<DoseRule, 'heading' | 'rule' | 'meaning' | 'notice'>, figure?: string) => string;
/** An element's whole fallback, as every road writes it: by default with the English footer of the bundled content. */
export declare const elementFallback: (
  tag: Tag,
  content: Omit<FallbackContent, 'cells' | 'footer'> & { cells?: string; footer?: readonly string[] },
) => string;
