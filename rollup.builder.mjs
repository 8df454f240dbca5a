// The embed builder for demo/builder.html: dist/builder/builder.js, self-contained (Lit, the three
// elements, the builder), with custom-elements.json, dist/cdn/integrity.json and the package version
// baked in. Built after the CDN bundles and the manifest (see the build script), and not part of the
// npm package (package.json `files` leaves dist/builder out).
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { transform } from 'esbuild';
import { terserOptions } from './scripts/terser-options.mjs';
import { buildDefines } from './scripts/build-data.mjs';

/** TypeScript as the test runner and Storybook compile it (esbuild), with the version and build data put in. */
const typescript = () => ({
  name: 'builder-typescript',
  async transform(code, id) {
    if (!id.endsWith('.ts')) return null;
    const out = await transform(code, {
      loader: 'ts',
      target: 'es2021',
      sourcefile: id,
      define: buildDefines(),
      tsconfigRaw: { compilerOptions: { useDefineForClassFields: false, experimentalDecorators: false } },
    });
    return { code: out.code, map: null };
  },
});

/** JSON imports as a default export. */
const json = () => ({
  name: 'builder-json',
  transform: (code, id) => (id.endsWith('.json') ? { code: `export default ${code.trim()};`, map: null } : null),
});

export default {
  input: 'builder/embed-builder.ts',
  output: { file: 'dist/builder/builder.js', format: 'es', inlineDynamicImports: true },
  plugins: [resolve({ extensions: ['.ts', '.js', '.mjs', '.json'] }), json(), typescript(), terser(terserOptions)],
};
