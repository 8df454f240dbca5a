// What the builder takes from the build, put in by scripts/build-data.mjs (one place in the source,
// so the bundle holds the data once): the elements' manifest, and the CDN files' integrity and imports.
export const { manifest, integrity, imports } = __BUILD_DATA__;
