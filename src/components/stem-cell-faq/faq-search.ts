import { html, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { FaqEntry } from '../../content/types.js';
import { countText } from '../../internal/numbers.js';
import { format } from '../../internal/strings.js';
import { fold, searchWord } from './search-fold.js';

export interface FaqSearchOptions {
  /** The entries searched. */
  entries: () => readonly FaqEntry[];
  /** An entry's whole text as the patient reads it (question and answer, `{cells}` filled in). */
  text: (entry: FaqEntry) => string;
  /** The reader's language, for the counts in the status line. */
  lang: () => string;
}

/** Long enough that the count is heard once the patient pauses, not at every key they press. */
const ANNOUNCE_DELAY = 800;

/**
 * The FAQ's search box: the box itself, what the patient typed, which entries contain every word of
 * it, and the status line that says how many match. Each entry's folded text is indexed the first time the
 * patient searches, not at load.
 */
export class FaqSearch implements ReactiveController {
  /** What the patient typed. */
  query = '';
  /** Whether the status line is to be heard: once the patient has paused since their last change. */
  heard = false;
  private _index?: Map<string, string>;
  private _timer?: ReturnType<typeof setTimeout>;

  constructor(
    private _host: ReactiveControllerHost,
    private _options: FaqSearchOptions,
  ) {
    _host.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this._timer);
  }

  /** Sets what the patient typed, and shows the entries that match; their count is heard after a pause. */
  setQuery(query: string): void {
    this.query = query;
    this.heard = false;
    clearTimeout(this._timer);
    this._timer = setTimeout(() => {
      this.heard = true;
      this._host.requestUpdate();
    }, ANNOUNCE_DELAY);
    this._host.requestUpdate();
  }

  /** Clears the search when it hides this entry, so that an entry opened by a link is never out of sight. */
  reveal(id: string): void {
    const entry = this._options.entries().find((e) => e.id === id);
    if (entry && !this.matches(entry)) this.setQuery('');
  }

  /** Forgets the index: the entries, their language or their figure changed. */
  reindex(): void {
    this._index = undefined;
  }

  /** The words searched for, folded. */
  terms(): string[] {
    return fold(this.query).split(/\s+/).filter(Boolean).map(searchWord);
  }

  /** Whether the entry contains every word searched for. */
  matches(entry: FaqEntry, terms = this.terms()): boolean {
    this._index ??= new Map(this._options.entries().map((e) => [e.id, fold(this._options.text(e))]));
    const text = this._index.get(entry.id) ?? '';
    return terms.every((t) => text.includes(t));
  }

  /** The entries to show: all of them, or those that match. */
  visible(): readonly FaqEntry[] {
    const entries = this._options.entries();
    const terms = this.terms();
    return terms.length ? entries.filter((e) => this.matches(e, terms)) : entries;
  }

  /** The status line for screen readers and sighted patients alike: empty until the patient searches. */
  status(strings: { searchMatches: string; searchNoMatch: string }, shown: number): string {
    const query = this.query.trim();
    if (!query) return '';
    const count = (n: number) => countText(n, this._options.lang());
    return shown
      ? format(strings.searchMatches, { shown: count(shown), total: count(this._options.entries().length) })
      : format(strings.searchNoMatch, { query });
  }

  /**
   * The status line: shown as the patient types, and heard once they pause (a live region that changed
   * at every key would talk over the keys they hear).
   */
  renderStatus(strings: { searchMatches: string; searchNoMatch: string }, shown: number) {
    const text = this.status(strings, shown);
    return html`<p class="status" aria-hidden="true">${text}</p>
      <p class="vh" role="status">${this.heard ? text : ''}</p>`;
  }

  /** The labelled search box. */
  renderBox(label: string) {
    return html`<div class="search">
      <label for="search">${label}</label>
      <input id="search" part="search" type="search" autocomplete="off" .value=${this.query}
        @input=${(e: Event) => this.setQuery((e.target as HTMLInputElement).value)} />
    </div>`;
  }
}
