import type { Meta } from '@storybook/web-components-vite';
import '../src/components/dose-note/dose-note.js';
import { storyOf } from './story.js';
import { dose, doseStates, type DoseArgs } from './templates.js';

const meta: Meta<DoseArgs> = {
  title: 'Elements/dose-note',
  component: 'dose-note',
  tags: ['autodocs'],
  argTypes: {
    calculator: { control: 'boolean' },
    weight: { control: 'text', type: 'string' },
    unit: { control: 'inline-radio', options: ['kg', 'lb'] },
    'cells-per-kg': { control: 'number', type: 'number' },
    'min-weight': { control: 'number', type: 'number' },
    'max-weight': { control: 'number', type: 'number' },
    'heading-level': { control: 'select', options: [2, 3, 4, 5, 6], type: 'number' },
    lang: { control: 'select', options: ['en', 'en-IN', 'en-GB', 'hi', 'mr', 'bn', 'ta', 'te'] },
  },
};
export default meta;

const s = (name: keyof typeof doseStates) => storyOf(dose, 'dose-note', doseStates[name]);
export const NoteOnly = s('NoteOnly');
export const NoteWithWeight = s('NoteWithWeight');
export const CalculatorEmpty = s('CalculatorEmpty');
export const ValidKg = s('ValidKg');
export const ValidLb = s('ValidLb');
export const ErrorEmpty = s('ErrorEmpty');
export const ErrorNotANumber = s('ErrorNotANumber');
export const ErrorExponent = s('ErrorExponent');
export const ErrorTwoDecimalPoints = s('ErrorTwoDecimalPoints');
export const ErrorZero = s('ErrorZero');
export const ClinicFigureAndRange = s('ClinicFigureAndRange');
export const ErrorOutOfRange = s('ErrorOutOfRange');
export const IndianNumbering = s('IndianNumbering');
