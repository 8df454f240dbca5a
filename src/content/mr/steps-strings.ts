import type { stepsStrings } from '../steps-strings.js';

// The UI strings of `<procedure-steps>` in Marathi (src/content/steps-strings.ts, the same keys and `{placeholders}`).
// An element's part of the language carries its own table only; src/content/mr/strings.ts says how they are written.
export const stepsStringsMr: typeof stepsStrings = {
  stepOf: 'टप्पा {n} ({total} पैकी)',
  stepDone: 'पूर्ण झाले',
  stepCurrent: 'तुम्ही इथे आहात',
  showDetails: 'अधिक माहिती पाहा',
  hideDetails: 'माहिती लपवा',
  showDetailsFor: 'अधिक माहिती पाहा: {title}',
  hideDetailsFor: 'माहिती लपवा: {title}',
  showAllSteps: 'सर्व टप्पे उघडा',
  hideAllSteps: 'सर्व टप्पे बंद करा',
  doseLink: 'किती पेशी लागतात',
};
