import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { minifyTemplates } from './scripts/minify-templates.mjs';

/** Files that register an element when imported; also listed as `sideEffects` in package.json. */
export const elements = {
  'stem-cell-faq': 'src/components/stem-cell-faq/stem-cell-faq.ts',
  'procedure-steps': 'src/components/procedure-steps/procedure-steps.ts',
  'dose-note': 'src/components/dose-note/dose-note.ts',
};

const minify = terser({
  ecma: 2021,
  module: true,
  compress: { passes: 3, unsafe_arrows: true },
  format: { comments: false },
});

export default [
  // 1. The npm build: ES2021 modules mirroring src/, with types and source maps; lit stays a dependency.
  {
    input: ['src/index.ts', 'src/content/index.ts', ...Object.values(elements)],
    external: [/^lit($|\/)/, /^@lit\//],
    output: { dir: 'dist', format: 'es', preserveModules: true, preserveModulesRoot: 'src', sourcemap: true },
    plugins: [typescript({ tsconfig: './tsconfig.json', outDir: 'dist', declaration: true, declarationDir: 'dist' })],
  },
  // 2. The CDN bundle: one self-contained, minified module with Lit inside.
  {
    input: 'src/index.ts',
    output: { file: 'dist/cdn/stem-cell-explainers.js', format: 'es', sourcemap: false },
    plugins: [
      resolve(),
      typescript({ tsconfig: './tsconfig.json', outDir: 'dist/cdn', declaration: false, sourceMap: false }),
      minifyTemplates(),
      minify,
    ],
  },
];
