import type { StorybookConfig } from '@storybook/web-components-vite';

import { existsSync } from 'node:fs';
import { buildDefines } from '../scripts/build-data.mjs';

// No telemetry, no version check, no network: the static build is tested in CI.
process.env.STORYBOOK_DISABLE_TELEMETRY = '1';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  docs: { defaultName: 'Docs' },
  // The guides (npm run docs), at the address the Documentation page links to (../dist/docs/), so that
  // its links work in `storybook dev` and in a Storybook built on its own, as beside the demo.
  staticDirs: existsSync(new URL('../dist/docs/index.html', import.meta.url)) ? [{ from: '../dist/docs', to: '/dist/docs' }] : [],
  // The package version and the build's data, as the build puts them in (scripts/build-data.mjs).
  viteFinal: (vite) => ({ ...vite, define: { ...vite.define, ...buildDefines() } }),
};
export default config;
