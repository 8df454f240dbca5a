// Numbers as people write them: the clinic's figure in words, Indian grouping and native digits;
// anything else refused beside the field; a figure orders of magnitude off asks first.
import { expect } from '@open-wc/testing';
import { typedCount, typedDecimal } from '../../builder/typed-numbers.js';
import {
  check,
  description,
  errorOf,
  field,
  fill,
  freshStorage,
  openBuilder,
  openTab,
  outputs,
  preview,
  problems,
  textOf,
} from './support.js';

describe('the embed builder: numbers as people write them', () => {
  freshStorage();

  describe('reading a count of cells', () => {
    for (const [typed, value] of [
      ['2 million', 2_000_000],
      ['20 lakh', 2_000_000],
      ['2,000,000', 2_000_000],
      ['20,00,000', 2_000_000],
      ['2.5 million', 2_500_000],
      ['1.1 million', 1_100_000],
      ['२० लाख', 2_000_000],
      ['२०,००,०००', 2_000_000],
      ['৩০ লাখ', 3_000_000],
      ['౨౫ లక్షలు', 2_500_000],
      ['௨ கோடி', 20_000_000],
      ['2 crore', 20_000_000],
      ['3,141,593', 3_141_593],
      ['2 million cells per kg', 2_000_000],
      ['2 000 000', 2_000_000],
    ] as const)
      it(`reads “${typed}” as ${value.toLocaleString('en-US')}`, () => {
        expect(typedCount(typed)).to.deep.equal({ value });
      });

    for (const [typed, says] of [
      ['2,5 million', 'Use a point for a decimal, for example 2.5 million.'],
      ['2,00,0000', 'Check the commas in “2,00,0000”: write 2,000,000 (or 20,00,000 in the Indian way).'],
      ['2 milion', '“milion” is not a number word the builder knows.'],
      ['two million', 'Write the number of cells for each kg in figures, or with million, lakh or crore'],
      ['2e6', 'Write the figure without “e” or “× 10”.'],
      ['2.0000005 million', 'is not a whole number of cells.'],
      ['0', 'The figure must be more than 0.'],
    ] as const)
      it(`refuses “${typed}”, saying what to type`, () => {
        const read = typedCount(typed);
        expect(read).to.have.property('error').that.contains(says);
      });

    it('reads a weight typed in Devanagari digits', () => {
      expect(typedDecimal('७०.५')).to.equal(70.5);
      expect(typedDecimal('৭০')).to.equal(70);
    });
  });

  describe('the clinic’s figure', () => {
    it('writes “2 million” typed in words as 2,000,000 on every element, and the preview says 2 million, not 2', async () => {
      const b = await openBuilder();
      await fill(b, 'Your clinic’s figure: stem cells for each kg of body weight', '2 million');
      const figure = field(b, 'Your clinic’s figure: stem cells for each kg of body weight');
      expect(description(b, figure)).to.contain('Read as 2,000,000 (20,00,000) cells for each kg. Patients will read “2 million”.');
      await openTab(b, 'Dose note');
      await check(b, 'Show a calculator for the patient’s weight');
      await fill(b, 'Weight to start with', '70');
      expect(textOf(preview(b)!.shadowRoot!.querySelector('[part="result"]'))).to.contain('for 70 kg: at least 140 million cells');
      for (const code of Object.values(outputs(b)).slice(1)) expect(code).to.contain('cells-per-kg="2000000"');
    });

    it('reads “20 lakh” typed in Devanagari digits on a Hindi page, and patients read the figure in Hindi', async () => {
      const b = await openBuilder();
      await fill(b, 'Language of the page', 'hi');
      await fill(b, 'Your clinic’s figure: stem cells for each kg of body weight', '२५ लाख');
      const figure = field(b, 'Your clinic’s figure: stem cells for each kg of body weight');
      expect(errorOf(b, figure)).to.equal('');
      expect(description(b, figure)).to.contain('Read as 2,500,000 (25,00,000) cells for each kg.');
      await openTab(b, 'Dose note');
      expect(outputs(b)['Dose note']).to.match(/<dose-note lang="hi" cells-per-kg="2500000">/);
    });

    it('refuses what it cannot read beside the field, holds the code back, and says what to type', async () => {
      const b = await openBuilder();
      await fill(b, 'Your clinic’s figure: stem cells for each kg of body weight', '2 milion');
      const figure = field(b, 'Your clinic’s figure: stem cells for each kg of body weight');
      expect(figure.getAttribute('aria-invalid')).to.equal('true');
      expect(errorOf(b, figure)).to.equal(
        'Error: “milion” is not a number word the builder knows. Write the number of cells for each kg in figures, or with million, lakh or crore: for example 2 million, 20 lakh or 2,000,000.',
      );
      expect(outputs(b)).to.deep.equal({});
      expect(problems(b)).to.have.length(1);
      expect(problems(b)[0]).to.match(/^Cells for each kg: “milion” is not a number word/);
    });

    it('asks for confirmation of a figure 100,000 times below the usual one before any code uses it', async () => {
      const b = await openBuilder();
      await fill(b, 'Your clinic’s figure: stem cells for each kg of body weight', '20');
      const warning = textOf(b.shadowRoot!.querySelector('#f-cells-unusual'));
      expect(warning).to.contain('20 cells for each kg is far below the usual figure, 2 million (100,000 times smaller).');
      expect(warning).to.contain('For a patient of 70 kg the page would say at least 1.4 thousand cells.');
      expect(outputs(b)).to.deep.equal({});
      expect(problems(b)).to.deep.equal(['Cells for each kg: confirm the unusual figure, or correct it.']);
      await check(b, 'Yes, 20 cells for each kg is our clinic’s figure');
      expect(problems(b)).to.deep.equal([]);
      expect(outputs(b)['The script, once on the page']).to.be.a('string');
      expect(outputs(b)['Dose note']).to.contain('<dose-note cells-per-kg="20">');
    });

    it('asks again when a confirmed unusual figure is changed', async () => {
      const b = await openBuilder();
      await fill(b, 'Your clinic’s figure: stem cells for each kg of body weight', '20');
      await check(b, 'Yes, 20 cells for each kg is our clinic’s figure');
      await fill(b, 'Your clinic’s figure: stem cells for each kg of body weight', '2 billion');
      expect(problems(b)).to.deep.equal(['Cells for each kg: confirm the unusual figure, or correct it.']);
    });
  });

  describe('weights', () => {
    it('takes a starting weight in native digits or with a decimal comma, writes it in Latin digits, and says how it read it', async () => {
      const b = await openBuilder();
      await openTab(b, 'Dose note');
      await fill(b, 'Weight to start with', '७०');
      expect(outputs(b)['Dose note']).to.contain('<dose-note weight="70">');
      expect(description(b, field(b, 'Weight to start with'))).to.contain('Read as 70 kg');
      await fill(b, 'Weight to start with', '70,5');
      expect(outputs(b)['Dose note']).to.contain('<dose-note weight="70.5">');
      expect(description(b, field(b, 'Weight to start with'))).to.contain('Read as 70.5 kg');
      // Typed as it is written: nothing to say.
      await fill(b, 'Weight to start with', '70');
      expect(description(b, field(b, 'Weight to start with'))).not.to.contain('Read as');
    });

    it('reads a weight typed with its unit as the number, and refuses one in the other unit, naming the unit chosen', async () => {
      const b = await openBuilder();
      await openTab(b, 'Dose note');
      for (const typed of ['70 kg', '70kg', '70 Kg.', '70 kilos']) {
        await fill(b, 'Weight to start with', typed);
        expect(outputs(b)['Dose note'], typed).to.contain('<dose-note weight="70">');
        expect(description(b, field(b, 'Weight to start with')), typed).to.contain('Read as 70 kg');
      }
      await fill(b, 'Weight to start with', '154 lb');
      expect(errorOf(b, field(b, 'Weight to start with'))).to.equal(
        'Error: “154 lb” is not in kg, the unit chosen under Unit of weight: type the weight in kg, or choose the other unit.',
      );
      await check(b, 'Pounds (lb)');
      expect(outputs(b)['Dose note']).to.contain('weight="154"');
    });

    it('refuses a weight outside the calculator’s range in the unit chosen, saying the range', async () => {
      const b = await openBuilder();
      await openTab(b, 'Dose note');
      await check(b, 'Pounds (lb)');
      await fill(b, 'Weight to start with', '20');
      expect(errorOf(b, field(b, 'Weight to start with'))).to.equal('Error: Type a weight from 67 to 661 lb in figures, for example 70.');
      // The example is one the editor can type: inside the clinic's range.
      await check(b, 'Kilograms (kg)');
      await fill(b, 'Lightest weight the calculator accepts, in kg', '80');
      await fill(b, 'Weight to start with', '70');
      expect(errorOf(b, field(b, 'Weight to start with'))).to.equal('Error: Type a weight from 80 to 300 kg in figures, for example 80.');
      await fill(b, 'Lightest weight the calculator accepts, in kg', '300');
      expect(errorOf(b, field(b, 'Lightest weight the calculator accepts, in kg'))).to.equal(
        'Error: The lightest weight must be below the heaviest weight (300 kg).',
      );
    });
  });
});
