import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { PATIENT_INPUT } from './patient-input.js';

export interface ReadingPlaceOptions {
  /** The host's fallback markup as blocks, in reading order (headings, paragraphs, lists; the FAQ's `<details>`). */
  parts: () => Element[];
  /** Blocks to keep in place before any other, when on the screen (the FAQ: the question the patient was on, the answers they opened). */
  chosen?: () => Element[];
  /** Before the first render: which blocks were on the screen (the steps open their details). */
  shown?: (shown: readonly boolean[]) => void;
  /** After it: the element's own copy of a block, if it shows one. */
  copy: (part: number) => Element | null | undefined;
}

/**
 * The one place kept on the page while its elements take over their fallback: a block and where it
 * was on the screen. `reading`: the block is in an element's fallback (one the patient chose, or the
 * one at the top of the screen); otherwise it is what follows an element the patient scrolled past.
 */
interface Place {
  block: Element;
  top: number;
  reading: boolean;
  /** Where the block is now: the element's copy once rendered. */
  now: () => Element | null | undefined;
}
let place: Place | undefined;
/** The elements that have offered a place and not yet rendered. */
let waiting = 0;

/** The patient has acted (or every element has rendered): nothing moves the page for them any more. */
const forget = () => {
  if (!place) return;
  place = undefined;
  for (const type of PATIENT_INPUT) removeEventListener(type, forget, true);
};

/**
 * Keeps `next` instead of the current place: the first block offered in an element's fallback, else
 * what follows the lowest element scrolled past (nearest the screen: the elements are offered in
 * the order they are registered, not in the page's).
 */
function offer(next: Place): void {
  if (!place) for (const type of PATIENT_INPUT) addEventListener(type, forget, { capture: true, passive: true });
  else if (place.reading || (!next.reading && next.top <= place.top)) return;
  place = next;
}

/**
 * Whether the browser puts the patient back where they were on this page (a reload, back or forward).
 * It does so in the elements' own layout, which the fallback's place must not override.
 */
function restoring(): boolean {
  const entry = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
  // WebKit gives no navigation entry in a frame; its older record says the same (1: reload, 2: back or forward).
  const type = entry ? entry.type : ['navigate', 'reload', 'back_forward'][performance.navigation.type];
  return history.scrollRestoration === 'auto' && (type === 'reload' || type === 'back_forward');
}

/** The first element after `node` in the document, outside it, that has a box. */
function following(node: Element): Element | undefined {
  for (let at: Element | null = node; at; at = at.parentElement)
    for (let next = at.nextElementSibling; next; next = next.nextElementSibling) if (next.getClientRects().length) return next;
  return undefined;
}

/**
 * Snippets, WordPress and the builder's code show each element's content as plain HTML until the
 * element takes over: a frame after the page first paints, or seconds later on a slow connection.
 * A patient who has scrolled down to read goes on reading where they were, instead of the elements'
 * controls, folded details and footers pushing the text elsewhere. The page keeps one place: in an
 * element's fallback on the screen, a block the patient chose (the FAQ's question or open answer) or
 * else the block at the top of the screen; or what follows the last element they scrolled past.
 * After each element's first render the page is scrolled so that the block (the element's copy of
 * it, or the fallback still shown) is where it was, until every element has rendered or the patient
 * scrolls, taps or presses a key.
 */
export class ReadingPlace implements ReactiveController {
  /** Which blocks were on the screen; taken by the first update. */
  private _shown?: boolean[];
  private _waiting = false;

  constructor(
    host: ReactiveControllerHost & Element,
    private _options: ReadingPlaceOptions,
  ) {
    host.addController(this);
    if (isServer) return;
    // Read when the element is created (an upgrade of the fallback's host), as the patient sees it
    // (ExplainerElement shows the fallback until the first render). One box only, unless the patient
    // chose something or has scrolled past the fallback's top (a page opened at its top, as most are);
    // none under server-rendered markup, whose fallback is not shown. Nothing on a page the browser
    // scrolls back to where the patient was.
    const parts = _options.parts();
    const chosen = _options.chosen?.() ?? [];
    if (!parts.length || (!chosen.length && parts[0].getBoundingClientRect().top >= 0) || restoring()) return;
    const boxes = parts.map((part) => part.getBoundingClientRect());
    const shown = boxes.map((box) => box.bottom > 0 && box.top < innerHeight);
    const scrolled = boxes[0].top < 0;
    const candidates = chosen.map((part) => parts.indexOf(part));
    if (scrolled)
      candidates.push(
        boxes.findIndex((box, i) => shown[i] && box.top >= 0),
        shown.indexOf(true),
      );
    const held = candidates.find((i) => shown[i]);
    this._shown = shown;
    if (held !== undefined) {
      offer({ block: parts[held], top: boxes[held].top, reading: true, now: () => _options.copy(held) });
    } else if (scrolled && boxes[boxes.length - 1].bottom <= 0) {
      const after = following(host);
      if (after) offer({ block: after, top: after.getBoundingClientRect().top, reading: false, now: () => after });
    }
    this._waiting = true;
    waiting++;
  }

  hostUpdate(): void {
    if (this._shown) this._options.shown?.(this._shown);
    this._shown = undefined;
  }

  hostUpdated(): void {
    if (!this._waiting) return;
    if (place) {
      // The element's copy, else the fallback block if it is still shown (its element has not rendered yet).
      const block = place.now() ?? (place.block.getClientRects().length ? place.block : undefined);
      if (block) scrollBy({ top: block.getBoundingClientRect().top - place.top, behavior: 'instant' });
    }
    this._done();
  }

  /** Removed before its first render: the element no longer keeps the page waiting. */
  hostDisconnected(): void {
    if (this._waiting) this._done();
  }

  /** Once no element waits to render, the place is forgotten. */
  private _done(): void {
    this._waiting = false;
    waiting--;
    if (!waiting) forget();
  }
}
