// What the embed builder and Storybook need from the build (the elements' manifest, the CDN files'
// integrity and imports), put in where the source says `__BUILD_DATA__`, beside `__VERSION__`, by
// every tool that compiles the source: the builder's rollup config, web-test-runner and Storybook.
// The source never imports build output, so `npm run typecheck` works on a fresh clone
// (src/env.d.ts declares both). Before a build, the data is empty and the builder says so.
import { existsSync, readFileSync } from 'node:fs';

const root = new URL('../', import.meta.url);
const read = (path, empty) => {
  const url = new URL(path, root);
  return existsSync(url) ? JSON.parse(readFileSync(url, 'utf8')) : empty;
};

/** The package version. */
export const version = read('package.json').version;

/** The values to put in, for esbuild's and Vite's `define`. */
export function buildDefines() {
  const data = {
    manifest: read('custom-elements.json', { schemaVersion: '', modules: [] }),
    integrity: read('dist/cdn/integrity.json', {}),
    imports: read('dist/cdn/imports.json', {}),
    csp: read('dist/ssr/csp.json', { 'style-src': [], elements: {} }),
  };
  return { __VERSION__: JSON.stringify(version), __BUILD_DATA__: JSON.stringify(data) };
}
