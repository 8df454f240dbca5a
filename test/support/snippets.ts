// A snippet of dist/snippets/ as an editor pastes it, served by the test runner: its CDN address
// becomes `base` (this server's /cdn-raw/, which serves the files byte for byte, so the browser still
// checks every integrity value).
export const fromCdn = (snippet: string, base: string): string =>
  snippet.replace(/https:\/\/cdn\.jsdelivr\.net\/npm\/stem-cell-explainers@[^/]+\/dist\/cdn\//g, base);
