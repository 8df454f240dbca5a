import { sendKeys } from '@web/test-runner-commands';

/** Records console messages of one kind while a test runs, so tests can assert what an editor is told. */
export function captureConsole(kind: 'error' | 'warn' | 'info') {
  const messages: string[] = [];
  const original = console[kind];
  console[kind] = (...args: unknown[]) => void messages.push(args.map(String).join(' '));
  return { messages, restore: () => void (console[kind] = original) };
}

/**
 * Console errors and warnings captured during each test of the calling describe (the editor's
 * messages): read `errors.messages` and `warnings.messages` inside a test.
 */
export function editorMessages() {
  const errors = { messages: [] as string[] };
  const warnings = { messages: [] as string[] };
  let restore: (() => void)[] = [];
  beforeEach(() => {
    const [e, w] = [captureConsole('error'), captureConsole('warn')];
    errors.messages = e.messages;
    warnings.messages = w.messages;
    restore = [e.restore, w.restore];
  });
  afterEach(() => restore.forEach((r) => r()));
  return { errors, warnings };
}

/** Everything in an element's shadow root as a person reads it (hidden parts included). */
export const shadowText = (el: Element) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Waits for the next animation frames (after a click, a scroll or a hash change). */
export const frames = (n = 2) =>
  new Promise<void>((resolve) => {
    const step = () => (--n <= 0 ? resolve() : requestAnimationFrame(step));
    requestAnimationFrame(step);
  });

/** Replaces what a field holds by selecting it and typing with real key presses, as a patient does. */
export async function typeInto(host: { updateComplete: Promise<unknown> }, field: HTMLInputElement, text: string) {
  field.focus();
  field.select();
  await sendKeys({ press: 'Backspace' });
  // One key press per character: some WebDriver clients drop a repeated character ("800" → "80").
  for (const ch of text) await sendKeys({ type: ch });
  await host.updateComplete;
}
