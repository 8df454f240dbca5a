import type { ContentInfo } from '../types.js';

/**
 * Where the Telugu content comes from. `translatedFrom` is the English content version
 * (`contentInfo.version` in ../info.ts) this translation was made from: when the English
 * version changes, check the translation again and bump `version`.
 */
export const contentInfoTe: ContentInfo = {
  source: 'Stem Cell Injections (రోగుల కోసం క్లినిక్ ఇంగ్లీషులో రాసిన సమాచార పత్రం)',
  writtenOn: '2026-12-04',
  version: '1.0.1',
  translatedFrom: '1.2.0',
};
