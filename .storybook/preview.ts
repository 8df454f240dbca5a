import type { Decorator, Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import '../src/locales/hi.js';
import { themeVars, themes } from '../stories/themes.js';

setCustomElementsManifest(__BUILD_DATA__.manifest);

/** Applies the toolbar's scheme, direction, language and clinic theme, only through documented custom properties and `lang`. */
const frame: Decorator = (story, { globals }) => {
  const isDark = globals.scheme === 'dark';
  const vars = themeVars(globals.scheme, globals.theme);
  return html`<div
    lang=${globals.locale ?? 'en'}
    dir=${globals.direction ?? 'ltr'}
    style=${styleMap({ ...vars, padding: '1rem', background: isDark ? '#0f1114' : '#f4f6f8', color: isDark ? '#f3f2f1' : '#1d1d1f', fontFamily: 'system-ui, sans-serif' })}
  >
    ${story()}
  </div>`;
};

const preview: Preview = {
  decorators: [frame],
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
          { value: 'hi', title: 'हिन्दी (Hindi)' },
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
    options: { storySort: { order: ['Elements', 'Docs'] } },
  },
};
export default preview;
