// The bundled content in a language, as the elements show it: the language's own where it has it
// (registered with the elements' registry), else English. One home for the roads that write it out
// before any element runs: the embed builder and the build's snippets (scripts/post-build.mjs).
import { clinicNotes, contentInfo, doseRule, faqEntries, procedureSteps } from '../content/index.js';
import type { ClinicNotes, ContentInfo, DoseRuleText, FaqEntry, ProcedureStep, StemCellSource } from '../content/types.js';
import { localeFor } from './locale.js';

export function bundledIn(lang: string): {
  faq: readonly FaqEntry[];
  steps: Readonly<Record<StemCellSource, readonly ProcedureStep[]>>;
  dose: DoseRuleText;
  notes: ClinicNotes;
  info: ContentInfo;
} {
  const own = localeFor(lang).content;
  return {
    faq: own.faq ?? faqEntries,
    steps: own.steps ?? procedureSteps,
    dose: own.dose ?? doseRule,
    notes: own.notes ?? clinicNotes,
    info: own.info ?? contentInfo,
  };
}
