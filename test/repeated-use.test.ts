// Repeated use without leaks, at sizes that show a leak in seconds: no listener is left on window
// or document (every engine), and the JS heap after forced garbage collection returns to within
// 10 % of its start (Chromium, the one engine that can force a collection). The 10,000-toggle soak
// is `npm run test:soak`.
import { expect } from '@open-wc/testing';
import '../src/index.js';
import { canMeasureHeap, itWhere } from './support/engine.js';
import { heapAfterGc, host, toggleMany } from './support/heap.js';
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
  el.shadowRoot!.querySelector<HTMLButtonElement>('li button[aria-expanded]')!.click();
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
  // The FAQ listens for hashchange while connected; the others never listen on window or document.
  for (const [name, use, perUse] of [
    ['<stem-cell-faq>', useFaq, 1],
    ['<procedure-steps>', useSteps, 0],
    ['<dose-note>', useDose, 0],
  ] as const) {
    it(`creates, uses and removes ${name} 200 times leaving no listener on window or document`, async function () {
      this.timeout(60_000);
      const box = host();
      const listening = watchListeners();
      for (let i = 0; i < 200; i++) await use(box);
      listening.restore();
      box.remove();
      expect([listening.add, listening.remove], 'listeners added and removed').to.deep.equal([200 * perUse, 200 * perUse]);
      expect(listening.active(), 'listeners left on window or document').to.equal(0);
    });

    itWhere(
      canMeasureHeap,
      'no forced garbage collection or heap figures',
      `creates, uses and removes ${name} 1,000 times without growing the heap`,
      async function (this: Mocha.Context) {
        this.timeout(120_000);
        const box = host();
        for (let i = 0; i < 50; i++) await use(box); // warm up: compiled code, template caches
        const start = await heapAfterGc();
        for (let i = 0; i < 1000; i++) await use(box);
        const end = await heapAfterGc();
        box.remove();
        console.log(`${name}: heap ${start} → ${end} bytes (${(((end - start) / start) * 100).toFixed(1)} %)`);
        expect(end, 'heap after 1,000 uses').to.be.at.most(start * 1.1);
      },
    );
  }

  itWhere(
    canMeasureHeap,
    'no forced garbage collection or heap figures',
    'toggles an entry 1,000 times without growing the heap',
    async function (this: Mocha.Context) {
      this.timeout(60_000);
      const { start, end, expanded } = await toggleMany(1000);
      expect(expanded, 'an even number of toggles leaves it closed').to.equal('false');
      expect(end).to.be.at.most(start * 1.1);
    },
  );
});
