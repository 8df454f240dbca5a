// @custom-elements-manifest/analyzer: reads the elements' JSDoc (@tagname, @csspart, @cssprop,
// @fires, @slot) and static properties; writes custom-elements.json for Storybook's autodocs.

/** Lit's `state: true` properties (named `_x`) are private: drop them from attributes and members. */
const dropPrivateState = () => ({
  name: 'drop-private-state',
  packageLinkPhase({ customElementsManifest }) {
    for (const mod of customElementsManifest.modules)
      for (const decl of mod.declarations ?? []) {
        decl.attributes = decl.attributes?.filter((a) => !a.fieldName?.startsWith('_') && !a.name.startsWith('_'));
        decl.members = decl.members?.filter((m) => !m.name.startsWith('_') && m.privacy !== 'private');
        // The base element's emit(name, detail) is not an event of its own.
        decl.events = decl.events?.filter((e) => e.name !== 'name');
      }
  },
});

/**
 * The package ships the built modules, not src/: every module path in the manifest (a module's own, and
 * those its declarations and exports point to) names the built file, `dist/….js`, so that tools that
 * read the manifest (editors, type generators) find it in an installed package.
 */
const shippedPaths = () => ({
  name: 'shipped-paths',
  packageLinkPhase({ customElementsManifest }) {
    for (const mod of customElementsManifest.modules) {
      mod.path = mod.path.replace(/^\/?src\/(.+)\.[jt]s$/, 'dist/$1.js');
      const dir = mod.path.slice(0, mod.path.lastIndexOf('/'));
      // src/x.ts, /src/x.js and ./x.js (beside the module) all become dist/x.js.
      const built = (value) => value.replace(/^\/?src\/(.+)\.[jt]s$/, 'dist/$1.js').replace(/^\.\/(.+)$/, `${dir}/$1`);
      const walk = (node) => {
        if (Array.isArray(node)) node.forEach(walk);
        else if (node && typeof node === 'object')
          for (const [key, value] of Object.entries(node)) {
            if ((key === 'path' || key === 'module') && typeof value === 'string') node[key] = built(value);
            else walk(value);
          }
      };
      walk(mod.declarations);
      walk(mod.exports);
    }
  },
});

export default {
  globs: ['src/components/**/*.ts', 'src/internal/explainer-element.ts'],
  exclude: ['src/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  plugins: [dropPrivateState(), shippedPaths()],
};
