import type { Meta } from '@storybook/web-components-vite';
import '../src/components/procedure-steps/procedure-steps.js';
import { storyOf } from './story.js';
import { steps, stepsStates, type StepsArgs } from './templates.js';

const meta: Meta<StepsArgs> = {
  title: 'Elements/procedure-steps',
  component: 'procedure-steps',
  tags: ['autodocs'],
  argTypes: {
    source: { control: 'select', options: ['bone-marrow', 'adipose', 'allogenic'], type: 'string' },
    current: { control: { type: 'number', min: 1, max: 4 }, type: 'number' },
    'heading-level': { control: 'select', options: [2, 3, 4, 5, 6], type: 'number' },
    'dose-link': { control: 'text', type: 'string' },
    'cells-per-kg': { control: 'number', type: 'number' },
  },
};
export default meta;

const s = (name: keyof typeof stepsStates) => storyOf(steps, 'procedure-steps', stepsStates[name]);
export const BoneMarrow = s('BoneMarrow');
export const Adipose = s('Adipose');
export const Allogenic = s('Allogenic');
export const CurrentStep = s('CurrentStep');
export const AllOpen = s('AllOpen');
export const FallbackMarkup = s('FallbackMarkup');
