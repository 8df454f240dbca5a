// The one set of minifier options: the CDN build, the byte-budget test and the benchmark use it, so
// every figure we publish is for the bytes we ship. Local names are shortened; property names never
// are, so a member's name in the source is its name at run time, in every chunk.
export const terserOptions = {
  ecma: 2021,
  module: true,
  compress: { passes: 3, unsafe_arrows: true },
  format: { comments: false },
};
