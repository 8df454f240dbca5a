import type { Meta } from '@storybook/web-components-vite';
import '../src/components/stem-cell-faq/stem-cell-faq.js';
import { storyOf } from './story.js';
import { faq, faqStates, type FaqArgs } from './templates.js';

const meta: Meta<FaqArgs> = {
  title: 'Elements/stem-cell-faq',
  component: 'stem-cell-faq',
  tags: ['autodocs'],
  argTypes: {
    search: { control: 'boolean' },
    single: { control: 'boolean' },
    'structured-data': { control: 'boolean' },
    'heading-level': { control: 'select', options: [2, 3, 4, 5, 6], type: 'number' },
    'last-reviewed': { control: 'text', type: 'string' },
    'next-review-due': { control: 'text', type: 'string' },
    'reviewed-by': { control: 'text', type: 'string' },
    'cells-per-kg': { control: 'number', type: 'number' },
  },
  parameters: {
    docs: { description: { component: 'The questions patients ask, as an accessible accordion with the clinic’s bundled answers.' } },
  },
};
export default meta;

const s = (name: keyof typeof faqStates) => storyOf(faq, 'stem-cell-faq', faqStates[name]);
export const Default = s('Default');
export const HeadingLevel2 = s('HeadingLevel2');
export const OneOpen = s('OneOpen');
export const AllOpen = s('AllOpen');
export const Single = s('Single');
export const Search = s('Search');
export const NoMatch = s('NoMatch');
export const CustomJsonContent = s('CustomJsonContent');
export const FallbackMarkup = s('FallbackMarkup');
export const ReviewDates = s('ReviewDates');
export const StructuredData = s('StructuredData');
// `strings` is a property, not an attribute: the snippet sets it from a script, as a page does.
export const CustomStrings = {
  ...s('CustomStrings'),
  parameters: {
    docs: {
      source: {
        code: `<stem-cell-faq search></stem-cell-faq>
<script type="module">
  document.querySelector('stem-cell-faq').strings = ${JSON.stringify(faqStates.CustomStrings.args.strings, null, 2).replace(/\n/g, '\n  ')};
</script>`,
      },
    },
  },
};
