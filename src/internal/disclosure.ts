import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface DisclosureOptions<K> {
  /** The panel element for a key, to animate it open. */
  panel: (key: K) => HTMLElement | null | undefined;
  /** Told of every change the patient made (a click, a key, find-in-page), never of a script's. */
  onToggle: (key: K, open: boolean) => void;
  /** Whether opening one panel closes the others. */
  single?: () => boolean;
}

/**
 * The open/closed state of a set of disclosures (the FAQ's answers, the steps' details): toggling
 * one, all, or one at a time, the opening animation, and an event for the patient's own actions.
 * Every change makes a new set, so templates can compare it cheaply.
 */
export class Disclosure<K> implements ReactiveController {
  /** The keys of the open panels. */
  open: ReadonlySet<K> = new Set();
  private _opening?: K;

  constructor(
    private _host: ReactiveControllerHost,
    private _options: DisclosureOptions<K>,
  ) {
    _host.addController(this);
  }

  has(key: K): boolean {
    return this.open.has(key);
  }

  /** Opens or closes one panel; `byUser` says the patient did it, so it is reported. */
  set(key: K, open: boolean, byUser = false): void {
    if (this.open.has(key) === open) return;
    const next = new Set(open && this._options.single?.() ? [] : this.open);
    if (byUser) for (const closed of this.open) if (!next.has(closed) && closed !== key) this._options.onToggle(closed, false);
    if (open) next.add(key);
    else next.delete(key);
    this._commit(next);
    if (open) this._opening = key;
    if (byUser) this._options.onToggle(key, open);
  }

  /** Opens or closes several panels at once (Show all / Hide all); `byUser` reports each one that changed. */
  setAll(keys: Iterable<K>, open: boolean, byUser = false): void {
    const next = new Set(this.open);
    for (const key of keys) {
      if (next.has(key) === open) continue;
      if (open) next.add(key);
      else next.delete(key);
      if (byUser) this._options.onToggle(key, open);
    }
    this._commit(next);
  }

  /** Opens exactly these panels and closes the rest, as a script asks (no event). */
  only(keys: Iterable<K>): void {
    this._commit(new Set(keys));
  }

  /** Keeps only the open panels that still exist after the content changed. */
  keep(exists: (key: K) => boolean): void {
    this.only([...this.open].filter(exists));
  }

  hostUpdated(): void {
    if (this._opening === undefined) return;
    animateOpen(this._options.panel(this._opening));
    this._opening = undefined;
  }

  private _commit(next: Set<K>): void {
    this.open = next;
    this._host.requestUpdate();
  }
}

/**
 * The animated part of opening, only when motion is welcome: the answer takes its full height at
 * once and is uncovered from the top down in 120 ms (a clip, which needs no layout while it runs,
 * where animating the height laid out the whole list in every frame; a long FAQ on a slow phone
 * animates as smoothly as a short one). The text keeps its full contrast throughout, and the very
 * first frame after the click already shows the answer's first third. With the click's own frame the
 * answer is fully open within 250 ms even in a long FAQ (issue #27; `npm run bench`, click → fully open).
 */
function animateOpen(panel: HTMLElement | null | undefined): void {
  if (!panel || matchMedia('(prefers-reduced-motion: reduce)').matches) return;
  panel.animate?.([{ clipPath: 'inset(0 0 67% 0)' }, { clipPath: 'inset(0)' }], { duration: 120, easing: 'ease-out' });
}
