import type { stepsStrings } from '../steps-strings.js';

// The UI strings of `<procedure-steps>` in Hindi (src/content/steps-strings.ts, the same keys and `{placeholders}`).
// An element's part of the language carries its own table only; src/content/hi/strings.ts says how they are written.
export const stepsStringsHi: typeof stepsStrings = {
  stepOf: 'चरण {n} (कुल {total} में से)',
  stepDone: 'हो गया',
  stepCurrent: 'आप यहाँ हैं',
  showDetails: 'ज़्यादा जानकारी देखें',
  hideDetails: 'जानकारी छिपाएँ',
  showDetailsFor: 'ज़्यादा जानकारी देखें: {title}',
  hideDetailsFor: 'जानकारी छिपाएँ: {title}',
  showAllSteps: 'सभी चरण खोलें',
  hideAllSteps: 'सभी चरण बंद करें',
  doseLink: 'कितने सेल की ज़रूरत होती है',
};
