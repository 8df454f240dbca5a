import type { StorybookConfig } from '@storybook/web-components-vite';
import { readFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };

// No telemetry, no version check, no network: the static build is tested in CI.
process.env.STORYBOOK_DISABLE_TELEMETRY = '1';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  docs: { defaultName: 'Docs' },
  // The package version, as the build puts it in (src/internal/define.ts).
  viteFinal: (vite) => ({ ...vite, define: { ...vite.define, __VERSION__: JSON.stringify(version) } }),
};
export default config;
