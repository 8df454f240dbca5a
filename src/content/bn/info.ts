import type { ContentInfo } from '../types.js';

/**
 * Where the Bengali content comes from. `translatedFrom` is the English content version
 * (`contentInfo.version` in ../info.ts) this translation was made from: when the English
 * version changes, check the translation again and bump `version`.
 */
export const contentInfoBn: ContentInfo = {
  source: 'Stem Cell Injections (রোগীদের জন্য ক্লিনিকের তথ্যপত্র, ইংরেজিতে)',
  writtenOn: '2026-12-02',
  version: '1.0.0',
  translatedFrom: '1.2.0',
};
