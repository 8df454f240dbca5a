import { html, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { PATIENT_INPUT } from '../../internal/patient-input.js';
import { format } from '../../internal/strings.js';

export interface DeepLinkOptions {
  /** Whether an entry with this id exists. */
  has: (id: string) => boolean;
  /** Opens the entry (and makes sure a search does not hide it), without reporting it as the patient's toggle. */
  reveal: (id: string) => void;
  /** The element to scroll to and focus for an entry: its question button. */
  target: (id: string) => HTMLElement | null | undefined;
  strings: () => { copyLink: string; copyLinkTo: string; linkCopied: string; linkNotCopied: string };
  /** Whether the host's update takes over server-rendered markup: the link is applied in the update after it. */
  hydrating: () => boolean;
}

/** How long the page must keep still (no layout moving the entry) once loaded, and the longest we hold the entry. */
const SETTLED_MS = 500;
const LONGEST_MS = 10_000;

/**
 * The FAQ's links to single questions: the URL hash opens, scrolls to and focuses its entry, on load
 * and when the patient follows a link on the page; and each open entry's "Copy link" button.
 */
export class DeepLink implements ReactiveController {
  /** The entry whose link was just copied, with the message shown beside its button. */
  copied?: { id: string; message: string };
  /** Set while the URL hash still has to be applied: on load, and after each hash change. */
  private _pending?: 'load' | 'change' = 'load';
  /** Set when the hash waits for the update after hydration. */
  private _afterHydration = false;
  private _scrollTo?: { id: string; smooth: boolean };
  private _stopHolding?: () => void;
  private _onHash = () => {
    this._pending = 'change';
    this._host.requestUpdate();
  };

  constructor(
    private _host: ReactiveControllerHost,
    private _options: DeepLinkOptions,
  ) {
    _host.addController(this);
  }

  hostConnected(): void {
    addEventListener('hashchange', this._onHash);
  }

  hostDisconnected(): void {
    removeEventListener('hashchange', this._onHash);
    this._stopHolding?.();
  }

  /** Applied before rendering, so opening a linked entry costs no second update. */
  hostUpdate(): void {
    if (!this._pending) return;
    // Server-rendered markup is taken over as the server left it; the entry opens in the next update.
    if (this._options.hydrating()) {
      this._afterHydration = true;
      return;
    }
    let id: string;
    try {
      id = decodeURIComponent(location.hash.slice(1));
    } catch {
      return; // a malformed hash names nothing
    }
    // Until content with this id arrives (it may come from the light DOM), the hash stays pending.
    if (!this._options.has(id)) return;
    // Scroll smoothly to a link followed on the page, jump on load, and never animate against the patient's wish.
    this._scrollTo = { id, smooth: this._pending === 'change' && !matchMedia('(prefers-reduced-motion: reduce)').matches };
    this._pending = undefined;
    this._options.reveal(id);
  }

  hostUpdated(): void {
    if (this._afterHydration) {
      this._afterHydration = false;
      this._host.requestUpdate();
    }
    if (!this._scrollTo) return;
    const { id, smooth } = this._scrollTo;
    this._scrollTo = undefined;
    const target = this._options.target(id);
    if (!target) return;
    target.scrollIntoView({ block: 'start', behavior: smooth ? 'smooth' : 'auto' });
    target.focus({ preventScroll: true });
    if (!smooth) this._hold(target);
  }

  /**
   * On load, elements above the entry may still be rendering (their scripts load after this one's,
   * or images arrive), pushing it down the page. Until the page has loaded and kept still, the entry
   * is brought back to the top whenever it moves; the first scroll, tap or key of the patient ends
   * that at once, so the page never fights them.
   */
  private _hold(target: HTMLElement): void {
    this._stopHolding?.();
    const started = performance.now();
    let top = target.getBoundingClientRect().top;
    let stillSince = started;
    let frame = 0;
    const stop = () => {
      cancelAnimationFrame(frame);
      for (const type of PATIENT_INPUT) removeEventListener(type, stop, true);
      this._stopHolding = undefined;
    };
    const check = (now: number) => {
      const moved = target.getBoundingClientRect().top;
      if (Math.abs(moved - top) > 1) {
        target.scrollIntoView({ block: 'start' });
        top = target.getBoundingClientRect().top;
        stillSince = now;
      }
      const settled = document.readyState === 'complete' && now - stillSince > SETTLED_MS;
      if (settled || now - started > LONGEST_MS || !target.isConnected) stop();
      else frame = requestAnimationFrame(check);
    };
    for (const type of PATIENT_INPUT) addEventListener(type, stop, { capture: true, passive: true });
    frame = requestAnimationFrame(check);
    this._stopHolding = stop;
  }

  /** Copies the address of an entry; when the clipboard is refused, shows the address instead. */
  async copy(id: string): Promise<void> {
    const url = new URL(`#${id}`, location.href).href;
    const t = this._options.strings();
    let message: string;
    try {
      await navigator.clipboard.writeText(url);
      message = t.linkCopied;
    } catch {
      message = format(t.linkNotCopied, { url });
    }
    // The status line is emptied for a frame first: the same words written over themselves are not heard again.
    this.forget(this.copied?.id ?? id);
    await new Promise(requestAnimationFrame);
    this.copied = { id, message };
    this._host.requestUpdate();
  }

  /** Empties an entry's status line (its answer closed, or its link is being copied again). */
  forget(id: string): void {
    if (this.copied?.id !== id) return;
    this.copied = undefined;
    this._host.requestUpdate();
  }

  /** What the patient is told beside an entry's "Copy link" button: empty until they copy its link. */
  copiedMessage(id: string): string {
    return this.copied?.id === id ? this.copied.message : '';
  }

  /** An entry's "Copy link" button, named after its question for screen readers, with its own status line. */
  renderCopyButton(id: string, question: string) {
    const t = this._options.strings();
    return html`<p class="copy no-print">
      <button class="link-button" aria-label=${format(t.copyLinkTo, { question })} @click=${() => this.copy(id)}>${t.copyLink}</button>
      <span role="status">${this.copiedMessage(id)}</span>
    </p>`;
  }
}
