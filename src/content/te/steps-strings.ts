import type { stepsStrings } from '../steps-strings.js';

// The UI strings of `<procedure-steps>` in Telugu (src/content/steps-strings.ts, the same keys and `{placeholders}`).
// An element's part of the language carries its own table only; src/content/te/strings.ts says how they are written.
export const stepsStringsTe: typeof stepsStrings = {
  stepOf: 'దశ {n} (మొత్తం {total} దశలు)',
  stepDone: 'పూర్తయింది',
  stepCurrent: 'మీరు ఇక్కడ ఉన్నారు',
  showDetails: 'వివరాలు చూపించండి',
  hideDetails: 'వివరాలు దాచండి',
  showDetailsFor: 'వివరాలు చూపించండి: {title}',
  hideDetailsFor: 'వివరాలు దాచండి: {title}',
  showAllSteps: 'అన్ని దశలూ తెరవండి',
  hideAllSteps: 'అన్ని దశలూ మూసివేయండి',
  doseLink: 'ఎన్ని కణాలు అవసరం',
};
