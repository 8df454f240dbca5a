import type { DoseRule, FaqEntry, ProcedureStep } from '../src/content/types.js';
export declare const esc: (s: unknown) => string;
export declare const cellsText: (n: number) => string;
export declare const useCellsPerKg: (n: number) => void;
export declare const blocksHtml: (blocks: FaqEntry['answer']) => string;
export declare const faqDetails: (entries: readonly FaqEntry[]) => string;
export declare const stepsList: (steps: readonly ProcedureStep[]) => string;
export declare const doseCallout: (rule: DoseRule) => string;
