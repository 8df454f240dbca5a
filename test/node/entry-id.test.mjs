// An id made from words (idFrom(), src/internal/entry-id.ts): the deep link of a question the clinic
// wrote, the same on every road. The table of cases (scripts/entry-ids.mjs) is the one the
// WordPress plugin's PHP passes too (test/wordpress/numbers.test.mjs).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { idFrom, uniqueId } from '../../dist/internal/entry-id.js';
import { faqChecks, stepChecks } from '../../dist/internal/validate.js';
import { idCases } from '../../scripts/entry-ids.mjs';

describe('an id from words', () => {
  it('keeps the letters of every script, so a question in Hindi or Tamil links by its own words', () => {
    assert.equal(idFrom('What is a stem cell?'), 'what-is-a-stem-cell');
    assert.equal(idFrom('स्टेम सेल क्या है?'), 'स्टेम-सेल-क्या-है');
    assert.equal(idFrom('২০ লাখ কেন?'), '২০-লাখ-কেন');
    assert.equal(idFrom('ஸ்டெம் செல் சிகிச்சை பாதுகாப்பானதா?'), 'ஸ்டெம்-செல்-சிகிச்சை-பாதுகாப்பானதா');
    // Latin letters lose their accents, as before; invisible joiners go; nothing but punctuation gives nothing.
    assert.equal(idFrom('Café crème: ÀÉÎ?'), 'cafe-creme-aei');
    assert.equal(idFrom('Cafe\u0301'), 'cafe');
    assert.equal(idFrom('क\u200dख'), 'कख');
    assert.equal(idFrom('?? …'), '');
    assert.equal(idFrom('\u093f starts with a vowel sign'), 'starts-with-a-vowel-sign');
  });

  it('is at most 80 characters, never ending in "-"', () => {
    assert.equal(idFrom(`${'a'.repeat(79)} b`), 'a'.repeat(79));
    assert.equal([...idFrom('स्टे'.repeat(30))].length, 80);
  });

  it('gives every bundled and sample question an id the elements accept, the same when made again', () => {
    const cases = idCases();
    assert.ok(cases.length > 100, `only ${cases.length} cases`);
    for (const [words, id] of cases) {
      if (!id) continue;
      assert.equal(faqChecks.id(id), undefined, `${words} → ${id}`);
      assert.equal(stepChecks.id(id), undefined, `${words} → ${id}`);
      assert.match(id, /^[^-].*[^-]$|^[^-]$/u, `${words} → ${id}`);
      assert.doesNotMatch(id, /--/, `${words} → ${id}`);
      assert.ok([...id].length <= 80, `${words} → ${id}`);
      assert.equal(idFrom(id), id, `${words} → ${id}`);
    }
  });

  it('makes ids unique with -2, -3…, and keeps those it has given', () => {
    const taken = new Set(['are-they-safe']);
    assert.equal(uniqueId('are-they-safe', taken), 'are-they-safe-2');
    assert.equal(uniqueId('are-they-safe', taken), 'are-they-safe-3');
    assert.equal(uniqueId('प्रश्न', taken), 'प्रश्न');
    assert.equal(uniqueId('प्रश्न', taken), 'प्रश्न-2');
  });
});
