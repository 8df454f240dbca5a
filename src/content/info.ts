import type { ContentInfo } from './types.js';

/**
 * Where the bundled content comes from. Bump `version` (semver) on any change of wording, and
 * set `writtenOn` to the day the content was last checked against the document.
 */
export const contentInfo: ContentInfo = {
  source: 'Stem Cell Injections (the clinic’s patient information document)',
  writtenOn: '2026-12-02',
  version: '1.2.0',
};
