/**
 * The elements' own colours, light and dark: the one home for the styles' defaults and for
 * Storybook's dark theme. Each key `k` is themed by `--sce-color-k` and used inside as `--_k`.
 * Which one shows is the page's choice, through its `color-scheme` (see `paletteCss`).
 */
export const palette = {
  text: ['#1d1d1f', '#f3f2f1'],
  background: ['#fff', '#1b1d21'],
  muted: ['#505a5f', '#c5cad0'],
  accent: ['#005eb8', '#8cc4ff'],
  border: ['#6f777b', '#8e959c'],
  focus: ['#0b0c0c', '#ffdd00'],
  'focus-background': ['#ffdd00', '#1b1d21'],
  success: ['#00703c', '#7fd8a1'],
  error: ['#c6280f', '#ff9b8a'],
  callout: ['#fff9c4', '#3b3520'],
  'callout-border': ['#ffeb3b', '#e6c84c'],
} as const;

type Scheme = 0 | 1;

/**
 * `--_k: var(--sce-color-k, value);` for every colour: of one scheme (0 light, 1 dark), or, with
 * `'page'`, `light-dark(light, dark)`, which follows the `color-scheme` the element inherits from
 * the page. A page that declares none (most clinic sites, light only) keeps the light colours on a
 * patient's dark setting; one that declares `light dark` follows the patient's setting.
 */
export const paletteCss = (scheme: Scheme | 'page'): string =>
  Object.entries(palette)
    .map(([k, v]) => `--_${k}:var(--sce-color-${k},${scheme === 'page' ? `light-dark(${v[0]},${v[1]})` : v[scheme]});`)
    .join('');

/** The public custom properties with one scheme's values, as a page's stylesheet would set them. */
export const paletteVars = (scheme: Scheme): Record<string, string> =>
  Object.fromEntries(Object.entries(palette).map(([k, v]) => [`--sce-color-${k}`, v[scheme]]));
