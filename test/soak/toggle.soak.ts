// The long soak (npm run test:soak; not in npm test): 10,000 toggles of one entry.
import { expect } from '@open-wc/testing';
import { toggleMany } from '../support/heap.js';

describe('soak', () => {
  it('toggles an entry 10,000 times without growing the heap', async function () {
    this.timeout(300_000);
    const { start, end, expanded } = await toggleMany(10_000);
    console.log(`10,000 toggles: heap ${start} → ${end} bytes`);
    expect(expanded).to.equal('false');
    expect(end).to.be.at.most(start * 1.1);
  });
});
