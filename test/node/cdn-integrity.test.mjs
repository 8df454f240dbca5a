// Every file of ours a CDN file imports on demand is checked against its published integrity
// (scripts/checked-import.mjs), as the files a page loads itself are by their tags' integrity.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { describe, it } from 'node:test';

const integrity = JSON.parse(readFileSync('dist/cdn/integrity.json', 'utf8'));
const files = readdirSync('dist/cdn').filter((f) => f.endsWith('.js'));

describe('files a CDN file imports on demand', () => {
  it('are each named with the integrity published for them, and never imported unchecked', () => {
    let checked = 0;
    for (const file of files) {
      const code = readFileSync(`dist/cdn/${file}`, 'utf8');
      assert.ok(!/import\(\s*["'`]/.test(code), `${file} imports a file by name, unchecked`);
      // Files of ours named in the code other than by a static import: those it imports on demand.
      const onDemand = [...code.matchAll(/(?<!from\s*|import\s*)"\.\/([\w.-]+\.js)"/g)].map((m) => m[1]);
      for (const name of onDemand) {
        assert.ok(name in integrity, `${file} names ${name}, which is not a published file`);
        assert.ok(code.includes(`"${integrity[name]}"`), `${file} imports ${name} without its published integrity`);
        checked++;
      }
      assert.equal(code.includes('import('), onDemand.length > 0, `${file}: an import() with no file of ours, or a file with no import()`);
    }
    // The FAQ's text and JSON-LD and the steps' text, in the per-element and the hydrate files (5); the
    // FAQ's and the steps' text in each all-in-one module, English and each language's, and the hydrate one (2 × 7).
    assert.equal(checked, 5 + 2 * 7);
  });
});
