// Runs in Node (node --test) against the built package: what the FAQ search ignores in each script
// (src/components/stem-cell-faq/search-fold.ts), and that it ignores nothing that makes another word.
// The search itself, typed into the element in every engine: test/locale.test.ts.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fold, searchWord } from '../../dist/components/stem-cell-faq/search-fold.js';
import { faqEntriesHi } from '../../dist/content/hi/index.js';
import { faqEntriesMr } from '../../dist/content/mr/index.js';

const same = (a, b) => assert.equal(fold(a), fold(b), `${a} and ${b} should be one word to the search`);
const differ = (a, b) => assert.notEqual(fold(a), fold(b), `${a} and ${b} must stay two words`);

describe('search folding', () => {
  it('folds case and Latin accents', () => {
    same('CAFÉ', 'cafe');
    same('Knee', 'knee');
  });

  it('reads the digits of every Indian script as 0–9, as patients type them on their keyboard: २० finds 20, 20 finds ২০', () => {
    same('२०', '20');
    same('৭০', '70');
    same('౭౦', '70');
    same('௭௦', '70');
    // Nothing else is a digit: the letters beside them stay letters.
    differ('२', 'र');
  });

  describe('Devanagari (Hindi, Marathi)', () => {
    it('ignores the nukta, precomposed or not: जरूरी finds ज़रूरी, ज्यादा finds ज़्यादा', () => {
      same('जरूरी', 'ज\u093Cरूरी');
      same('जरूरी', '\u095Bरूरी');
      same('ज्यादा', 'ज़्यादा');
      same('इन्फेक्शन', 'इन्फ़ेक्शन');
    });

    it('reads chandrabindu as anusvara: महंगा finds महँगा', () => same('महंगा', 'महँगा'));

    it('reads a nasal consonant with virama before a consonant as anusvara: हिंदी finds हिन्दी, कम्पनी finds कंपनी', () => {
      same('हिंदी', 'हिन्दी');
      same('कम्पनी', 'कंपनी');
      same('संबंध', 'सम्बन्ध');
    });

    it('keeps every vowel sign: की is not का, and a word is not its stem with another ending', () => {
      differ('की', 'का');
      differ('घुटना', 'घुटने');
      differ('सेल', 'सैल');
    });

    it('finds the Hindi FAQ’s words as patients type them', () => {
      const text = fold(faqEntriesHi.map((e) => `${e.question} ${JSON.stringify(e.answer)}`).join(' '));
      for (const typed of ['जरूरी', 'ज्यादा', 'महंगा', 'इन्फेक्शन', 'बीमा कम्पनी'])
        for (const word of typed.split(' ')) assert.ok(text.includes(fold(word)), typed);
    });
  });

  describe('Bengali', () => {
    it('reads khanda ta typed as ত্ with a joiner as ৎ', () => same('উত\u09CD\u200Dসব', 'উৎসব'));

    it('keeps the nukta and the vowel signs: ড় is not ড, য় is not য, কি is not কা', () => {
      differ('ড়', 'ড');
      differ('য়', 'য');
      differ('কি', 'কা');
      same('\u09DF', '\u09AF\u09BC');
    });
  });

  describe('Telugu and Tamil', () => {
    it('makes one word of what Unicode makes one (a two-part vowel sign typed in parts)', () => {
      same('\u0C15\u0C48', '\u0C15\u0C46\u0C56');
      same('\u0B95\u0BCA', '\u0B95\u0BC6\u0BBE');
    });

    it('keeps every vowel sign: కి is not కా, கி is not கா', () => {
      differ('కి', 'కా');
      differ('கி', 'கா');
      differ('\u0C15\u0C02', '\u0C15\u0C01');
    });
  });

  describe('a Devanagari word in the form the patient types it', () => {
    /** The ids of the entries whose question or answer holds the word, as the search looks for it. */
    const found = (entries, word) =>
      entries.filter((e) => fold(JSON.stringify([e.question, e.answer])).includes(searchWord(fold(word)))).map((e) => e.id);

    it('finds a word whatever its ending: घुटना and घुटनों find the answers that say घुटने (the knee), गुडघा and गुडघे those that say गुडघ्याचा', () => {
      const knee = found(faqEntriesHi, 'घुटने');
      assert.ok(knee.length >= 2, 'the Hindi answers say घुटने');
      for (const word of ['घुटना', 'घुटनों']) assert.deepEqual(found(faqEntriesHi, word), knee, word);
      const kneeMr = found(faqEntriesMr, 'गुडघ्याचा');
      assert.ok(kneeMr.length >= 1, 'the Marathi answers say गुडघ्याचा');
      for (const word of ['गुडघा', 'गुडघे'])
        assert.ok(
          kneeMr.every((id) => found(faqEntriesMr, word).includes(id)),
          word,
        );
    });

    it('keeps the vowel sign of a short word: की is not का, दवा stays दवा', () => {
      assert.equal(searchWord('की'), 'की');
      assert.equal(searchWord('का'), 'का');
      assert.equal(searchWord('दवा'), 'दवा');
    });

    it('changes no word of another script', () => {
      for (const word of ['knee', 'మోకాలు', 'முழங்கால்', 'হাঁটু']) assert.equal(searchWord(word), word);
    });
  });

  it('ignores the invisible joiners some keyboards put in', () => {
    same('क्\u200Dष', 'क्ष');
    same('ক্\u200Cষ', 'ক্ষ');
  });
});
