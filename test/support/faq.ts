// What a patient does with <stem-cell-faq>, for its tests: find a question by its name, open it, search, read the status.
import type { StemCellFaq } from '../../src/index.js';
import { typeInto } from '../helpers.js';
import { buttonNamed, control, controlledBy, statuses, textOf } from './queries.js';

/** The question buttons: each is the only thing in a heading. */
export const questions = (el: StemCellFaq) => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[role="heading"] > button')];
/** The question whose name is `text`. */
export const question = (el: StemCellFaq, text: string) => questions(el).find((b) => textOf(b) === text)!;
/** The answer a question opens. */
export const panelOf = (el: StemCellFaq, q: HTMLElement) => controlledBy(el, q);
/** The names of the questions a patient can see now. */
export const visibleQuestions = (el: StemCellFaq) =>
  questions(el)
    .filter((b) => b.checkVisibility())
    .map((b) => textOf(b));
/** A button by its name, such as “Show all”. */
export const button = (el: StemCellFaq, name: string) => buttonNamed(el, name);
/** The search box (role searchbox, labelled). */
export const searchBox = (el: StemCellFaq) => control<HTMLInputElement>(el, 'searchbox');
/** What the search status says (the first live region). */
export const status = (el: StemCellFaq) => textOf(statuses(el)[0]);
/** Types into the search box with real key presses. */
export const search = (el: StemCellFaq, text: string) => typeInto(el, searchBox(el), text);
