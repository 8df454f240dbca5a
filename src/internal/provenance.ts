// Where the content a patient reads comes from, in words: one home for the element's footer and for
// the fallback markup every road writes (footerLines() in src/internal/bundled.ts).
import type { ContentInfo } from '../content/types.js';
import { formatDate } from './numbers.js';
import { format } from './strings.js';

/** The day the content was written (or last checked against the clinic's document). */
export const writtenDate = (info: ContentInfo): Date => new Date(`${info.writtenOn}T00:00:00Z`);

/** "Content version 1.2.0, written from the clinic’s information on 2 December 2026." from the language's `contentVersion`. */
export const versionLine = (contentVersion: string, info: ContentInfo, lang: string): string =>
  format(contentVersion, { version: info.version, date: formatDate(writtenDate(info), lang) });
