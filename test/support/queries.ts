/** Queries by role and label, as assistive technology finds things, inside an element's shadow root. */

const root = (el: Element) => el.shadowRoot!;

/** Visible text, with runs of white space folded. */
export const textOf = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Every button, in document order. */
export const buttons = (el: Element) => [...root(el).querySelectorAll<HTMLButtonElement>('button')];

/** The button whose accessible name (its text, or its aria-label) is `name`. */
export const buttonNamed = (el: Element, name: string) => buttons(el).find((b) => (b.getAttribute('aria-label') ?? textOf(b)) === name);

/** The element a button controls (aria-controls). */
export const controlledBy = (el: Element, button: Element) => root(el).getElementById(button.getAttribute('aria-controls')!)!;

/** The live regions (role="status"), in document order. */
export const statuses = (el: Element) => [...root(el).querySelectorAll('[role="status"]')];

/** The one control with this implicit role (textbox, searchbox, combobox) that has a label, in any language. */
export function control<T extends HTMLElement>(el: Element, role: 'textbox' | 'searchbox' | 'combobox'): T {
  const selector = { textbox: 'input[type="text"]', searchbox: 'input[type="search"]', combobox: 'select' }[role];
  const found = root(el).querySelector<T>(selector);
  if (!found || !root(el).querySelector(`label[for="${found.id}"]`)) throw new Error(`no labelled ${role}`);
  return found;
}
