import { html, isServer, nothing, type PropertyValues } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { commonStrings } from '../../content/common-strings.js';
import { faqEntries } from '../../content/faq.js';
import { faqStrings } from '../../content/faq-strings.js';
import type { FaqEntry } from '../../content/types.js';
import { blocksText, renderBlocks } from '../../internal/blocks.js';
import { define } from '../../internal/define.js';
import { Disclosure } from '../../internal/disclosure.js';
import { EditorContent } from '../../internal/editor-content.js';
import { ExplainerElement } from '../../internal/explainer-element.js';
import { advise, warn } from '../../internal/log.js';
import { markServerRendered } from '../../internal/render-digest.js';
import { format } from '../../internal/strings.js';
import { moveBetweenQuestions } from './arrow-keys.js';
import { DeepLink } from './deep-link.js';
import { FaqSearch } from './faq-search.js';
import { readReviewDates, reviewLine, type ReviewDates } from './review-dates.js';
import { faqStyles } from './stem-cell-faq.styles.js';

/** Above this many panels, regions would crowd the landmarks list (WAI-ARIA APG accordion). */
const MAX_REGIONS = 6;

/** The FAQ's UI strings in English: the footer's and its own. */
const english = { ...commonStrings, ...faqStrings };
export type FaqStrings = typeof english;

export interface FaqToggleDetail {
  id: string;
  open: boolean;
}

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
export class StemCellFaq extends ExplainerElement<FaqStrings> {
  static override styles = [ExplainerElement.styles, faqStyles];
  static override properties = {
    items: { attribute: false },
    single: { type: Boolean },
    search: { type: Boolean },
    lastReviewed: { attribute: 'last-reviewed' },
    nextReviewDue: { attribute: 'next-review-due' },
    reviewedBy: { attribute: 'reviewed-by' },
    structuredData: { type: Boolean, attribute: 'structured-data' },
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

  /**
   * Overrides for any of its UI strings (see docs/content.md, UI strings).
   * @default undefined
   */
  strings?: Partial<FaqStrings>;

  protected override _english = english;
  /** The ids of the entries shown, for deep links and methods. */
  private _ids = new Set<string>();
  private _review: ReviewDates = {};
  /** The JSON-LD being written, if any. */
  private _jsonLd?: Promise<void>;
  /** "Page last reviewed: … · Next review due: …", or empty. */
  private _dates = '';
  private _content = new EditorContent<FaqEntry>(this, {
    given: () => this.items,
    bundled: () => this._locale.content.faq ?? faqEntries,
    load: () => import('./read-details.js').then((m) => m.faqReader),
  });
  private _search = new FaqSearch(this, {
    entries: () => this._content.entries,
    text: (e) => `${this._fill(e.question)}\n${blocksText(e.answer, this._values)}`,
  });
  private _panels = new Disclosure<string>(this, {
    panel: (id) => this.renderRoot.querySelector<HTMLElement>(`#a-${id}`),
    onToggle: (id, open) => this._emit<FaqToggleDetail>('faq-toggle', { id, open }),
    single: () => this.single,
  });
  private _link = new DeepLink(this, {
    has: (id) => this._ids.has(id),
    reveal: (id) => {
      this._panels.set(id, true);
      if (!this._search.matches(this._content.entries.find((e) => e.id === id)!)) this._search.setQuery('');
    },
    target: (id) => this.renderRoot.querySelector<HTMLElement>(`#q-${id}`),
    strings: () => this._text,
    hydrating: () => this._hydrating,
  });

  protected override _loading() {
    return this._content.loading();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const localeChanged = this._localeChanged;
    const entriesChanged = this._content.refresh(changed.has('items') || localeChanged) || changed.has('cellsPerKg');
    if (entriesChanged) {
      this._ids = new Set(this._content.entries.map((e) => e.id));
      this._search.reindex();
      this._panels.keep((id) => this._ids.has(id));
    }
    // Worked out here, not in render(): a click re-renders, the dates do not change.
    if (!this.hasUpdated || changed.has('lastReviewed') || changed.has('nextReviewDue') || changed.has('strings') || localeChanged) {
      this._review = readReviewDates(this.localName, this, this._content.bundled ? this._contentDate() : undefined);
      this._dates = reviewLine(this._review, this._text, this._lang);
    }
    if (this.structuredData && (entriesChanged || changed.has('structuredData') || changed.has('lastReviewed')))
      this._jsonLd = this._writeStructuredData();
    // On a server: a fingerprint of what this renders, which the browser checks before hydrating.
    if (isServer) markServerRendered(this);
  }

  /** `updateComplete` also waits for the JSON-LD of this update, which is written once its file has loaded. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    await this._jsonLd;
    return done;
  }

  /** JSON-LD is its own file (dist/cdn/structured-data.js), loaded only by an FAQ that has `structured-data`. */
  private async _writeStructuredData(): Promise<void> {
    const jsonLd = await import('../../internal/structured-data.js').catch((e: Error) => {
      warn(this.localName, `structured data could not be added: its file did not load (${e.message}).`);
    });
    if (!jsonLd) return;
    const { faqPage, pageHasFaqPage, writeJsonLd } = jsonLd;
    if (pageHasFaqPage()) advise(this.localName, 'the page already has FAQPage structured data, so structured-data adds none.');
    else writeJsonLd(this, faqPage(this._content.entries, this._values, this._review.reviewed));
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
    else warn(this.localName, `${name}(${typeof id === 'string' ? `"${id.slice(0, 100)}"` : typeof id}): there is no entry with that id.`);
  }

  override render() {
    const t = this._text;
    const entries = this._content.entries;
    const visible = this._search.visible();
    const shown = new Set(visible);
    const allOpen = visible.length > 0 && visible.every((e) => this._panels.has(e.id));
    const regions = entries.length <= MAX_REGIONS;
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
      <p class="status" role="status">${this._search.status(t, visible.length)}</p>
      <div class="list" @keydown=${this._onKeydown}>${entries.map((e) => this._renderEntry(e, !shown.has(e), regions))}</div>
      ${this._renderFooter(
        html`${this._dates ? html`<p>${this._dates}</p>` : nothing}
        ${!this._review.predates && this.reviewedBy?.trim() ? html`<p>${format(t.reviewedBy, { name: this.reviewedBy.trim() })}</p>` : nothing}`,
        !this._content.bundled,
      )}
    `;
  }

  private _onKeydown(e: KeyboardEvent): void {
    moveBetweenQuestions(e, [...this.renderRoot.querySelectorAll<HTMLElement>('.item:not([hidden]) .q button')]);
  }

  private _renderSearch() {
    return html`<div class="search">
      <label for="search">${this._text.searchQuestions}</label>
      <input id="search" part="search" type="search" autocomplete="off" .value=${this._search.query}
        @input=${(e: Event) => this._search.setQuery((e.target as HTMLInputElement).value)} />
    </div>`;
  }

  /** An entry re-renders only when something it shows changed: a click in a 500-entry FAQ renders one item. */
  private _renderEntry(e: FaqEntry, filtered: boolean, regions: boolean) {
    const copied = this._link.copied?.id === e.id ? this._link.copied.message : '';
    const open = this._panels.has(e.id);
    return guard([e, filtered, open, copied, this._level, this._text, this._values, regions], () =>
      this._renderItem(e, filtered, open, regions, copied),
    );
  }

  private _renderItem(e: FaqEntry, filtered: boolean, open: boolean, regions: boolean, copied: string) {
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
          <button class="link-button" aria-label=${format(this._text.copyLinkTo, { question: this._fill(e.question) })}
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
