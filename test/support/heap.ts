import { expect } from '@open-wc/testing';

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
