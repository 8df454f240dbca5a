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

export default {
  globs: ['src/components/**/*.ts', 'src/internal/explainer-element.ts'],
  exclude: ['src/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  plugins: [dropPrivateState()],
};
