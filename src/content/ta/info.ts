import type { ContentInfo } from '../types.js';

/**
 * Where the Tamil content comes from. `translatedFrom` is the English content version
 * (`contentInfo.version` in ../info.ts) this translation was made from: when the English
 * version changes, check the translation again and bump `version`.
 */
export const contentInfoTa: ContentInfo = {
  source: 'Stem Cell Injections (நோயாளிகளுக்காக கிளினிக் ஆங்கிலத்தில் எழுதிய தகவல் ஆவணம்)',
  writtenOn: '2026-12-04',
  version: '1.0.1',
  translatedFrom: '1.2.0',
};
