// Byte budgets: deterministic, so they are tests. Prints the figures; the targets are
// 12 KB brotli for everything and 9 KB for the FAQ alone; the budgets below hold today's size so
// that any growth fails until someone decides it is worth its bytes. Last raised for issue #13
// (one figure in every element, the disclaimer and content version in every footer, the adult
// weight range, the editor's stray-text error): from 16,906 to 17,794 B for all three, and from
// 13,158 to 14,375 B for the FAQ alone, which now carries the shared footer and number formatting.
// Then for issue #16 (the locale system: following the nearest lang at run time, the registry and
// registerLocale's validation; the Hindi tables stay in the .hi bundles): to 18,646 and 15,211 B.
// Then for issue #18 (<procedure-steps> reads fallback <ol> markup, so steps survive editors that
// strip scripts): all three grew by 74 B brotli (60,661 to 60,904 B raw; 18,715 to 18,789 B brotli
// measured here at ea418fd and after), so that budget rises by exactly 74 B; the FAQ alone shrank by
// 28 B (15,242 to 15,214 B: EditorContent lost its unread-fallback parameter), so its budget stays.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import { rollup } from 'rollup';
import { terserOptions } from '../../scripts/terser-options.mjs';

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
    const budget = 18_724;
    show('CDN bundle, all three elements', s, Math.round(budget), 12 * KB);
    assert.ok(s.brotli <= budget, `${s.brotli} B brotli is over the ${budget} B budget`);
  });

  it('keeps the FAQ element alone, with its content and Lit, within budget', async () => {
    const s = sizes(await weigh('dist/components/stem-cell-faq/stem-cell-faq.js'));
    const budget = 15_220;
    show('FAQ alone', s, Math.round(budget), 9 * KB);
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
