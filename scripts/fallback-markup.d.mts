import type { DoseRule, FaqEntry, ProcedureStep } from '../src/content/types.js';
export declare const esc: (s: unknown) => string;
export declare const cellsText: (cellsPerKg: number, lang?: string) => string;
export declare const useCellsPerKg: (n: number, lang?: string) => void;
export declare const blocksHtml: (blocks: FaqEntry['answer'], figure?: string) => string;
export declare const faqDetails: (entries: readonly FaqEntry[], figure?: string) => string;
export declare const stepsList: (steps: readonly ProcedureStep[], figure?: string) => string;
export declare const doseCallout: (rule: Pick<DoseRule, 'heading' | 'rule' | 'meaning' | 'notice'>, figure?: string) => string;
