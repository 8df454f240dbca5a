// Repeated use without leaks: each element created, attached, used and removed 1,000 times, and
// an entry toggled 10,000 times; the JS heap after forced garbage collection returns to within
// 10 % of its start, and no listener is left on window or document.
import { expect } from '@open-wc/testing';
import '../src/index.js';
import type { DoseNote, ProcedureSteps, StemCellFaq } from '../src/index.js';

type Listening = { add: number; remove: number; active: () => number; restore: () => void };

/** Counts listeners added to and removed from window and document while it is installed. */
function watchListeners(): Listening {
  const active = new Map<unknown, number>();
  const targets = [window, document] as EventTarget[];
  const originals = targets.map((t) => [t.addEventListener, t.removeEventListener] as const);
  const result = { add: 0, remove: 0, active: () => [...active.values()].reduce((a, b) => a + b, 0), restore: () => {} };
  targets.forEach((t, i) => {
    const [add, remove] = originals[i];
    t.addEventListener = function (this: EventTarget, type: string, listener: unknown, options?: unknown) {
      const once = typeof options === 'object' && options !== null && (options as { once?: boolean }).once;
      if (!once) active.set(`${i}:${type}:${String(listener)}:${active.size}`, 1);
      result.add++;
      return add.call(this, type, listener as EventListener, options as AddEventListenerOptions);
    } as typeof t.addEventListener;
    t.removeEventListener = function (this: EventTarget, type: string, listener: unknown, options?: unknown) {
      const key = [...active.keys()].find((k) => (k as string).startsWith(`${i}:${type}:${String(listener)}:`));
      if (key) active.delete(key);
      result.remove++;
      return remove.call(this, type, listener as EventListener, options as EventListenerOptions);
    } as typeof t.removeEventListener;
  });
  result.restore = () =>
    targets.forEach((t, i) => {
      t.addEventListener = originals[i][0];
      t.removeEventListener = originals[i][1];
    });
  return result;
}

async function heapAfterGc(): Promise<number> {
  const gc = (window as unknown as { gc?: () => void }).gc;
  expect(gc, 'Chromium runs with --js-flags=--expose-gc').to.be.a('function');
  for (let i = 0; i < 4; i++) {
    gc!();
    await new Promise((r) => setTimeout(r, 20));
  }
  return (performance as unknown as { memory: { usedJSHeapSize: number } }).memory.usedJSHeapSize;
}

const host = () => document.body.appendChild(document.createElement('div'));

async function useFaq(box: HTMLElement) {
  const el = box.appendChild(document.createElement('stem-cell-faq')) as StemCellFaq;
  el.setAttribute('search', '');
  await el.updateComplete;
  el.shadowRoot!.querySelector<HTMLButtonElement>('[part="question"]')!.click();
  await el.updateComplete;
  el.remove();
}

async function useSteps(box: HTMLElement) {
  const el = box.appendChild(document.createElement('procedure-steps')) as ProcedureSteps;
  await el.updateComplete;
  el.shadowRoot!.querySelector<HTMLButtonElement>('button[aria-expanded]')!.click();
  await el.updateComplete;
  el.remove();
}

async function useDose(box: HTMLElement) {
  const el = box.appendChild(document.createElement('dose-note')) as DoseNote;
  el.setAttribute('calculator', '');
  await el.updateComplete;
  const input = el.shadowRoot!.querySelector('input')!;
  input.value = '70';
  input.dispatchEvent(new Event('input'));
  await el.updateComplete;
  el.remove();
}

describe('repeated use', () => {
  for (const [name, use] of [
    ['<stem-cell-faq>', useFaq],
    ['<procedure-steps>', useSteps],
    ['<dose-note>', useDose],
  ] as const) {
    it(`creates, uses and removes ${name} 1,000 times without growing the heap or leaving listeners`, async function () {
      this.timeout(120_000);
      const box = host();
      for (let i = 0; i < 50; i++) await use(box); // warm up: compiled code, template caches
      const listening = watchListeners();
      const start = await heapAfterGc();
      for (let i = 0; i < 1000; i++) await use(box);
      const end = await heapAfterGc();
      listening.restore();
      box.remove();
      console.log(
        `${name}: heap ${start} → ${end} bytes (${(((end - start) / start) * 100).toFixed(1)} %); listeners added ${listening.add}, removed ${listening.remove}`,
      );
      expect(end, 'heap after 1,000 uses').to.be.at.most(start * 1.1);
      expect(listening.active(), 'listeners left on window or document').to.equal(0);
    });
  }

  it('toggles an entry 10,000 times without growing the heap', async function () {
    this.timeout(180_000);
    const t0 = performance.now();
    const box = host();
    const el = box.appendChild(document.createElement('stem-cell-faq')) as StemCellFaq;
    await el.updateComplete;
    const button = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="question"]')!;
    for (let i = 0; i < 100; i++) {
      button.click();
      await el.updateComplete;
    }
    const start = await heapAfterGc();
    for (let i = 0; i < 10_000; i++) {
      button.click();
      await el.updateComplete;
    }
    const end = await heapAfterGc();
    console.log(`10,000 toggles: heap ${start} → ${end} bytes, ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(end).to.be.at.most(start * 1.1);
    box.remove();
  });
});
