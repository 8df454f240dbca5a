import type { ContentInfo } from '../types.js';

/**
 * Where the Marathi content comes from. `translatedFrom` is the English content version
 * (`contentInfo.version` in ../info.ts) this translation was made from: when the English
 * version changes, check the translation again and bump `version`.
 */
export const contentInfoMr: ContentInfo = {
  source: 'Stem Cell Injections (क्लिनिकचा रुग्णांसाठी माहितीचा दस्तऐवज, इंग्रजीत)',
  writtenOn: '2026-12-04',
  version: '1.0.1',
  translatedFrom: '1.2.0',
};
