import type { commonStrings } from '../common-strings.js';

// Every element's UI strings in Tamil: its footer (src/content/common-strings.ts, the same keys and `{placeholders}`).
// An element's part of the language carries its own table only; src/content/ta/strings.ts says how they are written.
export const commonStringsTa: typeof commonStrings = {
  contentVersion: 'தகவல் பதிப்பு {version}. கிளினிக்கின் தகவலை வைத்து எழுதிய தேதி: {date}.',
};
