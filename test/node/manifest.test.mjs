// The custom-elements manifest (from the elements' JSDoc) drives Storybook's autodocs. These
// tests read each element's source and fail when it gains a public attribute or property, an
// event or a custom property that the manifest does not document.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const declarations = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement && d.tagName);
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

const elements = {
  'stem-cell-faq': ['src/components/stem-cell-faq/stem-cell-faq.ts', 'src/components/stem-cell-faq/stem-cell-faq.styles.ts'],
  'procedure-steps': ['src/components/procedure-steps/procedure-steps.ts', 'src/components/procedure-steps/procedure-steps.styles.ts'],
  'dose-note': ['src/components/dose-note/dose-note.ts', 'src/components/dose-note/dose-note.styles.ts'],
};
const shared = readFileSync('src/internal/styles.ts', 'utf8');
/** The palette's colours: `--_k` inside the styles is themed by `--sce-color-k`. */
const palette = [...readFileSync('src/internal/palette.ts', 'utf8').matchAll(/^ {2}'?([\w-]+)'?: \[/gm)].map((m) => m[1]);

describe('custom-elements.json', () => {
  it('is referenced by package.json and describes all three elements', () => {
    assert.equal(pkg.customElements, 'custom-elements.json');
    assert.deepEqual(declarations.map((d) => d.tagName).sort(), Object.keys(elements).sort());
  });

  for (const [tag, [source, styles]] of Object.entries(elements)) {
    describe(`<${tag}>`, () => {
      const code = readFileSync(source, 'utf8');
      const css = readFileSync(styles, 'utf8') + shared;
      const decl = declarations.find((d) => d.tagName === tag);

      it('documents every public property and attribute with a description, type and default', () => {
        const block = /static override properties = \{([\s\S]*?)\n {2}\};/.exec(code)[1];
        const props = [...block.matchAll(/^ {4}(\w+): \{([^}]*)\}/gm)].filter(([, name]) => !name.startsWith('_'));
        assert.ok(props.length > 0);
        for (const [, name, options] of props) {
          const member = decl.members.find((m) => m.name === name);
          assert.ok(member?.description, `${tag}: property "${name}" has no description`);
          assert.ok(member.type?.text, `${tag}: property "${name}" has no type`);
          if (!/attribute: false/.test(options)) {
            const attribute = /attribute: '([^']+)'/.exec(options)?.[1] ?? name.toLowerCase();
            const documented = decl.attributes.find((a) => a.name === attribute);
            assert.ok(documented?.description, `${tag}: attribute "${attribute}" has no description`);
            assert.ok('default' in (documented ?? {}) || 'default' in member, `${tag}: attribute "${attribute}" has no default`);
          }
        }
      });

      it('documents every event it fires', () => {
        const fired = [...code.matchAll(/_emit<\w+>\('([\w-]+)'/g)].map((m) => m[1]);
        assert.ok(fired.length > 0);
        for (const name of fired)
          assert.ok(decl.events?.find((e) => e.name === name)?.description, `${tag}: event "${name}" is not documented`);
      });

      it('documents every public custom property it reads, with its default', () => {
        const used = new Set([
          ...[...css.matchAll(/var\((--sce-[\w-]+)/g)].map((m) => m[1]),
          ...[...css.matchAll(/var\(--_([\w-]+)\)/g)].filter((m) => palette.includes(m[1])).map((m) => `--sce-color-${m[1]}`),
        ]);
        assert.ok(used.size > 0);
        for (const name of used) {
          const prop = decl.cssProperties?.find((p) => p.name === name);
          assert.ok(prop?.description, `${tag}: custom property ${name} is not documented`);
          assert.ok(prop.default, `${tag}: custom property ${name} has no default`);
        }
      });

      it('documents every part it renders', () => {
        if (code.includes('this._renderFooter('))
          assert.ok(decl.cssParts?.find((p) => p.name === 'footer')?.description, `${tag}: part "footer" is not documented`);
        const parts = new Set([...code.matchAll(/part="([\w-]+)"/g)].map((m) => m[1]));
        for (const name of parts)
          assert.ok(decl.cssParts?.find((p) => p.name === name)?.description, `${tag}: part "${name}" is not documented`);
      });
    });
  }

  it('is the source of src/jsx.ts, which is current', () => {
    execFileSync(process.execPath, ['scripts/jsx-types.mjs', '--check'], { stdio: 'pipe' });
  });
});
