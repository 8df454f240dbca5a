// The custom-elements manifest (from the elements' JSDoc) drives Storybook's autodocs, docs/api.md and
// src/jsx.ts. These tests hold it to what the built elements really do (after `npm run build`): the
// properties and attributes Lit observes and their defaults on a new element, the parts in markup the
// elements render (through server rendering, in states that show every part), the custom properties
// their styles read, and the events in their published types. No source file is read.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import ts from 'typescript';
import { renderElement, styleText } from '../../dist/ssr.js';
import { TAGS } from '../../dist/internal/tags.js';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const declarations = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement && d.tagName);
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

/** Attributes that show every part of an element when it is rendered: search, review dates, the calculator with a result. */
const everyPart = {
  'stem-cell-faq': [{ search: '', 'last-reviewed': '2026-12-02', 'reviewed-by': 'Dr A. Rao' }],
  'procedure-steps': [{ current: '2', 'dose-link': '#dose' }],
  'dose-note': [{}, { calculator: '', weight: '70' }],
};

/** The value a manifest default stands for: `false`, `3`, `'kg'`, `undefined`. */
const valueOf = (text) => (text === undefined || text === 'undefined' ? undefined : JSON.parse(text.replace(/^'(.*)'$/, '"$1"')));

/** The names in a declaration file's `interface GlobalEventHandlersEventMap` (inside `declare global`). */
function typedEvents(file) {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest);
  const names = [];
  const visit = (node) => {
    if (ts.isInterfaceDeclaration(node) && node.name.text === 'GlobalEventHandlersEventMap')
      for (const member of node.members) names.push(member.name.text);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return names;
}

/**
 * The public custom properties an element's styles read, with their fallbacks: those read directly
 * (`var(--sce-font-size, 1rem)`), and those behind a private one (`--_text: var(--sce-color-text, #1d1d1f)`)
 * that the styles then use (`var(--_text)`).
 */
function customPropertiesRead(css) {
  const read = new Map();
  const behind = new Map();
  for (const [, own, name, fallback] of css.matchAll(/(?:(--_[\w-]+):\s*)?var\((--sce-[\w-]+)\s*(?:,\s*([^;)}]+))?\)/g)) {
    // Behind a private one, the light scheme's fallback counts (it comes first; the dark one is described in words).
    if (own && !behind.has(own)) behind.set(own, [name, fallback?.trim()]);
    else if (!own) read.set(name, fallback?.trim());
  }
  for (const [, own] of css.matchAll(/var\((--_[\w-]+)\)/g)) if (behind.has(own)) read.set(...behind.get(own));
  return read;
}

/** A CSS value as the minifier writes it (`0.5rem` is `.5rem`), for comparing documented and real defaults. */
const cssValue = (value) => value?.toLowerCase().replace(/(^|[^\d.])0\./g, '$1.');

describe('custom-elements.json', () => {
  it('is referenced by package.json and describes all three elements', () => {
    assert.equal(pkg.customElements, 'custom-elements.json');
    assert.deepEqual(declarations.map((d) => d.tagName).sort(), [...TAGS].sort());
  });

  for (const tag of TAGS) {
    describe(`<${tag}>`, () => {
      const decl = declarations.find((d) => d.tagName === tag);
      const element = customElements.get(tag);

      it('documents every property and attribute the element observes, with a description, type and its real default', () => {
        const fresh = new element();
        const properties = [...element.elementProperties].filter(([name, options]) => !options.state && !name.startsWith('_'));
        assert.ok(properties.length > 0);
        for (const [name, options] of properties) {
          const member = decl.members.find((m) => m.name === name && m.kind === 'field');
          assert.ok(member?.description, `${tag}: property "${name}" has no description`);
          assert.ok(member.type?.text, `${tag}: property "${name}" has no type`);
          if (options.type === Boolean) assert.equal(member.type.text, 'boolean', `${tag}: property "${name}" is a boolean`);
          assert.deepEqual(valueOf(member.default), fresh[name], `${tag}: property "${name}" defaults to ${member.default}`);
        }
        const observed = element.observedAttributes;
        assert.deepEqual(decl.attributes.map((a) => a.name).sort(), [...observed].sort(), `${tag}: the attributes documented`);
        for (const attribute of decl.attributes) {
          assert.ok(attribute.description, `${tag}: attribute "${attribute.name}" has no description`);
          assert.ok('default' in attribute, `${tag}: attribute "${attribute.name}" has no default`);
        }
      });

      it('documents every event in its published types', () => {
        const fired = typedEvents(`dist/components/${tag}/${tag}.d.ts`);
        assert.ok(fired.length > 0);
        assert.deepEqual(decl.events?.map((e) => e.name).sort(), [...fired].sort(), `${tag}: the events documented`);
        for (const event of decl.events) assert.ok(event.description, `${tag}: event "${event.name}" has no description`);
      });

      it('documents every public custom property its styles read, with the default they fall back to', () => {
        const read = customPropertiesRead(styleText(tag));
        assert.ok(read.size > 0);
        for (const [name, fallback] of read) {
          const documented = decl.cssProperties?.find((p) => p.name === name);
          assert.ok(documented?.description, `${tag}: custom property ${name} is not documented`);
          assert.ok(documented.default, `${tag}: custom property ${name} has no default`);
          if (fallback) assert.equal(cssValue(documented.default), cssValue(fallback), `${tag}: the default of ${name}`);
        }
        for (const { name } of decl.cssProperties ?? []) assert.ok(read.has(name), `${tag}: ${name} is documented but never read`);
      });

      it('documents exactly the parts it renders', () => {
        const rendered = new Set();
        for (const attributes of everyPart[tag])
          for (const [, part] of renderElement(tag, { attributes }).matchAll(/\spart="([\w-]+)"/g)) rendered.add(part);
        assert.ok(rendered.size > 0);
        assert.deepEqual(decl.cssParts?.map((p) => p.name).sort(), [...rendered].sort(), `${tag}: the parts documented`);
        for (const part of decl.cssParts) assert.ok(part.description, `${tag}: part "${part.name}" has no description`);
      });
    });
  }

  it('is the source of src/jsx.ts, which is current', () => {
    execFileSync(process.execPath, ['scripts/jsx-types.mjs', '--check'], { stdio: 'pipe' });
  });
});
