// What a patient does with <stem-cell-faq>, for its tests: find a question by its name, open it, search, read the status.
import { waitUntil } from '@open-wc/testing';
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
/** What the search status says to a screen reader (the first live region): once the patient pauses. */
export const status = (el: StemCellFaq) => textOf(statuses(el)[0]);
/** What the search status line shows, as the patient types. */
export const shownStatus = (el: StemCellFaq) => textOf(el.shadowRoot!.querySelector('.status'));
/** What the search status says once it is heard (the patient paused). */
export async function heardStatus(el: StemCellFaq): Promise<string> {
  await waitUntil(() => status(el) === shownStatus(el), 'the status line is heard');
  return status(el);
}
/** Types into the search box with real key presses. */
export const search = (el: StemCellFaq, text: string) => typeInto(el, searchBox(el), text);
/** The search box's label, as a screen reader names the box. */
export const searchLabel = (el: StemCellFaq) => textOf(el.shadowRoot!.querySelector(`label[for="${searchBox(el).id}"]`));
/** The “Copy link” button of an open answer: the only button in it. */
export const copyLinkButton = (el: StemCellFaq, q: HTMLElement) => panelOf(el, q).querySelector('button');
/** An open answer's own live region, where “Copy link” says what it did. */
export const answerStatus = (el: StemCellFaq, q: HTMLElement) => panelOf(el, q).querySelector('[role="status"]');

/** Three small entries: a paragraph, a paragraph with a link, a list. */
export const smallEntries = [
  { id: 'one', question: 'First question?', answer: ['First answer.'] },
  { id: 'two', question: 'Second question?', answer: [['Second answer, with a ', { text: 'link', href: 'https://example.org/' }, '.']] },
  { id: 'three', question: 'Third question?', answer: [{ list: ['a point', 'another point'] }] },
];
