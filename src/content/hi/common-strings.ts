import type { commonStrings } from '../common-strings.js';

// Every element's UI strings in Hindi: its footer (src/content/common-strings.ts, the same keys and `{placeholders}`).
// An element's part of the language carries its own table only; src/content/hi/strings.ts says how they are written.
export const commonStringsHi: typeof commonStrings = {
  contentVersion: 'जानकारी का वर्ज़न {version}, क्लिनिक की जानकारी (अंग्रेज़ी) से {date} को लिखा गया।',
};
