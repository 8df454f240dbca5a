import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import './embed-builder.js';

const meta: Meta = {
  title: 'Docs/Embed code',
  parameters: {
    docs: {
      description: {
        component:
          'Choose an element and its attributes; copy the exact snippet a CMS editor pastes: the versioned CDN URL with its integrity hash, then the element.',
      },
    },
  },
};
export default meta;

export const EmbedCode: StoryObj = { render: () => html`<sce-embed-builder></sce-embed-builder>` };
