import type { commonStrings } from '../common-strings.js';

// Every element's UI strings in Marathi: its footer (src/content/common-strings.ts, the same keys and `{placeholders}`).
// An element's part of the language carries its own table only; src/content/mr/strings.ts says how they are written.
export const commonStringsMr: typeof commonStrings = {
  contentVersion: 'माहितीची आवृत्ती {version}, क्लिनिकच्या माहितीवरून {date} रोजी लिहिलेली (इंग्रजीतून अनुवाद).',
};
