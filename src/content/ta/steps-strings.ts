import type { stepsStrings } from '../steps-strings.js';

// The UI strings of `<procedure-steps>` in Tamil (src/content/steps-strings.ts, the same keys and `{placeholders}`).
// An element's part of the language carries its own table only; src/content/ta/strings.ts says how they are written.
export const stepsStringsTa: typeof stepsStrings = {
  stepOf: 'படி {n} (மொத்தம் {total} படிகள்)',
  stepDone: 'முடிந்தது',
  stepCurrent: 'நீங்கள் இங்கே இருக்கிறீர்கள்',
  showDetails: 'விவரங்களைக் காட்டவும்',
  hideDetails: 'விவரங்களை மறைக்கவும்',
  showDetailsFor: 'விவரங்களைக் காட்டவும்: {title}',
  hideDetailsFor: 'விவரங்களை மறைக்கவும்: {title}',
  showAllSteps: 'எல்லாப் படிகளையும் திறக்கவும்',
  hideAllSteps: 'எல்லாப் படிகளையும் மூடவும்',
  doseLink: 'எத்தனை செல்கள் தேவை',
};
