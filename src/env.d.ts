/** The package version, replaced at build time (rollup), test time (web-test-runner) and in Storybook (Vite). */
declare const __VERSION__: string;

/**
 * What the embed builder and Storybook take from the build (scripts/build-data.mjs): put in by the
 * same tools as `__VERSION__`, so no source imports build output and the types check before a build.
 */
declare const __BUILD_DATA__: {
  /** custom-elements.json. */
  manifest: import('custom-elements-manifest/schema').Package;
  /** dist/cdn/integrity.json: each CDN file's SHA-384 integrity. */
  integrity: Record<string, string>;
  /** dist/cdn/imports.json: the shared chunks each per-element file loads. */
  imports: Record<string, string[]>;
  /** dist/ssr/csp.json: the hashes of the server-rendered styles, for a page's Content-Security-Policy. */
  csp: { 'style-src': string[]; elements: Record<string, string> };
};
