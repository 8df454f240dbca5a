/// <reference types="vite/client" />
import type { Decorator, Preview } from '@storybook/web-components-vite';
import type { ArgTypesEnhancer } from 'storybook/internal/types';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { action } from 'storybook/actions';
import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import { styleMap } from 'lit/directives/style-map.js';
import { languages } from '../scripts/languages.mjs';
import { themeVars, themes } from '../stories/themes.js';

// The manifest as the Docs tables read it. Storybook keys every row by its name: parts are named
// ::part(name), since a part named like an attribute (the dose note's `calculator` and `unit`, the FAQ's
// `search`) took the attribute's place and control; the default slot, which has no name, is "default"
// (it held no row: it is where the clinic's own content goes); static members (`version`) are left out,
// as an element's instances have none.
type Named = { name: string };
type Manifest = {
  modules?: { declarations?: { cssParts?: Named[]; slots?: Named[]; events?: Named[]; members?: (Named & { static?: boolean })[] }[] }[];
};
const manifest = structuredClone(__BUILD_DATA__.manifest) as Manifest;
for (const declaration of (manifest.modules ?? []).flatMap((m) => m.declarations ?? [])) {
  for (const part of declaration.cssParts ?? []) part.name = `::part(${part.name})`;
  for (const slot of declaration.slots ?? []) slot.name ||= 'default';
  if (declaration.members) declaration.members = declaration.members.filter((member) => !member.static);
}
setCustomElementsManifest(manifest);
const declarations = (manifest.modules ?? []).flatMap((m) => m.declarations ?? []);
const events = [...new Set(declarations.flatMap((d) => d.events ?? []).map((e) => e.name))];
// Every language of scripts/languages.mjs, registered (src/locales/<lang>.ts, one file each).
import.meta.glob('../src/locales/*.ts', { eager: true });

/** Shows each element's events (faq-toggle, steps-toggle, dose-calculate: the manifest's) in the Actions panel, with their detail. */
const listening = new WeakSet<Element>();
const logEvents = ref((frame) => {
  if (!frame || listening.has(frame)) return;
  listening.add(frame);
  for (const name of events) frame.addEventListener(name, (event) => action(name)((event as CustomEvent).detail));
});

/**
 * The elements' messages for the page's editor (a value they refuse, a review date they leave out) go to
 * the console, which a designer in Storybook does not see: each is also shown in the Actions panel.
 */
for (const level of ['error', 'warn', 'info'] as const) {
  const write = console[level].bind(console);
  console[level] = (...args: unknown[]) => {
    if (typeof args[0] === 'string' && /^<(stem-cell-faq|procedure-steps|dose-note)>: /.test(args[0]))
      action('message for the editor')(args[0]);
    write(...args);
  };
}

/** Applies the toolbar's scheme, direction, language and clinic theme, only through documented custom properties and `lang`. */
const frame: Decorator = (story, { globals }) => {
  const isDark = globals.scheme === 'dark';
  const vars = themeVars(globals.scheme, globals.theme);
  return html`<div
    ${logEvents}
    lang=${globals.locale ?? 'en'}
    dir=${globals.direction ?? 'ltr'}
    style=${styleMap({ ...vars, padding: '1rem', background: isDark ? '#0f1114' : '#f4f6f8', color: isDark ? '#f3f2f1' : '#1d1d1f', fontFamily: 'system-ui, sans-serif' })}
  >
    ${story()}
  </div>`;
};

/**
 * Controls for the attributes (and the stories' own args) only: parts, custom properties, events, slots and the
 * properties that mirror an attribute (headingLevel) stay in the tables as documentation, which no
 * control of a story can set.
 */
const documentationOnly: ArgTypesEnhancer = ({ argTypes }) =>
  Object.fromEntries(
    Object.entries(argTypes).map(([name, type]) => {
      const category = String(type.table?.category ?? '');
      const only =
        /^(css custom properties|css shadow parts|events|slots)$/.test(category) ||
        (category === 'properties' && /[a-z][A-Z]|^steps$/.test(name));
      return [name, only ? { ...type, control: false } : type];
    }),
  );

/**
 * An attribute that is not set by default has the default `undefined` in the manifest: the Docs tables say
 * "not set" (its description says what the element does then: 30 kg, the clinic's figure), never "undefined".
 */
const readableDefaults: ArgTypesEnhancer = ({ argTypes }) =>
  Object.fromEntries(
    Object.entries(argTypes).map(([name, type]) => [
      name,
      type.table?.defaultValue?.summary === 'undefined'
        ? { ...type, table: { ...type.table, defaultValue: { ...type.table.defaultValue, summary: 'not set' } } }
        : type,
    ]),
  );

const preview: Preview = {
  decorators: [frame],
  argTypesEnhancers: [documentationOnly, readableDefaults],
  globalTypes: {
    scheme: { description: 'Colour scheme', toolbar: { title: 'Scheme', icon: 'mirror', items: ['light', 'dark'], dynamicTitle: true } },
    direction: {
      description: 'Text direction',
      toolbar: { title: 'Direction', icon: 'transfer', items: ['ltr', 'rtl'], dynamicTitle: true },
    },
    locale: {
      description: 'Language (the nearest lang)',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English' },
          { value: 'en-IN', title: 'English (India)' },
          ...languages.map(({ lang, name, english }) => ({ value: lang, title: `${name} (${english})` })),
        ],
        dynamicTitle: true,
      },
    },
    theme: { description: 'Clinic theme', toolbar: { title: 'Theme', icon: 'paintbrush', items: Object.keys(themes), dynamicTitle: true } },
  },
  initialGlobals: { scheme: 'light', direction: 'ltr', locale: 'en', theme: 'default' },
  parameters: {
    a11y: { test: 'error' },
    controls: { expanded: true },
    // "Show code" gives the element as a page would hold it, without the toolbar's frame around it.
    docs: { source: { excludeDecorators: true } },
    options: { storySort: { order: ['Elements', 'Docs'] } },
  },
};
export default preview;
