// What a patient does with <dose-note>, for its tests: type a weight, choose a unit, read the result and the messages.
import type { DoseNote } from '../../src/index.js';
import { typeInto } from '../helpers.js';
import { control, statuses, textOf } from './queries.js';

/** The weight field (the labelled textbox). */
export const input = (el: DoseNote) => control<HTMLInputElement>(el, 'textbox');
/** The unit choice (the labelled combobox). */
export const unit = (el: DoseNote) => control<HTMLSelectElement>(el, 'combobox');
/** The figure shown, or '' when there is none. */
export const result = (el: DoseNote) => textOf(el.shadowRoot!.querySelector('[part="result"]'));
/** The message that describes the field when it is invalid (its aria-describedby), or ''. */
export const error = (el: DoseNote) => {
  const ids = (input(el).getAttribute('aria-describedby') ?? '').split(' ').filter((id) => id !== 'hint');
  return ids.map((id) => textOf(el.shadowRoot!.getElementById(id))).join(' ');
};
/** The polite live region that announces the result. */
export const liveRegion = (el: DoseNote) => statuses(el)[0];
/** Replaces the weight with real key presses. */
export const typeWeight = (el: DoseNote, text: string) => typeInto(el, input(el), text);
/** Chooses kg or lb as a patient does. */
export async function chooseUnit(el: DoseNote, value: 'kg' | 'lb') {
  unit(el).value = value;
  unit(el).dispatchEvent(new Event('change'));
  await el.updateComplete;
}
