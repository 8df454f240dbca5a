/**
 * How the FAQ's search compares text: it folds case and Latin accents ("café" finds "cafe"), and
 * nothing else. Devanagari vowel signs are combining marks too, and "की" must not match "का".
 */
export const fold = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC')
    .toLowerCase();
