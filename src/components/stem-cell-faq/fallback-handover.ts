import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { PATIENT_INPUT } from './patient-input.js';
import { questionId } from './faq-templates.js';

type Host = ReactiveControllerHost & HTMLElement & { readonly renderRoot: ParentNode };

export interface FallbackHandoverOptions {
  /** Opens these entries (those the patient opened in the fallback), without reporting it as a toggle. */
  open: (ids: readonly string[]) => void;
  /** Whether the host's first update takes over server-rendered markup, whose fallback no one could open. */
  hydrating: () => boolean;
}

/**
 * Snippets, WordPress and the builder's code show the FAQ as plain `<details>` until the element takes
 * over: a frame after the page first paints, or seconds later on a slow connection. What the patient
 * did meanwhile is kept, instead of the accordion closing what they were reading: the answers they
 * opened stay open, the question they were on keeps the focus, and the entry they were reading stays
 * where it was on the screen.
 */
export class FallbackHandover implements ReactiveController {
  /**
   * The fallback as the patient left it: its open entries and the entry whose `<summary>` had the focus.
   * Read when the element is created (an upgrade of the fallback's host), before its shadow root hides
   * the fallback; taken by the first update.
   */
  private _fallback?: { open: string[]; focus?: string };
  /** Where the entry the patient was on (or the first open one in view) was on the screen, until they scroll or act. */
  private _anchor?: { id: string; top: number };
  private _release = () => {
    this._anchor = undefined;
    for (const type of PATIENT_INPUT) removeEventListener(type, this._release, true);
  };

  constructor(
    private _host: Host,
    private _options: FallbackHandoverOptions,
  ) {
    _host.addController(this);
    if (isServer) return;
    const details = [..._host.querySelectorAll<HTMLDetailsElement>(':scope > details[id]')];
    const open = details.filter((d) => d.open);
    const focused = details.find((d) => d.contains(document.activeElement));
    this._fallback = { open: open.map((d) => d.id), focus: focused?.id };
    // Layout is read only when the patient opened or focused something, which is rare.
    const inView = (d: Element) => {
      const box = d.getBoundingClientRect();
      return box.bottom > 0 && box.top < innerHeight;
    };
    const anchor = focused && inView(focused) ? focused : open.find(inView);
    if (!anchor) return;
    this._anchor = { id: anchor.id, top: anchor.getBoundingClientRect().top };
    for (const type of PATIENT_INPUT) addEventListener(type, this._release, { capture: true, passive: true });
  }

  /** Before the first render: the entries the patient opened stay open. */
  hostUpdate(): void {
    if (this._fallback && this._options.hydrating()) {
      this._fallback = undefined;
      if (this._anchor) this._release();
    }
    if (this._fallback?.open.length) this._options.open(this._fallback.open);
  }

  /**
   * After it: the entry the patient was on is where it was on the screen (unless they have scrolled
   * since, or a link to an entry takes them there), and the focus where it was (unless they moved it).
   */
  hostUpdated(): void {
    const [fallback, anchor] = [this._fallback, this._anchor];
    if (!fallback) return;
    this._fallback = undefined;
    if (anchor) this._release();
    // The fallback's ids, unchecked: escaped (an id the element does not show matches nothing).
    const question = (id: string) => this._host.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(questionId(id))}`);
    const anchored = anchor && !location.hash && question(anchor.id);
    if (anchored) scrollBy({ top: anchored.getBoundingClientRect().top - anchor.top, behavior: 'instant' });
    const now = document.activeElement;
    if (fallback.focus && (!now || now === document.body || this._host.contains(now)))
      question(fallback.focus)?.focus({ preventScroll: true });
  }
}
