import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { footerLine } from '../../internal/explainer-element.js';
import { ReadingPlace } from '../../internal/reading-place.js';
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
 * where it was on the screen (`ReadingPlace`).
 */
export class FallbackHandover implements ReactiveController {
  /**
   * The fallback as the patient left it: its open entries and the entry whose `<summary>` had the focus.
   * Read when the element is created (an upgrade of the fallback's host); taken by the first update.
   */
  private _fallback?: { open: string[]; focus?: string };

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
    // The entry kept in place: the one the patient was on, else the first open one on the screen, else
    // (if they have scrolled into the FAQ) the question at the top of the screen, or the footer's line
    // under the questions (the review dates, the clinic's disclaimer, where the text comes from). Not
    // when the address links to an entry: the deep link shows that one.
    new ReadingPlace(_host, {
      parts: () => [...details, ..._host.querySelectorAll(':scope > p')],
      chosen: () => (focused ? [focused, ...open] : open),
      copy: (i) => (location.hash ? undefined : i < details.length ? this._question(details[i].id) : footerLine(_host, i - details.length)),
    });
  }

  /** The element's question for a fallback id, unchecked: escaped (an id the element does not show matches nothing). */
  private _question(id: string) {
    return this._host.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(questionId(id))}`);
  }

  /** Before the first render: the entries the patient opened stay open. */
  hostUpdate(): void {
    if (this._fallback && this._options.hydrating()) this._fallback = undefined;
    if (this._fallback?.open.length) this._options.open(this._fallback.open);
  }

  /** After it: the focus is where it was (unless the patient moved it). */
  hostUpdated(): void {
    const fallback = this._fallback;
    if (!fallback) return;
    this._fallback = undefined;
    const now = document.activeElement;
    if (fallback.focus && (!now || now === document.body || this._host.contains(now)))
      this._question(fallback.focus)?.focus({ preventScroll: true });
  }
}
