import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { questionId } from './faq-templates.js';

type Host = ReactiveControllerHost & HTMLElement & { readonly hasUpdated: boolean; readonly renderRoot: ParentNode };

export interface FallbackHandoverOptions {
  /** Opens these entries (those the patient opened in the fallback), without reporting it as a toggle. */
  open: (ids: readonly string[]) => void;
  /** Whether the host's first update takes over server-rendered markup, whose fallback no one could open. */
  hydrating: () => boolean;
}

/**
 * Snippets, WordPress and the builder's code show the FAQ as plain `<details>` until the element takes
 * over: a frame after the page first paints, or seconds later on a slow connection. An answer the
 * patient opened meanwhile stays open, and the question they were on keeps the focus, instead of the
 * accordion closing what they were reading.
 */
export class FallbackHandover implements ReactiveController {
  /**
   * The fallback's open entries and the entry whose `<summary>` had the focus, read when the element
   * connects (its light DOM stops showing then), until the first update has taken them.
   */
  private _fallback?: { open: string[]; focus?: string };

  constructor(
    private _host: Host,
    private _options: FallbackHandoverOptions,
  ) {
    _host.addController(this);
  }

  hostConnected(): void {
    if (isServer || this._host.hasUpdated) return;
    const details = [...this._host.querySelectorAll<HTMLDetailsElement>(':scope > details[id]')];
    const focused = document.activeElement;
    this._fallback = { open: details.filter((d) => d.open).map((d) => d.id), focus: details.find((d) => d.contains(focused))?.id };
  }

  /** Before the first render: the entries the patient opened stay open. */
  hostUpdate(): void {
    if (this._options.hydrating()) this._fallback = undefined;
    if (this._fallback?.open.length) this._options.open(this._fallback.open);
  }

  /** After it: the question whose `<summary>` had the focus has it, unless the patient has moved on. */
  hostUpdated(): void {
    // The fallback's id, unchecked: escaped (an id the element does not show matches nothing).
    const id = this._fallback?.focus;
    this._fallback = undefined;
    const now = document.activeElement;
    if (id && (!now || now === document.body || this._host.contains(now)))
      this._host.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(questionId(id))}`)?.focus({ preventScroll: true });
  }
}
