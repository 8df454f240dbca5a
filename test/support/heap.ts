import { expect } from '@open-wc/testing';
import '../../src/index.js';
import type { StemCellFaq } from '../../src/index.js';

/** Yields to the event loop once (a task boundary, not a timed wait). */
const nextTask = () =>
  new Promise<void>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(0);
  });

/** The JS heap after forced garbage collection (Chromium with --expose-gc). */
export async function heapAfterGc(): Promise<number> {
  const gc = (window as unknown as { gc?: () => void }).gc;
  expect(gc, 'Chromium runs with --js-flags=--expose-gc').to.be.a('function');
  for (let i = 0; i < 4; i++) {
    gc!();
    await nextTask(); // let weak references and finalizers settle between collections
  }
  return (performance as unknown as { memory: { usedJSHeapSize: number } }).memory.usedJSHeapSize;
}

/** A container for the elements under test. */
export const host = () => document.body.appendChild(document.createElement('div'));

/** Toggles the FAQ's first entry `times` times (after 100 to warm up); gives the heap before and after, and its state. */
export async function toggleMany(times: number) {
  const box = host();
  const el = box.appendChild(document.createElement('stem-cell-faq')) as StemCellFaq;
  await el.updateComplete;
  const button = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="question"]')!;
  const toggle = async (n: number) => {
    for (let i = 0; i < n; i++) {
      button.click();
      await el.updateComplete;
    }
  };
  await toggle(100);
  const start = await heapAfterGc();
  await toggle(times);
  const end = await heapAfterGc();
  const expanded = button.getAttribute('aria-expanded');
  box.remove();
  return { start, end, expanded };
}
