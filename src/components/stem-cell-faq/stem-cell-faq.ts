import { html, noChange, nothing, type PropertyValues } from 'lit';
import { faqEntries } from '../../content/faq.js';
import type { FaqEntry } from '../../content/types.js';
import { isoDate } from '../../internal/attributes.js';
import { blocksText, renderBlocks } from '../../internal/blocks.js';
import { define } from '../../internal/define.js';
import { formatDate } from '../../internal/numbers.js';
import { Disclosure } from '../../internal/disclosure.js';
import { EditorContent, nodesToBlocks } from '../../internal/editor-content.js';
import { ExplainerElement } from '../../internal/explainer-element.js';
import { faqPage, pageHasFaqPage, writeJsonLd } from '../../internal/structured-data.js';
import { format } from '../../internal/strings.js';
import { faqChecks } from '../../internal/validate.js';
import { DeepLink } from './deep-link.js';
import { faqStyles } from './stem-cell-faq.styles.js';
import { fold } from './search-fold.js';

/** Above this many panels, regions would crowd the landmarks list (WAI-ARIA APG accordion). */
const MAX_REGIONS = 6;

export interface FaqToggleDetail {
  id: string;
  open: boolean;
}

/** Editor advice given once per page, however many FAQs it has. */
const told = new Set<string>();
const once = (key: string, say: () => void) => {
  if (!told.has(key)) {
    told.add(key);
    say();
  }
};

const slug = (s: string) =>
  fold(s)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80) || 'question';

/** Fallback `<details><summary>` markup read as entries. */
const readDetails = (host: Element) => {
  const details = [...host.querySelectorAll(':scope > details')];
  if (!details.length) return undefined;
  return details.map((d) => {
    const question = d.querySelector(':scope > summary')?.textContent?.trim().replace(/\s+/g, ' ') ?? '';
    const rest = [...d.childNodes].filter((n) => !(n instanceof Element && n.localName === 'summary'));
    return { id: d.id || slug(question), question, answer: nodesToBlocks(rest) };
  });
};

/**
 * The clinic's questions and answers about stem cell injections, as an accessible accordion.
 *
 * @tagname stem-cell-faq
 * @summary Accessible FAQ accordion with deep links, search, review dates and structured data.
 * @slot - Optional editor content: one `<script type="application/json">` with entries, or `<details><summary>` fallback markup.
 * @csspart controls - The row with the search box and the Show all button.
 * @csspart search - The search input.
 * @csspart item - One question with its answer.
 * @csspart question - A question's button.
 * @csspart answer - An answer panel.
 * @csspart footer - The disclaimer and review dates.
 * @cssprop [--sce-color-text=#1d1d1f] - Text colour (dark scheme: #f3f2f1).
 * @cssprop [--sce-color-background=#fff] - Background colour (dark scheme: #1b1d21).
 * @cssprop [--sce-color-muted=#505a5f] - Secondary text, such as the footer.
 * @cssprop [--sce-color-accent=#005eb8] - Questions, links and icons.
 * @cssprop [--sce-color-border=#6f777b] - Lines between questions, input borders.
 * @cssprop [--sce-color-focus=#0b0c0c] - Focus outline.
 * @cssprop [--sce-color-focus-background=#ffdd00] - Ring just inside the focus outline.
 * @cssprop [--sce-space=1rem] - Base spacing.
 * @cssprop [--sce-radius=0.5rem] - Corner radius.
 * @cssprop [--sce-font-size=1rem] - Base font size; the font family is inherited from the page.
 * @cssprop [--sce-icon-size=0.6em] - Size of the toggle chevron.
 * @cssprop [--sce-icon-color=currentColor] - Colour of the toggle chevron.
 * @fires {CustomEvent<FaqToggleDetail>} faq-toggle - When the patient opens or closes an entry.
 */
export class StemCellFaq extends ExplainerElement {
  static override styles = [ExplainerElement.styles, faqStyles];
  static override properties = {
    items: { attribute: false },
    single: { type: Boolean },
    search: { type: Boolean },
    lastReviewed: { attribute: 'last-reviewed' },
    nextReviewDue: { attribute: 'next-review-due' },
    reviewedBy: { attribute: 'reviewed-by' },
    structuredData: { type: Boolean, attribute: 'structured-data' },
    _query: { state: true },
  };

  /**
   * Entries to show instead of the bundled ones (same shape as `faqEntries` from `stem-cell-explainers/content`).
   * @default undefined
   */
  items?: readonly FaqEntry[];
  /** Opening one entry closes the others. */
  single = false;
  /** Shows a search box that filters the questions and answers. */
  search = false;
  /**
   * Date the content was last reviewed, YYYY-MM-DD.
   * @default undefined
   */
  lastReviewed?: string;
  /**
   * Date the next review is due, YYYY-MM-DD.
   * @default undefined
   */
  nextReviewDue?: string;
  /**
   * Name of the reviewer shown in the footer.
   * @default undefined
   */
  reviewedBy?: string;
  /** Adds schema.org FAQPage JSON-LD for the entries to the page. */
  structuredData = false;

  private _query = '';
  /** The ids of the entries shown, for deep links and methods. */
  private _ids = new Set<string>();
  /** Each entry's folded text, built the first time the patient searches, not at load. */
  private _haystacks?: Map<string, string>;
  private _reviewed?: Date;
  /** "Page last reviewed: … · Next review due: …", or empty. */
  private _dates = '';
  /** What each entry, by position, was drawn from in the last update, and in this one. */
  private _drawn: unknown[][] = [];
  private _drawing: unknown[][] = [];
  private _content = new EditorContent<FaqEntry>(
    this,
    () => this.items,
    () => this._locale.content.faq ?? faqEntries,
    faqChecks,
    readDetails,
  );
  private _panels = new Disclosure<string>(
    this,
    (id) => this.renderRoot.querySelector<HTMLElement>(`#a-${id}`),
    (id, open) => this._emit<FaqToggleDetail>('faq-toggle', { id, open }),
    () => this.single,
  );
  private _link = new DeepLink(
    this,
    (id) => this._ids.has(id),
    (id) => {
      this._panels.set(id, true);
      if (this._query && !this._matches(id)) this._query = '';
    },
    (id) => this.renderRoot.querySelector<HTMLElement>(`#q-${id}`),
    () => this._text,
  );

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const localeChanged = this._localeChanged;
    const entriesChanged = this._content.refresh(changed.has('items') || localeChanged) || changed.has('cellsPerKg');
    if (entriesChanged) {
      const entries = this._content.entries;
      this._ids = new Set(entries.map((e) => e.id));
      this._haystacks = undefined;
      this._panels.keep((id) => this._ids.has(id));
    }
    const datesChanged =
      !this.hasUpdated || changed.has('lastReviewed') || changed.has('nextReviewDue') || changed.has('strings') || localeChanged;
    // Formatted here, not in render(): a click re-renders, the dates do not change.
    if (datesChanged) this._dates = this._formatDates();
    if (this.structuredData && (entriesChanged || changed.has('structuredData') || changed.has('lastReviewed')))
      void this.updateComplete.then(() => this._writeStructuredData());
  }

  private _formatDates(): string {
    const tag = this.localName;
    this._reviewed = isoDate(tag, 'last-reviewed', this.lastReviewed);
    const next = isoDate(tag, 'next-review-due', this.nextReviewDue);
    if (!this._reviewed)
      once('no-review', () =>
        console.info(`<${tag}>: patient information should show when it was last reviewed; add last-reviewed="YYYY-MM-DD".`),
      );
    // The patient sees the date as given; only the editor is told it has passed.
    if (next && next.getTime() < Date.now())
      once('overdue', () => this._warn(`next-review-due="${this.nextReviewDue}" has passed; the content is due for review.`));
    const date = (d: Date) => formatDate(d, this._lang);
    const parts: string[] = [];
    if (this._reviewed) parts.push(format(this._text.lastReviewed, { date: date(this._reviewed) }));
    if (next) parts.push(format(this._text.nextReviewDue, { date: date(next) }));
    return parts.join(' · ');
  }

  private _matches(id: string, terms = this._terms()): boolean {
    this._haystacks ??= new Map(
      this._content.entries.map((e) => [e.id, fold(`${this._fill(e.question)}\n${blocksText(e.answer, this._values)}`)]),
    );
    return terms.every((t) => this._haystacks!.get(id)!.includes(t));
  }

  private _terms(): string[] {
    return fold(this._query).split(/\s+/).filter(Boolean);
  }

  private _writeStructuredData(): void {
    if (pageHasFaqPage()) console.info(`<${this.localName}>: the page already has FAQPage structured data, so structured-data adds none.`);
    else writeJsonLd(this, faqPage(this._content.entries, this._values, this._reviewed));
  }

  private _onKeydown(e: KeyboardEvent): void {
    const buttons = [...this.renderRoot.querySelectorAll<HTMLElement>('.item:not([hidden]) .q button')];
    const at = buttons.indexOf(e.target as HTMLElement);
    if (at < 0) return;
    const to = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: buttons.length - 1 }[e.key];
    if (to === undefined) return;
    e.preventDefault();
    buttons[(to + buttons.length) % buttons.length].focus();
  }

  /** Opens the entry with this id. */
  show(id: string): void {
    this._method('show', id, true);
  }

  /** Closes the entry with this id. */
  hide(id: string): void {
    this._method('hide', id, false);
  }

  /** Opens every entry (in `single` mode, only the first). */
  showAll(): void {
    this._panels.only(this._content.entries.slice(0, this.single ? 1 : undefined).map((e) => e.id));
  }

  /** Closes every entry. */
  hideAll(): void {
    this._panels.only([]);
  }

  private _method(name: string, id: unknown, open: boolean): void {
    if (typeof id === 'string' && this._ids.has(id)) this._panels.set(id, open);
    else this._warn(`${name}(${typeof id === 'string' ? `"${id.slice(0, 100)}"` : typeof id}): there is no entry with that id.`);
  }

  override render() {
    this._drawing = [];
    const t = this._text;
    const entries = this._content.entries;
    const terms = this._terms();
    const visible = terms.length ? entries.filter((e) => this._matches(e.id, terms)) : entries;
    const shown = new Set(visible);
    const allOpen = visible.length > 0 && visible.every((e) => this._panels.has(e.id));
    const regions = entries.length <= MAX_REGIONS;
    let status = '';
    if (this._query.trim())
      status = visible.length
        ? format(t.searchMatches, { shown: visible.length, total: entries.length })
        : format(t.searchNoMatch, { query: this._query.trim() });
    return html`
      <div class="controls" part="controls">
        ${this.search ? this._renderSearch() : nothing}
        ${
          this.single || !visible.length
            ? nothing
            : html`<button class="link-button all" @click=${() =>
                this._panels.setAll(
                  visible.map((e) => e.id),
                  !allOpen,
                  true,
                )}>
              ${allOpen ? t.hideAll : t.showAll}
            </button>`
        }
      </div>
      <p class="status" role="status">${status}</p>
      <div class="list" @keydown=${this._onKeydown}>${entries.map((e, at) => this._item(e, at, !shown.has(e), regions))}</div>
      ${this._renderFooter(html`${this._dates ? html`<p>${this._dates}</p>` : nothing}
        ${this.reviewedBy?.trim() ? html`<p>${format(t.reviewedBy, { name: this.reviewedBy.trim() })}</p>` : nothing}`)}
    `;
  }

  private _renderSearch() {
    return html`<div class="search">
      <label for="search">${this._text.searchQuestions}</label>
      <input id="search" part="search" type="search" autocomplete="off" .value=${this._query}
        @input=${(e: Event) => (this._query = (e.target as HTMLInputElement).value)} />
    </div>`;
  }

  /**
   * An entry re-renders only when something it shows changed: a click in a 500-entry FAQ renders one
   * item (what Lit's `guard` does, without shipping the directive). What each entry was drawn from is
   * kept by position, as Lit keeps the entry's part, and counts only once the update that drew it is
   * done: the hydration check calls render() before that.
   */
  private _item(e: FaqEntry, at: number, filtered: boolean, regions: boolean) {
    const copied = this._link.copied?.id === e.id ? this._link.copied : undefined;
    const open = this._panels.has(e.id);
    const inputs = [e, filtered, open, copied, this._level, this._text, this._values, regions];
    const drawn = this._drawn[at];
    this._drawing[at] = inputs;
    return drawn?.every((v, i) => v === inputs[i]) ? noChange : this._renderItem(e, filtered, open, regions, copied?.message);
  }

  protected override update(changed: PropertyValues<this>): void {
    super.update(changed);
    this._drawn = this._drawing;
  }

  private _renderItem(e: FaqEntry, filtered: boolean, open: boolean, regions: boolean, copied = '') {
    return html`<div class="item" part="item" ?hidden=${filtered}>
      <div class="q" role="heading" aria-level=${this._level}>
        <button id="q-${e.id}" part="question" aria-expanded=${open} aria-controls="a-${e.id}"
          @click=${() => this._panels.set(e.id, !open, true)}>
          <span>${this._fill(e.question)}</span><span class="icon" aria-hidden="true"></span>
        </button>
      </div>
      <div id="a-${e.id}" part="answer" class="a" role=${regions ? 'region' : nothing} aria-labelledby=${regions ? `q-${e.id}` : nothing}
        hidden=${open ? nothing : 'until-found'} @beforematch=${() => this._panels.set(e.id, true, true)}>
        ${renderBlocks(e.answer, this._values)}
        ${
          open // "Copy link" in open answers only: find-in-page has no use for it
            ? html`<p class="copy no-print">
          <button class="link-button" aria-label=${format(this._text.copyLinkTo, { question: e.question })}
            @click=${() => this._link.copy(e.id)}>${this._text.copyLink}</button>
          <span role="status">${copied}</span>
        </p>`
            : nothing
        }
      </div>
    </div>`;
  }
}

define('stem-cell-faq', StemCellFaq);

declare global {
  interface HTMLElementTagNameMap {
    'stem-cell-faq': StemCellFaq;
  }
  interface HTMLElementEventMap {
    'faq-toggle': CustomEvent<FaqToggleDetail>;
  }
}
