import type { commonStrings } from '../common-strings.js';

// Every element's UI strings in Telugu: its footer (src/content/common-strings.ts, the same keys and `{placeholders}`).
// An element's part of the language carries its own table only; src/content/te/strings.ts says how they are written.
export const commonStringsTe: typeof commonStrings = {
  contentVersion: 'సమాచారం వెర్షన్ {version}. క్లినిక్ సమాచారం ఆధారంగా రాసిన తేదీ: {date}.',
};
