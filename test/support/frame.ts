import { waitUntil } from '@open-wc/testing';
import { TAGS } from '../../src/internal/tags.js';

export interface Frame {
  doc: Document;
  win: Window & typeof globalThis;
  remove: () => void;
}

/**
 * A page of its own: an iframe of this size holding `html` (a whole document), once it has loaded;
 * with `scripts: false`, a page whose browser runs no JavaScript.
 * The one way tests open a page (pasted snippets, server-rendered markup, per-element files).
 */
export async function framedPage<W extends Window = Window & typeof globalThis>(
  html: string,
  { title = 'test page', width = 800, height = 600, style = '', scripts = true } = {},
): Promise<{ iframe: HTMLIFrameElement; doc: Document; win: W; remove: () => void }> {
  const iframe = document.createElement('iframe');
  iframe.title = title;
  // A sandbox without allow-scripts turns scripting off in the page, as a browser with JavaScript
  // disabled does; allow-same-origin keeps its document readable from the test.
  if (!scripts) iframe.sandbox.value = 'allow-same-origin';
  iframe.style.cssText = `width:${width}px;height:${height}px;border:0;${style}`;
  const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  iframe.srcdoc = html;
  document.body.append(iframe);
  await loaded;
  return { iframe, doc: iframe.contentDocument!, win: iframe.contentWindow as W, remove: () => iframe.remove() };
}

/**
 * Renders markup in an iframe of its own size and colour scheme, with the elements loaded inside
 * it. Width media and container queries then follow the frame, and `prefers-color-scheme` follows
 * the frame's `color-scheme` where the engine supports that, in every engine alike (WebKitGTK's
 * window cannot be narrower than 447 px, so a 320 px page is tested this way everywhere).
 */
export async function inFrame(markup: string, { width = 320, height = 640, colorScheme = '' } = {}): Promise<Frame> {
  const { doc, win, remove } = await framedPage<Window & typeof globalThis>(
    `<!doctype html><html lang="en"><head><meta charset="utf-8">
    <script type="module">import '/src/index.ts';</script></head><body style="margin:0">${markup}</body></html>`,
    { title: 'test frame', width, height, style: colorScheme ? `color-scheme:${colorScheme}` : '' },
  );
  await waitUntil(() => win.customElements.get('dose-note'), 'the elements are defined in the frame', { timeout: 10_000 });
  const hosts = [...doc.querySelectorAll(TAGS.join(', '))] as unknown as { updateComplete: Promise<unknown> }[];
  await Promise.all(hosts.map((h) => h.updateComplete));
  return { doc, win, remove };
}

/** Whether an iframe's `color-scheme: dark` gives its page `prefers-color-scheme: dark` in this engine. */
export async function frameFollowsColorScheme(): Promise<boolean> {
  const iframe = document.createElement('iframe');
  iframe.style.colorScheme = 'dark';
  const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  iframe.srcdoc = '<!doctype html><p>probe</p>';
  document.body.append(iframe);
  await loaded;
  const dark = iframe.contentWindow!.matchMedia('(prefers-color-scheme: dark)').matches;
  iframe.remove();
  return dark;
}
