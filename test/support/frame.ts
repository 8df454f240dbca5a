import { waitUntil } from '@open-wc/testing';

export interface Frame {
  doc: Document;
  win: Window & typeof globalThis;
  remove: () => void;
}

/**
 * Renders markup in an iframe of its own size and colour scheme, with the elements loaded inside
 * it. Width media and container queries then follow the frame, and `prefers-color-scheme` follows
 * the frame's `color-scheme` where the engine supports that, in every engine alike (WebKitGTK's
 * window cannot be narrower than 447 px, so a 320 px page is tested this way everywhere).
 */
export async function inFrame(markup: string, { width = 320, height = 640, colorScheme = '' } = {}): Promise<Frame> {
  const iframe = document.createElement('iframe');
  iframe.title = 'test frame';
  iframe.style.cssText = `width:${width}px;height:${height}px;border:0;${colorScheme ? `color-scheme:${colorScheme}` : ''}`;
  const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  iframe.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8">
    <script type="module">import '/src/index.ts';</script></head><body style="margin:0">${markup}</body></html>`;
  document.body.append(iframe);
  await loaded;
  const win = iframe.contentWindow as Window & typeof globalThis;
  const doc = iframe.contentDocument!;
  await waitUntil(() => win.customElements.get('dose-note'), 'the elements are defined in the frame', { timeout: 10_000 });
  const hosts = [...doc.querySelectorAll('stem-cell-faq, procedure-steps, dose-note')] as unknown as { updateComplete: Promise<unknown> }[];
  await Promise.all(hosts.map((h) => h.updateComplete));
  return { doc, win, remove: () => iframe.remove() };
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
