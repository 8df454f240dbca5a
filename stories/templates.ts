/**
 * Plain markup functions and the states of each element, shared by the stories and by
 * test/stories.test.ts (which runs axe on every state), so demos and tests cannot drift apart.
 * Args are named like the elements' attributes.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { faqEntries } from '../src/content/index.js';
import type { FaqEntry } from '../src/content/types.js';
import type { Strings } from '../src/content/strings.js';

export interface FaqArgs {
  'heading-level'?: number;
  single?: boolean;
  search?: boolean;
  'last-reviewed'?: string;
  'next-review-due'?: string;
  'reviewed-by'?: string;
  'structured-data'?: boolean;
  'cells-per-kg'?: number;
  items?: readonly FaqEntry[];
  strings?: Partial<Strings>;
  content?: TemplateResult;
}

export interface StepsArgs {
  source?: string;
  current?: number;
  'heading-level'?: number;
  'dose-link'?: string;
  'cells-per-kg'?: number;
  strings?: Partial<Strings>;
  content?: TemplateResult;
}

export interface DoseArgs {
  calculator?: boolean;
  weight?: string;
  unit?: string;
  'cells-per-kg'?: number;
  'min-weight'?: number;
  'max-weight'?: number;
  'heading-level'?: number;
  lang?: string;
  strings?: Partial<Strings>;
}

export const faq = (a: FaqArgs = {}) =>
  html`<stem-cell-faq
    heading-level=${ifDefined(a['heading-level'])}
    ?single=${a.single}
    ?search=${a.search}
    last-reviewed=${ifDefined(a['last-reviewed'])}
    next-review-due=${ifDefined(a['next-review-due'])}
    reviewed-by=${ifDefined(a['reviewed-by'])}
    ?structured-data=${a['structured-data']}
    cells-per-kg=${ifDefined(a['cells-per-kg'])}
    .items=${a.items}
    .strings=${a.strings}
    >${a.content ?? nothing}</stem-cell-faq
  >`;

export const steps = (a: StepsArgs = {}) =>
  html`<procedure-steps
    source=${ifDefined(a.source)}
    current=${ifDefined(a.current)}
    heading-level=${ifDefined(a['heading-level'])}
    dose-link=${ifDefined(a['dose-link'])}
    cells-per-kg=${ifDefined(a['cells-per-kg'])}
    .strings=${a.strings}
    >${a.content ?? nothing}</procedure-steps
  >`;

export const dose = (a: DoseArgs = {}) =>
  html`<dose-note
    ?calculator=${a.calculator}
    weight=${ifDefined(a.weight)}
    unit=${ifDefined(a.unit)}
    cells-per-kg=${ifDefined(a['cells-per-kg'])}
    min-weight=${ifDefined(a['min-weight'])}
    max-weight=${ifDefined(a['max-weight'])}
    heading-level=${ifDefined(a['heading-level'])}
    lang=${ifDefined(a.lang)}
    .strings=${a.strings}
  ></dose-note>`;

type Acting = HTMLElement & { updateComplete: Promise<unknown>; showAll?: () => void };

/** One state of an element: its args, and what a patient does before the state shows. */
export interface State<A> {
  args: A;
  act?: (el: Acting) => Promise<void>;
}

const shadow = (el: Acting) => el.shadowRoot!;
async function typeIn(el: Acting, selector: string, text: string) {
  await el.updateComplete;
  const input = shadow(el).querySelector<HTMLInputElement>(selector)!;
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}
/**
 * A word of the insurance question in each language, for the Search story: an English word finds
 * nothing on a page in another language (Storybook's language toolbar sets the nearest `lang`).
 */
const insuranceWord: Record<string, string> = { en: 'insurance', hi: 'बीमा', mr: 'विमा', bn: 'বিমা', ta: 'காப்பீடு', te: 'ఇన్సూరెన్స్' };
const pageLanguage = (el: Acting) => (el.closest('[lang]')?.getAttribute('lang') ?? 'en').split('-')[0].toLowerCase();

async function click(el: Acting, selector: string) {
  await el.updateComplete;
  shadow(el).querySelector<HTMLElement>(selector)!.click();
  await el.updateComplete;
}

export const faqStates: Record<string, State<FaqArgs>> = {
  Default: { args: {} },
  HeadingLevel2: { args: { 'heading-level': 2 } },
  OneOpen: { args: {}, act: (el) => click(el, '[part="question"]') },
  AllOpen: {
    args: {},
    act: async (el) => {
      await el.updateComplete;
      el.showAll!();
      await el.updateComplete;
    },
  },
  Single: { args: { single: true }, act: (el) => click(el, '[part="question"]') },
  Search: { args: { search: true }, act: (el) => typeIn(el, 'input[type="search"]', insuranceWord[pageLanguage(el)] ?? 'insurance') },
  NoMatch: { args: { search: true }, act: (el) => typeIn(el, 'input[type="search"]', 'xylophone') },
  CustomJsonContent: {
    args: {
      content: html`<script type="application/json">
        ${JSON.stringify([
          {
            id: 'parking',
            question: 'Where can I park?',
            answer: [['Use the ', { text: 'clinic car park', href: '#parking' }, '.'], { list: ['Free for patients', 'Open 7am to 9pm'] }],
          },
          faqEntries[8],
        ])}
      </script>`,
    },
  },
  FallbackMarkup: {
    args: {
      content: html`<details id="parking"><summary>Where can I park?</summary><p>Use the clinic car park. It is free for patients.</p></details>
        <details id="bring-someone"><summary>Can I bring someone with me?</summary><p>Yes, one person can stay with you.</p></details>`,
    },
  },
  ReviewDates: {
    args: { 'last-reviewed': '2026-12-04', 'next-review-due': '2027-10-01', 'reviewed-by': 'Dr A. Rao, orthopaedic surgeon' },
  },
  StructuredData: { args: { 'structured-data': true, 'last-reviewed': '2026-12-04' } },
  CustomStrings: {
    args: { search: true, strings: { showAll: 'Open every answer', hideAll: 'Close every answer', searchQuestions: 'Find a question' } },
  },
};

export const stepsStates: Record<string, State<StepsArgs>> = {
  BoneMarrow: { args: {} },
  Adipose: { args: { source: 'adipose' } },
  Allogenic: { args: { source: 'allogenic' } },
  CurrentStep: { args: { current: 3 } },
  AllOpen: { args: { 'dose-link': '#dose' }, act: (el) => click(el, '[part="controls"] button') },
  // The clinic's own steps, as fallback markup: each item's heading, summary, then details.
  FallbackMarkup: {
    args: {
      current: 2,
      content: html`<ol>
        <li id="arrive"><h3>Arrive</h3><p>Come to the clinic by 8am.</p><p>Bring your letter and a list of your medicines.</p></li>
        <li id="go-home"><h3>Go home</h3><p>Rest for a day.</p><p>Someone should take you home.</p></li>
      </ol>`,
    },
  },
};

const typeWeight = (text: string, unit?: 'lb') => async (el: Acting) => {
  if (unit) {
    await el.updateComplete;
    const select = shadow(el).querySelector('select')!;
    select.value = unit;
    select.dispatchEvent(new Event('change'));
  }
  await typeIn(el, 'input', text);
};

export const doseStates: Record<string, State<DoseArgs>> = {
  NoteOnly: { args: {} },
  NoteWithWeight: { args: { weight: '70' } },
  CalculatorEmpty: { args: { calculator: true } },
  ValidKg: { args: { calculator: true }, act: typeWeight('70') },
  ValidLb: { args: { calculator: true }, act: typeWeight('154', 'lb') },
  ErrorEmpty: { args: { calculator: true, weight: '70' }, act: typeWeight('') },
  ErrorNotANumber: { args: { calculator: true }, act: typeWeight('seventy') },
  ErrorExponent: { args: { calculator: true }, act: typeWeight('1e2') },
  ErrorTwoDecimalPoints: { args: { calculator: true }, act: typeWeight('70.5.1') },
  ErrorZero: { args: { calculator: true }, act: typeWeight('0') },
  // The clinic's own figure and weight range: 80 kg at 3 million cells a kg.
  ClinicFigureAndRange: { args: { calculator: true, 'cells-per-kg': 3000000, 'min-weight': 40, 'max-weight': 200 }, act: typeWeight('80') },
  ErrorOutOfRange: { args: { calculator: true }, act: typeWeight('400') },
  IndianNumbering: { args: { calculator: true, weight: '70', lang: 'en-IN' } },
};
