/** Queries by role and label, as assistive technology finds things, inside an element's shadow root. */

const root = (el: Element) => el.shadowRoot!;

/** Visible text, with runs of white space folded. */
export const textOf = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Every button, in document order. */
export const buttons = (el: Element) => [...root(el).querySelectorAll<HTMLButtonElement>('button')];

/** The button whose accessible name (its text, or its aria-label) is `name`. */
export const buttonNamed = (el: Element, name: string) => buttons(el).find((b) => (b.getAttribute('aria-label') ?? textOf(b)) === name);

/** The form control whose <label> says `label`. */
export function fieldLabelled<T extends HTMLElement>(el: Element, label: string): T {
  const found = [...root(el).querySelectorAll('label')].find((l) => textOf(l) === label);
  if (!found) throw new Error(`no field labelled “${label}”`);
  return root(el).getElementById(found.htmlFor) as T;
}

/** The element a button controls (aria-controls). */
export const controlledBy = (el: Element, button: Element) => root(el).getElementById(button.getAttribute('aria-controls')!)!;

/** The live regions (role="status"), in document order. */
export const statuses = (el: Element) => [...root(el).querySelectorAll('[role="status"]')];
