import { asciiDigits } from '../../internal/digits.js';

// Built from escapes, so that the files of English pages carry no Indian letters (regular expression
// and string literals would be minified to the letters themselves).
const KHANDA_TA = new RegExp('\\u09a4\\u09cd\\u200d', 'g');
const NUKTA = new RegExp('\\u093c', 'g');
const CHANDRABINDU = new RegExp('\\u0901', 'g');
const NASAL_VIRAMA = new RegExp('[\\u0919\\u091e\\u0923\\u0928\\u092e]\\u094d(?=[\\u0915-\\u0939])', 'g');
const ANUSVARA = String.fromCharCode(0x0902);
/** A Devanagari word's ending of vowel signs and anusvara (घुटना, घुटनों: the ending of घुटन-). */
const DEVANAGARI_ENDING = new RegExp('(?<=[\\u0900-\\u097f]{2}[\\u0915-\\u0939])[\\u093e-\\u094c\\u0902]+$');

/**
 * What the FAQ search ignores, so that a patient finds an answer however their keyboard spells a
 * word, and nothing more: case and Latin accents ("CAFE" finds "café"); in Devanagari (Hindi,
 * Marathi) the nukta (जरूरी finds ज़रूरी), chandrabindu written as anusvara (महंगा finds महँगा) and a
 * nasal consonant with virama written as anusvara (हिंदी finds हिन्दी, कम्पनी finds कंपनी); in
 * Bengali the khanda ta that older keyboards type as ত্ with a joiner; invisible joiners in every
 * script; the digits of every Indian script, read as 0–9 (२० finds "20 लाख", 20 finds "২০ লাখ").
 * Vowel signs are never folded: in Devanagari "की" is not "का", and in Bengali, Telugu and Tamil a
 * vowel sign or a nukta makes another word, so those scripts fold only what Unicode normalisation
 * already makes one.
 */
export const fold = (s: string): string =>
  asciiDigits(s)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(KHANDA_TA, String.fromCharCode(0x09ce))
    .replace(/[\u200c\u200d]/g, '')
    .replace(NUKTA, '')
    .replace(CHANDRABINDU, ANUSVARA)
    .replace(NASAL_VIRAMA, ANUSVARA)
    .normalize('NFC')
    .toLowerCase();

/**
 * A folded search word as it is looked for: in Devanagari, without the vowel signs that end it, as Hindi
 * and Marathi change a word's ending with its grammar (घुटना and घुटनों find घुटने, the knee; गुडघा
 * finds गुडघ्याचा). Only where at least three letters and signs remain before that ending: a short word
 * keeps its vowel sign, so “की” still finds only “की”, not “का”.
 */
export const searchWord = (folded: string): string => folded.replace(DEVANAGARI_ENDING, '');
