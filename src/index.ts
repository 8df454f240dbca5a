// The main entry exports the bundled content (below), so it gives the FAQ and the steps their English
// text at once: a bare tag renders with the page's other elements, without importing it (#27).
import './components/stem-cell-faq/english-text.js';
import './components/procedure-steps/english-text.js';

export { StemCellFaq, type FaqStrings, type FaqToggleDetail } from './components/stem-cell-faq/stem-cell-faq.js';
export { ProcedureSteps, type StepsStrings, type StepsToggleDetail } from './components/procedure-steps/procedure-steps.js';
export {
  DoseNote,
  type DoseStrings,
  parseWeight,
  type DoseCalculateDetail,
  type WeightProblem,
  type WeightReading,
  type WeightUnit,
} from './components/dose-note/dose-note.js';
export { defaultStrings, type Strings } from './content/strings.js';
export { registerLocale, type Locale, type LocaleContent } from './register-locale.js';
export type { BigNumberFormat } from './internal/numbers.js';
export * from './content/index.js';
export type { StemCellExplainersElements } from './jsx.js';
