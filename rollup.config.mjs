import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { readFileSync } from 'node:fs';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import { terserOptions } from './scripts/terser-options.mjs';

/** Files that register an element when imported; also listed as `sideEffects` in package.json. */
export const elements = {
  'stem-cell-faq': 'src/components/stem-cell-faq/stem-cell-faq.ts',
  'procedure-steps': 'src/components/procedure-steps/procedure-steps.ts',
  'dose-note': 'src/components/dose-note/dose-note.ts',
};

/** The package version, put in wherever the source says `__VERSION__` (also by the test runner and Storybook). */
export const version = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')).version;
const injectVersion = () => ({
  name: 'inject-version',
  transform: (code, id) =>
    id.includes('/src/') && code.includes('__VERSION__')
      ? { code: code.replaceAll('__VERSION__', JSON.stringify(version)), map: null }
      : null,
});

/**
 * A page may load our classic bundle twice, or beside the module bundle, under a Trusted Types CSP.
 * Each copy of Lit creates a 'lit-html' policy at load, and a second one is a CSP violation that
 * throws. A copy that loads second never renders (the first definition of each element wins), so
 * only the first copy of our bundle on a page creates the policy; and if the page's own Lit took
 * the name already (a CSP without 'allow-duplicates'), loading still never throws.
 */
const tolerateSecondLit = () => ({
  name: 'tolerate-second-lit',
  transform(code, id) {
    if (!/\/lit-html\/lit-html\.js$/.test(id)) return null;
    const out = code.replace(
      /(\w+)\.createPolicy\("lit-html",(\{createHTML:\w+=>\w+\})\)/,
      '(()=>{const k=Symbol.for("stem-cell-explainers.lit-policy");if(!globalThis[k])try{return globalThis[k]=1,$1.createPolicy("lit-html",$2)}catch{}})()',
    );
    if (out === code)
      throw new Error('tolerate-second-lit: the lit-html policy call was not found; check this plugin against the Lit version.');
    return { code: out, map: null };
  },
});

/** Server rendering (#17): the Node entry and the npm entry that hydrates its markup. */
const ssrEntries = ['src/ssr.ts', 'src/hydrate.ts'];

/** A type error fails the build (the typecheck of tests and stories is `npm run typecheck`). */
const ts = (options) => typescript({ tsconfig: './tsconfig.build.json', noEmitOnError: true, ...options });

/**
 * The CDN bundle for server-rendered markup: Lit's hydrate support first, then all three elements.
 * Its templates are not HTML-minified: hydration matches them, by digest, with the templates the
 * server rendered, which are the npm build's (dist/ssr.js renders dist/components/).
 */
const hydrateBundle = {
  input: 'src/cdn.hydrate.ts',
  output: { file: 'dist/cdn/stem-cell-explainers.hydrate.js', format: 'es' },
  plugins: [
    resolve(),
    tolerateSecondLit(),
    ts({ outDir: 'dist/cdn', declaration: false, sourceMap: false }),
    injectVersion(),
    terser(terserOptions),
  ],
};

export default [
  // 1. The npm build: ES2021 modules mirroring src/, with types and source maps; lit stays a dependency.
  {
    input: [
      'src/index.ts',
      'src/content/index.ts',
      'src/content/hi/index.ts',
      'src/locales/hi.ts',
      ...Object.values(elements),
      ...ssrEntries,
    ],
    external: [/^lit($|\/)/, /^@lit\//, /^@lit-labs\//],
    output: { dir: 'dist', format: 'es', preserveModules: true, preserveModulesRoot: 'src', sourcemap: true },
    plugins: [ts({ outDir: 'dist', declaration: true, declarationDir: 'dist' }), injectVersion()],
  },
  // 2. The CDN bundles: self-contained and minified, with Lit inside; a module, and a classic
  //    script for CMSs and tag managers that cannot use type="module". No global is added.
  //    The English files carry no Hindi; the .hi files add the Hindi strings and content.
  ...[
    ['src/cdn.ts', 'stem-cell-explainers'],
    ['src/cdn.hi.ts', 'stem-cell-explainers.hi'],
  ].map(([input, name]) => ({
    input,
    output: [
      { file: `dist/cdn/${name}.js`, format: 'es' },
      { file: `dist/cdn/${name}.iife.js`, format: 'iife' },
    ],
    plugins: [
      resolve(),
      tolerateSecondLit(),
      ts({ outDir: 'dist/cdn', declaration: false, sourceMap: false }),
      injectVersion(),
      minifyHTML(),
      terser(terserOptions),
    ],
  })),
  hydrateBundle,
];
