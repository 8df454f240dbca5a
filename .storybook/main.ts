import type { StorybookConfig } from '@storybook/web-components-vite';

import { buildDefines } from '../scripts/build-data.mjs';

// No telemetry, no version check, no network: the static build is tested in CI.
process.env.STORYBOOK_DISABLE_TELEMETRY = '1';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  docs: { defaultName: 'Docs' },
  // The package version and the build's data, as the build puts them in (scripts/build-data.mjs).
  viteFinal: (vite) => ({ ...vite, define: { ...vite.define, ...buildDefines() } }),
};
export default config;
