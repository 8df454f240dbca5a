// What a patient does with <procedure-steps>, for its tests.
import type { ProcedureSteps } from '../../src/index.js';
import { buttons, controlledBy, textOf } from './queries.js';

/** The list items of the ordered list of steps. */
export const items = (el: ProcedureSteps) => [...el.shadowRoot!.querySelectorAll('ol > li')];
/** Each step's heading as a screen reader reads it (“Step 1 of 4: …”). */
export const titles = (el: ProcedureSteps) => [...el.shadowRoot!.querySelectorAll('li [role="heading"]')].map((t) => textOf(t));
/** The “Show details” buttons, one per step. */
export const toggles = (el: ProcedureSteps) => buttons(el).filter((b) => b.hasAttribute('aria-expanded') && b.closest('li'));
/** The “Show all steps” / “Hide all steps” button. */
export const allButton = (el: ProcedureSteps) => buttons(el).find((b) => /^(Show|Hide) all steps$/.test(textOf(b)))!;
/** The details a step's button opens. */
export const details = (el: ProcedureSteps, i: number) => controlledBy(el, toggles(el)[i]);
