// The one set of minifier options: the CDN build, the byte-budget test and the benchmark use it, so
// every figure we publish is for the bytes we ship.
export const terserOptions = {
  ecma: 2021,
  module: true,
  compress: { passes: 3, unsafe_arrows: true },
  // Our private and protected members (`_name`) get short names; Lit's own (`_$x`) and every public name stay.
  mangle: { properties: { regex: /^_(?!\$)/ } },
  format: { comments: false },
};
