// Driving the embed builder as an editor does: by the labels and names they read, and pasting what
// it gives into fresh pages. Shared by the test files of test/builder/.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../builder/embed-builder.js';
import type { EmbedBuilder } from '../../builder/embed-builder.js';
import { STORAGE_KEY } from '../../builder/project.js';
import { cdnBase } from '../../scripts/embed-snippet.mjs';
import pkg from '../../package.json';
import { press } from '../support/engine.js';
import { framedPage } from '../support/frame.js';
import { textOf } from '../support/queries.js';

export { textOf };
export type { EmbedBuilder };

/** From the build (scripts/build-data.mjs). */
const { integrity } = __BUILD_DATA__;

export const root = (b: Element) => b.shadowRoot!;

/** Every test starts with nothing kept in this browser, and leaves nothing behind. */
export function freshStorage() {
  beforeEach(() => localStorage.removeItem(STORAGE_KEY));
  afterEach(() => localStorage.removeItem(STORAGE_KEY));
}

/** What the builder keeps in this browser, as stored. */
export const stored = () => localStorage.getItem(STORAGE_KEY);

/** The preview's element (with the script) or frame (without). */
export const preview = (b: Element) => root(b).querySelector('#preview')!.firstElementChild as HTMLElement | null;

/** Waits for the builder to render, and for its preview element to render too. */
export async function settle(b: EmbedBuilder) {
  await b.updateComplete;
  const el = preview(b) as (HTMLElement & { updateComplete?: Promise<unknown> }) | null;
  if (el?.updateComplete) {
    await waitUntil(() => el.shadowRoot?.textContent, 'the preview is rendered');
    await el.updateComplete;
  }
  if (el?.localName === 'iframe')
    await waitUntil(() => (el as HTMLIFrameElement).contentDocument?.body?.childElementCount, 'the preview without the script is shown', {
      timeout: 5000,
    });
  await b.updateComplete;
}

export async function openBuilder(): Promise<EmbedBuilder> {
  const b = await fixture<EmbedBuilder>(html`<sce-embed-builder></sce-embed-builder>`);
  await settle(b);
  return b;
}

/** A reload: the page's builder goes, and a new one starts from what this browser kept. */
export async function reload(b: EmbedBuilder): Promise<EmbedBuilder> {
  b.remove();
  return openBuilder();
}

/** The control whose label reads `name` (exactly, else at the start: labels of choices also hold their hint). */
export function field<T extends HTMLElement = HTMLInputElement>(b: Element, name: string): T {
  const labels = [...root(b).querySelectorAll('label')];
  const label = labels.find((l) => textOf(l) === name) ?? labels.find((l) => textOf(l).startsWith(name));
  const control = label?.control;
  if (!control) throw new Error(`no field labelled “${name}”`);
  return control as unknown as T;
}

export const buttons = (b: Element) => [...root(b).querySelectorAll('button')];
export function buttonNamed(b: Element, name: string) {
  const found = buttons(b).find((x) => (x.getAttribute('aria-label') ?? textOf(x)) === name);
  if (!found)
    throw new Error(
      `no button named “${name}”; there are ${buttons(b)
        .map((x) => textOf(x))
        .join(' | ')}`,
    );
  return found;
}
export const hasButton = (b: Element, name: string) => buttons(b).some((x) => (x.getAttribute('aria-label') ?? textOf(x)) === name);

/** Types a value into a field (as a paste: one input event), or picks an option of a select. */
export async function fill(b: EmbedBuilder, name: string, value: string) {
  const f = field(b, name);
  f.value = value;
  f.dispatchEvent(new Event(f.localName === 'select' ? 'change' : 'input', { bubbles: true }));
  await settle(b);
}

/** Ticks a checkbox or chooses a radio button. */
export async function check(b: EmbedBuilder, name: string) {
  field(b, name).click();
  await settle(b);
}

export async function click(b: EmbedBuilder, name: string) {
  buttonNamed(b, name).click();
  await settle(b);
}

export async function openTab(b: EmbedBuilder, name: string) {
  const tab = [...root(b).querySelectorAll<HTMLElement>('[role="tab"]')].find((t) => textOf(t).startsWith(name));
  if (!tab) throw new Error(`no tab ${name}`);
  tab.click();
  await settle(b);
}

/** The open question the builder asks before it loses work, if any. */
export const dialog = (b: Element) => root(b).querySelector<HTMLDialogElement>('dialog[open]');

/** Answers the open question with the button named `name`. */
export async function answer(b: EmbedBuilder, name: string) {
  const d = dialog(b);
  if (!d) throw new Error('no question is asked');
  const button = [...d.querySelectorAll('button')].find((x) => textOf(x) === name);
  if (!button) throw new Error(`the question has no button “${name}”`);
  button.click();
  await settle(b);
}

/** The text that describes a control (its hint, error and note), as a screen reader reads it after the label. */
export function description(b: Element, control: Element) {
  return (control.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .filter(Boolean)
    .map((id) => textOf(root(b).getElementById(id)))
    .join(' ');
}

/** The error shown beside a control (through aria-describedby), or ''. */
export function errorOf(b: Element, control: Element) {
  const id = (control.getAttribute('aria-describedby') ?? '').split(' ').find((x) => x.endsWith('-error'));
  return id ? textOf(root(b).getElementById(id)) : '';
}

/** The lines of the "not ready" summary, if shown. */
export const problems = (b: Element) => [...root(b).querySelectorAll('.summary li')].map((li) => textOf(li));

/** Each output's heading and code, as shown. */
export const outputs = (b: Element) =>
  Object.fromEntries(
    [...root(b).querySelectorAll('section[aria-labelledby^="o-"]')].map((s) => [
      textOf(s.querySelector('h3')),
      s.querySelector('code')!.textContent!,
    ]),
  );

/** The status messages the builder gives (role="status"), with text. */
export const said = (b: Element) => [...root(b).querySelectorAll('[role="status"]')].map((s) => textOf(s)).filter(Boolean);

export async function pasteInto(b: EmbedBuilder, place: string) {
  await check(b, place);
}

/** Copies an output with the clipboard stubbed; gives what was written and the status shown. */
export async function copyOutput(b: EmbedBuilder, heading: string, writeText: (text: string) => Promise<void> = async () => {}) {
  let copied = '';
  Object.defineProperty(navigator, 'clipboard', {
    configurable: true,
    value: {
      writeText: (t: string) => {
        copied = t;
        return writeText(t);
      },
    },
  });
  try {
    const button = buttonNamed(b, `Copy: ${heading}`);
    const status = button.nextElementSibling!;
    button.click();
    await waitUntil(() => status.textContent, 'the copy result is shown');
    return { copied, status: textOf(status) };
  } finally {
    delete (navigator as { clipboard?: unknown }).clipboard;
  }
}

/**
 * The CDN addresses in an output, pointed at this build's own files served byte for byte (the
 * `/cdn-raw/` route in web-test-runner.config.mjs), so the browser checks each integrity as it
 * would from the CDN. Each hash is also compared with dist/cdn/integrity.json.
 */
export function local(code: string) {
  checkIntegrity(code);
  return code.replaceAll(cdnBase(pkg.version), '/cdn-raw/');
}

/** Every file an output loads has the integrity of this build. */
export function checkIntegrity(code: string) {
  const checked = [...code.matchAll(/(?:src|href)="[^"]+\/([\w.-]+\.js)" integrity="([^"]+)"/g)];
  expect(checked, 'every file has its integrity').to.not.deep.equal([]);
  for (const [, file, hash] of checked) expect(hash, file).to.equal((integrity as Record<string, string>)[file]);
}

type AxeWindow = Window &
  typeof globalThis & { axe: { run: (n: Node, o?: object) => Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> } };

/** A fresh page holding `head` and `body` (a clinic's page), with axe inside it. */
export async function page(head: string, body: string, { lang = 'en', width = 800 } = {}) {
  const { doc, win, remove } = await framedPage<AxeWindow>(
    `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Pasted</title>${head}
    <script src="/node_modules/axe-core/axe.min.js"></script></head><body><main><h1>Riverside Joint Clinic</h1><h2>For patients</h2>${body}</main></body></html>`,
    { title: 'pasted page', width },
  );
  return {
    doc,
    win,
    /** The element, once its script made it live. */
    async element<T extends Element>(tag: string) {
      await waitUntil(() => doc.querySelector(tag)?.shadowRoot?.textContent, `<${tag}> is upgraded in the pasted page`, {
        timeout: 10_000,
      });
      await (doc.querySelector(tag) as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      return doc.querySelector(tag) as T;
    },
    async violations() {
      await waitUntil(() => win.axe, 'axe is loaded');
      return (await win.axe.run(doc)).violations.map((v) => v.id);
    },
    remove,
  };
}

let axeLoaded: Promise<unknown> | undefined;
/** axe's findings on the builder in its current state (the preview frame's own page is checked where it is pasted). */
export async function axeOn(b: Element): Promise<string[]> {
  axeLoaded ??= new Promise((resolve, reject) => {
    const s = document.createElement('script');
    s.src = '/node_modules/axe-core/axe.min.js';
    s.onload = resolve;
    s.onerror = reject;
    document.head.append(s);
  });
  await axeLoaded;
  const { violations } = await (window as unknown as AxeWindow).axe.run(b, { iframes: false, resultTypes: ['violations'] });
  return violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`);
}

/** Presses a key on a control inside a pasted page, as a keyboard user does. */
export async function pressOn(win: Window, control: HTMLElement, key: 'Enter' | 'Space' = 'Enter') {
  win.focus();
  control.focus();
  await press(key);
}

/** The questions a live FAQ shows. */
export const questionNames = (el: Element) => [...el.shadowRoot!.querySelectorAll('[role="heading"] > button')].map((q) => textOf(q));
/** The titles a live steps element shows. */
export const stepTitles = (el: Element) => [...el.shadowRoot!.querySelectorAll('li [role="heading"]')].map((t) => textOf(t));
