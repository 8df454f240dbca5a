import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { format, type Strings } from '../../internal/strings.js';

/**
 * The FAQ's links to single questions: the URL hash opens, scrolls to and focuses its entry, on load
 * and when the patient follows a link on the page; and each entry's "Copy link" button.
 */
export class DeepLink implements ReactiveController {
  /** The entry whose link was just copied, with the message shown beside its button. */
  copied?: { id: string; message: string };
  /** Set while the URL hash still has to be applied: on load, and after each hash change. */
  private _pending?: 'load' | 'change' = 'load';
  private _scrollTo?: { id: string; smooth: boolean };
  private _onHash = () => {
    this._pending = 'change';
    this._host.requestUpdate();
  };

  constructor(
    private _host: ReactiveControllerHost,
    /** Whether an entry with this id exists. */
    private _has: (id: string) => boolean,
    /** Opens the entry (and makes sure a search does not hide it), without reporting it as the patient's toggle. */
    private _reveal: (id: string) => void,
    /** The element to scroll to and focus for an entry: its question button. */
    private _target: (id: string) => HTMLElement | null | undefined,
    private _strings: () => Strings,
  ) {
    _host.addController(this);
  }

  hostConnected(): void {
    addEventListener('hashchange', this._onHash);
  }

  hostDisconnected(): void {
    removeEventListener('hashchange', this._onHash);
  }

  /** Applied before rendering, so opening a linked entry costs no second update. */
  hostUpdate(): void {
    if (!this._pending) return;
    let id: string;
    try {
      id = decodeURIComponent(location.hash.slice(1));
    } catch {
      return; // a malformed hash names nothing
    }
    // Until content with this id arrives (it may come from the light DOM), the hash stays pending.
    if (!this._has(id)) return;
    // Scroll smoothly to a link followed on the page, jump on load, and never animate against the patient's wish.
    this._scrollTo = { id, smooth: this._pending === 'change' && !matchMedia('(prefers-reduced-motion: reduce)').matches };
    this._pending = undefined;
    this._reveal(id);
  }

  hostUpdated(): void {
    if (!this._scrollTo) return;
    const target = this._target(this._scrollTo.id);
    target?.scrollIntoView({ block: 'start', behavior: this._scrollTo.smooth ? 'smooth' : 'auto' });
    target?.focus({ preventScroll: true });
    this._scrollTo = undefined;
  }

  /** Copies the address of an entry; when the clipboard is refused, shows the address instead. */
  async copy(id: string): Promise<void> {
    const url = new URL(`#${id}`, location.href).href;
    const t = this._strings();
    try {
      await navigator.clipboard.writeText(url);
      this.copied = { id, message: t.linkCopied };
    } catch {
      this.copied = { id, message: format(t.linkNotCopied, { url }) };
    }
    this._host.requestUpdate();
  }
}
