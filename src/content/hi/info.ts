import type { ContentInfo } from '../types.js';

/**
 * Where the Hindi content comes from. `translatedFrom` is the English content version
 * (`contentInfo.version` in ../info.ts) this translation was made from: when the English
 * version changes, check the translation again and bump `version`.
 */
export const contentInfoHi: ContentInfo = {
  source: 'Stem Cell Injections (क्लिनिक का मरीज़ों के लिए जानकारी वाला दस्तावेज़, अंग्रेज़ी में)',
  writtenOn: '2026-12-04',
  version: '2.0.1',
  translatedFrom: '1.2.0',
};
