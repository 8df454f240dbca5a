import { html, type ReactiveControllerHost } from 'lit';
import type { FaqEntry } from '../../content/types.js';
import { countText } from '../../internal/numbers.js';
import { format } from '../../internal/strings.js';
import { fold } from './search-fold.js';

export interface FaqSearchOptions {
  /** The entries searched. */
  entries: () => readonly FaqEntry[];
  /** An entry's whole text as the patient reads it (question and answer, `{cells}` filled in). */
  text: (entry: FaqEntry) => string;
  /** The reader's language, for the counts in the status line. */
  lang: () => string;
}

/**
 * The FAQ's search box: the box itself, what the patient typed, which entries contain every word of
 * it, and the status line that says how many match. Each entry's folded text is indexed the first time the
 * patient searches, not at load.
 */
export class FaqSearch {
  /** What the patient typed. */
  query = '';
  private _index?: Map<string, string>;

  constructor(
    private _host: ReactiveControllerHost,
    private _options: FaqSearchOptions,
  ) {}

  /** Sets what the patient typed, and shows the entries that match. */
  setQuery(query: string): void {
    this.query = query;
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
    return fold(this.query).split(/\s+/).filter(Boolean);
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

  /** The labelled search box. */
  renderBox(label: string) {
    return html`<div class="search">
      <label for="search">${label}</label>
      <input id="search" part="search" type="search" autocomplete="off" .value=${this.query}
        @input=${(e: Event) => this.setQuery((e.target as HTMLInputElement).value)} />
    </div>`;
  }
}
