// Every setting of the three elements in the words an editor uses, each with how it is checked.
// The attribute name is kept for developers only. test/builder/words.test.ts checks that every
// attribute in custom-elements.json has an entry here, so a new attribute cannot reach the builder
// with only its developer name.
import { bounds, parseWeight, type WeightRange } from '../src/components/dose-note/weight.js';
import { afterToday, notAfterLastReview, reviewDue } from '../src/components/stem-cell-faq/review-dates.js';
import { doseRule } from '../src/content/dose.js';
import { formatDate } from '../src/internal/numbers.js';
import { asciiDigits } from '../src/internal/digits.js';
import { checkLink } from './links.js';
import type { Tag } from './project.js';
import { typedDecimal, typedWhole } from './typed-numbers.js';

export type Kind = 'boolean' | 'select' | 'radio' | 'date' | 'text' | 'link' | 'number';

/** What a check gives: the value to write (Latin digits, trimmed), or what is wrong; and a note to show. */
export interface Checked {
  value?: string | boolean;
  error?: string;
  /** A fix offered for the error, as the value to put in the field. */
  fix?: string;
  /** What patients will read, or what the value means. */
  note?: string;
}

export interface Field {
  name: string;
  kind: Kind;
  label: string;
  hint: string;
  /** For selects and radios: [value, label]; the first is the default. */
  options?: (settings: Record<string, string | boolean>, count: number) => [string, string][];
  /** Checks a typed value against the element's other settings and the page's language. */
  check?: (raw: string, settings: Record<string, string | boolean>, lang: string) => Checked;
}

const LEVELS = (): [string, string][] => [
  ['3', '3 (usual)'],
  ['2', '2'],
  ['4', '4'],
  ['5', '5'],
  ['6', '6'],
];
const headingLevel = (what: string): Field => ({
  name: 'heading-level',
  kind: 'select',
  label: `Heading level of ${what}`,
  hint: 'One level below the heading just above it on your page: under a level 2 heading (most section titles), choose 3. Screen reader users find their way by these levels.',
  options: LEVELS,
});

/**
 * What a date control holds when the editor typed something that is no date (31 February, a month
 * alone): its value is then empty, so without this the date was dropped without a word.
 */
export const UNFINISHED_DATE = 'unfinished';

/** A date from the date control (or typed as year-month-day where the browser has no date control). */
export function checkDate(raw: string, lang: string): Checked {
  const s = asciiDigits(raw).trim();
  if (!s) return {};
  // A date control's own order of day, month and year follows the browser's language, so the
  // messages name no order; where there is no date control, the field's hint gives year-month-day.
  if (raw === UNFINISHED_DATE) return { error: 'This date is not complete. Fill in its day, its month and its year.' };
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  const date = m && new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  if (!m || !date || date.getUTCMonth() !== +m[2] - 1 || date.getUTCDate() !== +m[3])
    return { error: 'This is not a date. Give its day, its month and its year.' };
  const iso = `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`;
  return { value: iso, note: `Patients read: ${formatDate(date, lang)}` };
}

function dayOf(iso: string | boolean | undefined) {
  return typeof iso === 'string' ? checkDate(iso, 'en').value : undefined;
}

/** The calculator's range in kg, and in the unit chosen as the dose note rounds it (inward: it never promises a weight it refuses). */
export function weightRange(settings: Record<string, string | boolean>): { kg: WeightRange; shown: WeightRange } {
  const whole = (v: unknown, d: number) => (typeof v === 'string' && typedWhole(v) !== undefined ? typedWhole(v)! : d);
  let kg: WeightRange = [whole(settings['min-weight'], doseRule.minWeightKg), whole(settings['max-weight'], doseRule.maxWeightKg)];
  if (kg[0] >= kg[1]) kg = [doseRule.minWeightKg, doseRule.maxWeightKg];
  return { kg, shown: bounds(settings.unit === 'lb' ? 'lb' : 'kg', kg) };
}

function limit(which: 'min' | 'max'): Field['check'] {
  return (raw, settings) => {
    if (!raw.trim()) return {};
    const n = typedWhole(raw);
    const [lo, hi] = which === 'min' ? [1, 999] : [2, 1000];
    if (n === undefined || n < lo || n > hi)
      return { error: `Type a whole number of kilograms from ${lo} to ${hi}, for example ${which === 'min' ? 40 : 150}.` };
    const other =
      typedWhole(String(settings[which === 'min' ? 'max-weight' : 'min-weight'] ?? '')) ??
      (which === 'min' ? doseRule.maxWeightKg : doseRule.minWeightKg);
    if (which === 'min' ? n >= other : n <= other)
      return {
        error:
          which === 'min'
            ? `The lightest weight must be below the heaviest weight (${other} kg).`
            : `The heaviest weight must be above the lightest weight (${other} kg).`,
      };
    return { value: String(n) };
  };
}

export const FIELDS: Record<Tag, Field[]> = {
  'stem-cell-faq': [
    {
      name: 'search',
      kind: 'boolean',
      label: 'Show a search box above the questions',
      hint: 'Patients type a word and see only the questions that mention it.',
    },
    {
      name: 'single',
      kind: 'boolean',
      label: 'Keep only one answer open at a time',
      hint: 'Opening a question closes the one that was open.',
    },
    headingLevel('the questions'),
    {
      name: 'last-reviewed',
      kind: 'date',
      label: 'Date a clinician last reviewed this information',
      hint: 'Shown under the questions, so patients know how up to date it is. Optional.',
      check: (raw, _s, lang) => {
        const c = checkDate(raw, lang);
        if (c.value && afterToday(c.value as string))
          return { error: 'The last review cannot be in the future. Choose the day it took place.' };
        return c;
      },
    },
    {
      name: 'next-review-due',
      kind: 'date',
      label: 'Date of the next review',
      hint: 'Shown under the questions. Optional.',
      check: (raw, s, lang) => {
        const c = checkDate(raw, lang);
        const last = dayOf(s['last-reviewed']);
        if (c.value && last && notAfterLastReview(c.value as string, last as string))
          return { error: 'The next review must come after the last review.' };
        // Shown as given, as the element shows it; the editor is told, as the element tells the console.
        if (c.value && reviewDue(c.value as string))
          return { ...c, note: `${c.note}. That day has come: the information is due for review. Review it, then give the new dates.` };
        return c;
      },
    },
    {
      name: 'reviewed-by',
      kind: 'text',
      label: 'Name of the person who reviewed it',
      hint: 'Shown under the questions, for example: Dr A. Rao, orthopaedic surgeon. Optional.',
      check: (raw) => (raw.trim() ? { value: raw.trim().replace(/\s+/g, ' ') } : {}),
    },
    {
      name: 'structured-data',
      kind: 'boolean',
      label: 'Let search engines show these questions in their results',
      hint: 'Adds a copy of the questions and answers that Google and other search engines read (schema.org FAQPage).',
    },
  ],
  'procedure-steps': [
    {
      name: 'source',
      kind: 'select',
      label: 'Where the cells come from',
      hint: 'The steps differ for each. Your own steps, if you write them, are shown whatever you choose here.',
      options: () => [
        ['bone-marrow', 'From the patient’s bone marrow'],
        ['adipose', 'From the patient’s fat (adipose tissue)'],
        ['allogenic', 'From a donor (allogenic cells)'],
      ],
    },
    {
      name: 'current',
      kind: 'select',
      label: 'The step the patient is at',
      hint: 'For a page a patient reads during treatment: earlier steps show as done. Usually “None”.',
      options: (_s, count) => [
        ['', 'None'],
        ...Array.from({ length: count }, (_, i): [string, string] => [String(i + 1), `Step ${i + 1} of ${count}`]),
      ],
    },
    {
      name: 'dose-link',
      kind: 'link',
      label: 'Link to your page about the dose',
      hint: 'The culture step links to it: for example #dose (a part of the same page) or https://yourclinic.in/dose. Optional.',
      check: (raw) => {
        const s = raw.trim();
        if (!s) return {};
        const c = checkLink(s);
        return c.usable ? { value: s } : { error: c.problem, fix: c.fix };
      },
    },
    headingLevel('the steps'),
  ],
  'dose-note': [
    {
      name: 'calculator',
      kind: 'boolean',
      label: 'Show a calculator for the patient’s weight',
      hint: 'Patients type their weight and read the number of cells the rule gives for it.',
    },
    {
      name: 'weight',
      kind: 'number',
      label: 'Weight to start with',
      hint: 'Optional. With the calculator, it is typed in for the patient; without it, the note shows the figure for this weight. For example 70.',
      check: (raw, s) => {
        if (!raw.trim()) return {};
        const { kg, shown } = weightRange(s);
        const unit = s.unit === 'lb' ? 'lb' : 'kg';
        // A weight written with its unit ("70 kg", "154lb"): the unit is chosen below, so the number is what counts.
        const withUnit = /^(.*?)\s*(kg|kgs|kilos?|kilograms?|lb|lbs|pounds?)\.?$/i.exec(raw.trim());
        const figures = withUnit ? withUnit[1] : raw;
        const other = withUnit && /^k/i.test(withUnit[2]) !== (unit === 'kg');
        if (other)
          return {
            error: `“${raw.trim()}” is not in ${unit}, the unit chosen under Unit of weight: type the weight in ${unit}, or choose the other unit.`,
          };
        const n = typedDecimal(figures);
        const typed = n === undefined ? undefined : String(n);
        // An example the editor can type as it is: inside the range, whatever the clinic's range is.
        const example = Math.min(Math.max(70, shown[0]), shown[1]);
        if (typed === undefined || !parseWeight(typed, unit, kg).ok)
          return { error: `Type a weight from ${shown[0]} to ${shown[1]} ${unit} in figures, for example ${example}.` };
        // Written otherwise ("७०", "70,5", "70 kg"): the editor sees the number the code gives.
        return raw.trim() === typed ? { value: typed } : { value: typed, note: `Read as ${typed} ${unit}` };
      },
    },
    {
      name: 'unit',
      kind: 'radio',
      label: 'Unit of weight',
      hint: 'What patients type their weight in.',
      options: () => [
        ['kg', 'Kilograms (kg)'],
        ['lb', 'Pounds (lb)'],
      ],
    },
    {
      name: 'min-weight',
      kind: 'number',
      label: 'Lightest weight the calculator accepts, in kg',
      hint: `Optional: leave it empty for ${doseRule.minWeightKg} kg. The calculator is for adults.`,
      check: limit('min'),
    },
    {
      name: 'max-weight',
      kind: 'number',
      label: 'Heaviest weight the calculator accepts, in kg',
      hint: `Optional: leave it empty for ${doseRule.maxWeightKg} kg.`,
      check: limit('max'),
    },
    headingLevel('the note'),
  ],
};

/** The element's name as an editor knows it. */
export const NAMES: Record<Tag, { name: string; short: string; one: string; many: string }> = {
  'stem-cell-faq': { name: 'Questions and answers', short: 'questions', one: 'question', many: 'questions' },
  'procedure-steps': { name: 'Procedure steps', short: 'steps', one: 'step', many: 'steps' },
  'dose-note': { name: 'Dose note', short: 'dose note', one: '', many: '' },
};
