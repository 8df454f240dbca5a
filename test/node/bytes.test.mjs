// Byte budgets: deterministic, so they are tests. Prints the figures; the targets are 14 KB brotli
// for everything, 11 KB for the FAQ alone and 8 KB for the dose note alone (docs/performance.md). The
// budgets below hold today's size, a little above it, so that any growth fails until someone decides
// it is worth its bytes; how the figures came to be is in CHANGELOG.md and the commit messages.
// Per-element pages are budgeted below.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import { rollup } from 'rollup';
import { terserOptions } from '../../scripts/terser-options.mjs';
import { pageFiles } from '../../scripts/embed-snippet.mjs';

const KB = 1024;
const sizes = (code) => ({
  raw: Buffer.byteLength(code),
  gzip: gzipSync(code, { level: 9 }).length,
  brotli: brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
});
const show = (name, s, budget, target) =>
  console.log(`${name}: ${s.raw} B raw, ${s.gzip} B gzip, ${s.brotli} B brotli (budget ${budget} B, target ${target} B)`);

/** Bundles one npm entry with Lit the way the CDN build does, to weigh it alone. */
async function weigh(entry) {
  const bundle = await rollup({ input: entry, plugins: [resolve(), minifyHTML()] });
  const { output } = await bundle.generate({
    format: 'es',
    plugins: [terser(terserOptions)],
  });
  return output[0].code;
}

describe('byte budgets', () => {
  it('keeps the CDN bundle with all three elements, their content and Lit within budget', () => {
    const s = sizes(readFileSync('dist/cdn/stem-cell-explainers.js'));
    const budget = 20_490;
    show('CDN bundle, all three elements', s, Math.round(budget), 16 * KB);
    assert.ok(s.brotli <= budget, `${s.brotli} B brotli is over the ${budget} B budget`);
  });

  it('keeps the FAQ element alone, with its content and Lit, within budget', async () => {
    const s = sizes(await weigh('dist/components/stem-cell-faq/stem-cell-faq.js'));
    const budget = 16_740;
    show('FAQ alone', s, Math.round(budget), 11 * KB);
    assert.ok(s.brotli <= budget, `${s.brotli} B brotli is over the ${budget} B budget`);
  });

  // A page with one element loads its own file and the shared chunks it imports (dist/cdn/imports.json);
  // each file is compressed on its own, as a CDN serves it. Issue #17's targets: the FAQ 11 KB, the
  // dose note 8 KB (brotli).
  const pageBudgets = { 'stem-cell-faq': [18_760, 14 * KB], 'procedure-steps': [15_310, 12 * KB], 'dose-note': [13_360, 9.5 * KB] };
  for (const [tag, [budget, target]] of Object.entries(pageBudgets))
    it(`keeps a page with only <${tag}>, from its per-element file and shared chunks, within budget`, () => {
      const imports = JSON.parse(readFileSync('dist/cdn/imports.json', 'utf8'));
      const { chunks, files: own } = pageFiles(imports, [`${tag}.js`]);
      const files = [...own, ...chunks];
      const each = files.map((f) => sizes(readFileSync(`dist/cdn/${f}`)));
      const s = Object.fromEntries(['raw', 'gzip', 'brotli'].map((k) => [k, each.reduce((sum, x) => sum + x[k], 0)]));
      show(`Per-element page, <${tag}> (${files.join(' + ')})`, s, budget, target);
      assert.ok(s.brotli <= budget, `${s.brotli} B brotli is over the ${budget} B budget`);
    });

  it('keeps Hindi out of the English bundles, and in the Hindi ones', () => {
    const devanagari = /[\u0900-\u097F]/;
    for (const file of ['stem-cell-explainers.js', 'stem-cell-explainers.iife.js'])
      assert.doesNotMatch(readFileSync(`dist/cdn/${file}`, 'utf8'), devanagari, file);
    const hi = readFileSync('dist/cdn/stem-cell-explainers.hi.js', 'utf8');
    assert.match(hi, devanagari);
    show('CDN bundle with Hindi', sizes(hi), '-', '-');
  });
});
