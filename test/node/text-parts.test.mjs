// Content text in parts (textParts(), src/internal/text-parts.ts): the figure filled in, and the
// English words in text written in another script marked, the same for the element and the fallback.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { textParts } from '../../dist/internal/text-parts.js';
import { renderText } from '../../dist/internal/render-text.js';
import { faqDetails, doseCallout, footerHtml } from '../../dist/internal/fallback-markup.js';
import { doseRule } from '../../dist/content/index.js';

const english = (text, values = { cells: '20 लाख' }) =>
  textParts(text, values)
    .filter((p) => p.english)
    .map((p) => p.text);

describe('English words in text in another script', () => {
  it('marks runs of English words in Hindi, Tamil or Bengali text, with their inner punctuation, not the brackets around them', () => {
    assert.deepEqual(english('इन्हें MSCs कहते हैं।'), ['MSCs']);
    assert.deepEqual(english('कूल्हे की हड्डी (posterior superior iliac spine) से'), ['posterior superior iliac spine']);
    assert.deepEqual(english('डॉक्टर: Dr A. Rao, Mary-Ann O’Neil।'), ['Dr A. Rao', 'Mary-Ann O’Neil']);
    assert.deepEqual(english('MSC-கள் செல்கள்'), ['MSC']);
    // A reviewer's name with accented Latin letters is one run, not cut at each accent.
    assert.deepEqual(english('जाँच करने वाले: Prof. José Núñez'), ['Prof. José Núñez']);
  });

  it('marks nothing in English text, nor the figure, nor a placeholder left unfilled', () => {
    assert.deepEqual(english('At least {cells} per kg of body weight.', { cells: '2 million' }), []);
    // Letters every script shares do not make English text another script's.
    assert.deepEqual(english('Take 5 µL; the clinicʼs own rule.', {}), []);
    assert.deepEqual(english('कम से कम {cells} MSCs', { cells: '2 million' }), ['MSCs']);
    assert.deepEqual(textParts('{cells} और {other} MSCs', { cells: '20 लाख' }), [
      { text: '20 लाख', value: 'cells' },
      { text: ' और ' },
      { text: '{other}' },
      { text: ' ' },
      { text: 'MSCs', english: true },
    ]);
  });

  it('gives the element text with nothing to mark as one string, one text node: a 500-entry FAQ keeps no part for each piece of its text', () => {
    assert.equal(
      renderText('At least {cells} per kg of body weight.', { cells: '2 million' }),
      'At least 2 million per kg of body weight.',
    );
    assert.equal(renderText('कम से कम {cells} कोशिकाएँ', { cells: '20 लाख' }), 'कम से कम 20 लाख कोशिकाएँ');
    // Only English words in another script's text are pieces of their own, each marked lang="en".
    const marked = renderText('इन्हें MSCs कहते हैं।', {});
    assert.ok(Array.isArray(marked));
    assert.deepEqual(
      marked.map((part) => (typeof part === 'string' ? part : part.values)),
      ['इन्हें ', ['MSCs'], ' कहते हैं।'],
    );
  });

  it('decides by the text as shown: English words beside a figure written in Hindi are marked', () => {
    assert.deepEqual(english('At least {cells} per kg.'), ['At least', 'per kg']);
  });

  it('is written into the fallback markup as the element shows it: <span lang="en">, the figure in <span data-cells>', () => {
    const html = faqDetails([{ id: 'q', question: 'MSCs क्या हैं?', answer: ['इन्हें MSCs कहते हैं, कम से कम {cells}।'] }], '20 लाख');
    assert.equal(
      html,
      '<details id="q"><summary><span lang="en">MSCs</span> क्या हैं?</summary><p>इन्हें <span lang="en">MSCs</span> कहते हैं, कम से कम <span data-cells>20 लाख</span>।</p></details>',
    );
    assert.doesNotMatch(doseCallout(doseRule, '2 million'), /lang=/);
  });

  it('is written into the footer’s lines: a reviewer’s name in Latin letters in a Hindi footer, not in an English one', () => {
    assert.equal(
      footerHtml(['जाँच करने वाले: Dr A. Rao', 'Reviewed by: Dr A. Rao', 'कोई {name} नहीं']),
      '<p>जाँच करने वाले: <span lang="en">Dr A. Rao</span></p>\n<p>Reviewed by: Dr A. Rao</p>\n<p>कोई {name} नहीं</p>',
    );
  });
});
