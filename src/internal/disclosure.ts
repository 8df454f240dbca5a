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
  /** When the last change was asked for (`performance.now()`), until the update after it has animated it. */
  private _changedAt?: number;

  constructor(
    private _host: ReactiveControllerHost & { readonly renderRoot: Element | DocumentFragment },
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
    const kept = [...this.open].filter(exists);
    if (kept.length < this.open.size) this.only(kept);
  }

  hostUpdated(): void {
    const [opening, changedAt] = [this._opening, this._changedAt];
    this._opening = this._changedAt = undefined;
    if (changedAt === undefined || matchMedia('(prefers-reduced-motion: reduce)').matches) return;
    if (opening !== undefined) animateOpen(this._options.panel(opening));
    // The animations this change starts (the answer's, the icons' turns) run from the moment it was
    // asked for, not from the frame that first shows it: in a long FAQ on a slow phone that frame
    // can take 100 ms to render, and the animations then end that much sooner instead of later.
    const root = this._host.renderRoot;
    for (const animation of root instanceof ShadowRoot ? root.getAnimations() : [])
      if (animation.startTime === null) animation.startTime = changedAt;
  }

  private _commit(next: Set<K>): void {
    this.open = next;
    this._changedAt = performance.now();
    this._host.requestUpdate();
  }
}

/**
 * The animated part of opening, only when motion is welcome: the answer takes its full height at
 * once and is uncovered from the top down in 120 ms (a clip, which needs no layout while it runs,
 * where animating the height laid out the whole list in every frame; a long FAQ on a slow phone
 * animates as smoothly as a short one). The text keeps its full contrast throughout, and the very
 * first frame after the click already shows the answer's first third. The animation runs from the click
 * (`Disclosure.hostUpdated`), so the answer is fully open 120 ms after it, plus a frame, however long
 * the click's own frame takes (issue #27: within 250 ms; `npm run bench`, click → fully open).
 */
function animateOpen(panel: HTMLElement | null | undefined): void {
  // `backwards`: a frame drawn before the animation's start shows the answer's first third, not all of it.
  panel?.animate?.([{ clipPath: 'inset(0 0 67% 0)' }, { clipPath: 'inset(0)' }], { duration: 120, easing: 'ease-out', fill: 'backwards' });
}
