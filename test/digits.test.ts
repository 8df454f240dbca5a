import { expect } from '@open-wc/testing';
import { asciiDigits } from '../src/internal/digits.js';

describe('asciiDigits', () => {
  it('reads 70 typed in the digits of each supported script as 70', () => {
    for (const typed of ['70', '७०', '৭০', '౭౦', '௭௦', '７０']) expect(asciiDigits(typed), typed).to.equal('70');
  });

  it('keeps decimal points, commas, spaces and letters as they are', () => {
    expect(asciiDigits('७०.५ किलो')).to.equal('70.5 किलो');
    expect(asciiDigits('२०,००,०००')).to.equal('20,00,000');
    expect(asciiDigits('2 million')).to.equal('2 million');
  });
});
