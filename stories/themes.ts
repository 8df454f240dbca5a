import { paletteVars } from '../src/internal/palette.js';

/**
 * Clinic themes for Storybook's toolbar, set only through the documented custom properties. Each
 * theme has light and dark values, as a clinic's stylesheet would (docs/theming.md: with
 * `light-dark()`, on a page that declares `color-scheme: light dark`). `dark` is the elements' own
 * dark scheme, shown without changing the designer's OS setting.
 */
export interface Theme {
  light: Record<string, string>;
  dark: Record<string, string>;
}

/** The elements' own dark scheme, from the one palette the styles use. */
export const dark: Record<string, string> = paletteVars(1);

export const themes: Record<string, Theme> = {
  default: { light: {}, dark: {} },
  'teal clinic': {
    light: {
      '--sce-color-accent': '#00594f',
      '--sce-radius': '1rem',
      '--sce-color-callout': '#e6f4f1',
      '--sce-color-callout-border': '#00594f',
    },
    dark: {
      '--sce-color-accent': '#6fd6c4',
      '--sce-radius': '1rem',
      '--sce-color-callout': '#12302c',
      '--sce-color-callout-border': '#6fd6c4',
    },
  },
  'navy hospital': {
    light: {
      '--sce-color-accent': '#1f3a68',
      '--sce-color-text': '#14213d',
      '--sce-radius': '0',
      '--sce-font-size': '1.0625rem',
      '--sce-space': '1.25rem',
    },
    dark: {
      '--sce-color-accent': '#a9c1ee',
      '--sce-color-background': '#0f1a2e',
      '--sce-radius': '0',
      '--sce-font-size': '1.0625rem',
      '--sce-space': '1.25rem',
    },
  },
  'high contrast': {
    light: {
      '--sce-color-text': '#000',
      '--sce-color-background': '#fff',
      '--sce-color-muted': '#000',
      '--sce-color-accent': '#00008b',
      '--sce-color-border': '#000',
      '--sce-color-success': '#004d00',
      '--sce-color-error': '#8b0000',
      '--sce-color-callout': '#fff',
      '--sce-color-callout-border': '#000',
    },
    dark: {
      '--sce-color-text': '#fff',
      '--sce-color-background': '#000',
      '--sce-color-muted': '#fff',
      '--sce-color-accent': '#ffff00',
      '--sce-color-border': '#fff',
      '--sce-color-success': '#7fff7f',
      '--sce-color-error': '#ff8080',
      '--sce-color-callout': '#000',
      '--sce-color-callout-border': '#fff',
    },
  },
};

/** The elements' own light scheme, which the toolbar's "light" shows on a computer set to dark too. */
export const light: Record<string, string> = paletteVars(0);

/**
 * The custom properties for a scheme and theme, as the Storybook decorator and the tests apply them:
 * the toolbar's scheme, whatever the designer's computer and the page's `color-scheme` say (the
 * elements follow the page's scheme, so each scheme sets its whole palette).
 */
export const themeVars = (scheme: string, theme: string): Record<string, string> => {
  const isDark = scheme === 'dark';
  const t = themes[theme] ?? themes.default;
  return { ...(isDark ? dark : light), ...(isDark ? t.dark : t.light) };
};
