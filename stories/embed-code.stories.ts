import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import './embed-builder.js';

const meta: Meta = {
  title: 'Docs/Embed code',
  parameters: {
    docs: {
      description: {
        component:
          'The embed builder: set up the FAQ, the steps and the dose note in plain words, preview them as patients see them (phone width, any language, with and without the script), and copy the code for where it is pasted: a page with the CDN or your own server (versioned files with their integrity hashes), WordPress with or without the plugin, or an app. The work is kept in this browser (localStorage) and can be saved to a file.',
      },
    },
  },
};
export default meta;

export const EmbedCode: StoryObj = { render: () => html`<sce-embed-builder></sce-embed-builder>` };
