import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { faqEntries } from '../../content/faq.js';
import { clinicNotes } from '../../content/notes.js';
import type { FaqEntry } from '../../content/types.js';
import { blocksText, faqChecks, nodesToBlocks, readJsonChild, renderBlocks, validEntries } from '../../internal/content.js';
import { formatDate, isoDate } from '../../internal/dates.js';
import { VERSION, define, headingLevel, parsed, langOf } from '../../internal/define.js';
import { pageHasFaqPage, writeJsonLd } from '../../internal/json-ld.js';
import { defaultStrings, format, mergeStrings, warn, type Strings } from '../../internal/strings.js';
import { animateOpen, baseStyles } from '../../internal/styles.js';
import { faqStyles } from './stem-cell-faq.styles.js';

const TAG = 'stem-cell-faq';
/** Above this many panels, regions would crowd the landmarks list (WAI-ARIA APG accordion). */
const MAX_REGIONS = 6;

export interface FaqToggleDetail {
  id: string;
  open: boolean;
}

const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
const slug = (s: string) => fold(s).replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 80) || 'question';

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
export class StemCellFaq extends LitElement {
  /** The package version, so that two copies of the bundle on one page can be told apart. */
  static version = VERSION;
  static override styles = [baseStyles, faqStyles];
  static override properties = {
    items: { attribute: false },
    headingLevel: { attribute: 'heading-level' },
    single: { type: Boolean },
    search: { type: Boolean },
    lastReviewed: { attribute: 'last-reviewed' },
    nextReviewDue: { attribute: 'next-review-due' },
    reviewedBy: { attribute: 'reviewed-by' },
    structuredData: { type: Boolean, attribute: 'structured-data' },
    strings: { attribute: false },
    _open: { state: true },
    _query: { state: true },
    _copied: { state: true },
  };

  /** Entries to show instead of the bundled ones (same shape as `faqEntries` from `stem-cell-explainers/content`). */
  items?: readonly FaqEntry[] = undefined;
  /** Level of the question headings, 2 to 6, to fit the page's outline. */
  headingLevel: string | number = 3;
  /** Opening one entry closes the others. */
  single = false;
  /** Shows a search box that filters the questions and answers. */
  search = false;
  /** Date the content was last reviewed, YYYY-MM-DD. */
  lastReviewed?: string = undefined;
  /** Date the next review is due, YYYY-MM-DD. */
  nextReviewDue?: string = undefined;
  /** Name of the reviewer shown in the footer. */
  reviewedBy?: string = undefined;
  /** Adds schema.org FAQPage JSON-LD for the entries to the page. */
  structuredData = false;
  /** Overrides for any UI string (see the strings table in the README). */
  strings?: Partial<Strings> = undefined;

  private _open = new Set<string>();
  private _query = '';
  private _copied?: { id: string; message: string };
  /** Content read from the light DOM (JSON or fallback markup), and whether it changed since the last update. */
  private _light: unknown;
  private _contentChanged = false;
  private _entries: readonly FaqEntry[] = faqEntries;
  private _haystacks = new Map<string, string>();
  private _text: Strings = defaultStrings;
  private _level = 3;
  private _animate?: string;
  private _reviewed?: Date;
  private _nextDue?: Date;
  /** "Page last reviewed: … · Next review due: …", or empty. */
  private _dates = '';
  /** 'load' or 'change' while the URL hash still has to be applied. */
  private _hash?: 'load' | 'change' = 'load';
  private _scrollTo?: { id: string; smooth: boolean };
  private _onHash = () => {
    this._hash = 'change';
    this.requestUpdate();
  };

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('hashchange', this._onHash);
    parsed.then(() => this._readLight());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('hashchange', this._onHash);
  }

  protected override async scheduleUpdate(): Promise<void> {
    await parsed;
    super.scheduleUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hasUpdated || changed.has('items') || this._contentChanged) {
      this._contentChanged = true;
      this._entries = validEntries(TAG, this.items ?? this._light, faqEntries, faqChecks);
      this._haystacks = new Map(this._entries.map((e) => [e.id, fold(`${e.question}\n${blocksText(e.answer)}`)]));
      this._open = new Set([...this._open].filter((id) => this._haystacks.has(id)));
    }
    if (changed.has('strings')) this._text = mergeStrings(TAG, this.strings);
    if (changed.has('headingLevel')) this._level = headingLevel(TAG, this.headingLevel);
    if (changed.has('lastReviewed')) this._reviewed = isoDate(TAG, 'last-reviewed', this.lastReviewed);
    if (changed.has('nextReviewDue')) this._nextDue = isoDate(TAG, 'next-review-due', this.nextReviewDue);
    if (changed.has('lastReviewed') || changed.has('nextReviewDue') || changed.has('strings')) {
      // Formatted here, not in render(): a click re-renders, the dates do not change.
      const lang = langOf(this);
      this._dates = [
        [this._text.lastReviewed, this._reviewed],
        [this._text.nextReviewDue, this._nextDue],
      ]
        .flatMap(([label, d]) => (d ? [format(label as string, { date: formatDate(d as Date, lang) })] : []))
        .join(' · ');
    }
    if (this._hash) this._applyHash();
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (this._scrollTo) {
      const button = this.renderRoot.querySelector<HTMLElement>(`#q-${this._scrollTo.id}`);
      button?.scrollIntoView({ block: 'start', behavior: this._scrollTo.smooth ? 'smooth' : 'auto' });
      button?.focus({ preventScroll: true });
      this._scrollTo = undefined;
    }
    if (this._animate) animateOpen(this.renderRoot.querySelector<HTMLElement>(`#a-${this._animate}`));
    this._animate = undefined;
    if (this.structuredData && (this._contentChanged || changed.has('structuredData') || changed.has('lastReviewed'))) this._writeStructuredData();
    this._contentChanged = false;
  }

  private _readLight(): void {
    const json = readJsonChild(this, TAG);
    const details = this.querySelectorAll(':scope > details');
    if (json === undefined && !details.length) return;
    this._contentChanged = true;
    this.requestUpdate();
    if (json !== undefined) {
      this._light = json;
      return;
    }
    this._light = [...details].map((d) => {
      const question = d.querySelector(':scope > summary')?.textContent?.trim().replace(/\s+/g, ' ') ?? '';
      const rest = [...d.childNodes].filter((n) => !(n instanceof Element && n.localName === 'summary'));
      return { id: d.id || slug(question), question, answer: nodesToBlocks(rest) };
    });
  }

  /** Opens the entry the URL hash names, if any; called before rendering so it costs no extra update. */
  private _applyHash(): void {
    let id = '';
    try {
      id = decodeURIComponent(location.hash.slice(1));
    } catch {
      return; // a malformed hash names nothing
    }
    if (!this._haystacks.has(id)) return;
    // Scroll smoothly to a link followed on the page, jump on load, and never animate against the patient's wish.
    this._scrollTo = { id, smooth: this._hash === 'change' && !matchMedia('(prefers-reduced-motion: reduce)').matches };
    this._hash = undefined;
    this._setOpen(id, true);
    if (this._query && !this._matches(id)) this._query = '';
  }

  private _matches(id: string, terms = this._terms()): boolean {
    return terms.every((t) => this._haystacks.get(id)!.includes(t));
  }

  private _terms(): string[] {
    return fold(this._query).split(/\s+/).filter(Boolean);
  }

  private _setOpen(id: string, open: boolean, byUser = false): void {
    if (this._open.has(id) === open) return;
    const next = new Set(this.single && open ? [] : this._open);
    for (const closed of this._open) if (!next.has(closed) && closed !== id && byUser) this._emit(closed, false);
    open ? next.add(id) : next.delete(id);
    this._open = next;
    if (open) this._animate = id;
    if (byUser) this._emit(id, open);
  }

  /** Show all / Hide all: one new set, and an event for each entry the patient's click changed. */
  private _setAll(entries: readonly FaqEntry[], open: boolean): void {
    const next = new Set(this._open);
    for (const { id } of entries)
      if (next.has(id) !== open) {
        open ? next.add(id) : next.delete(id);
        this._emit(id, open);
      }
    this._open = next;
  }

  private _emit(id: string, open: boolean): void {
    this.dispatchEvent(new CustomEvent<FaqToggleDetail>('faq-toggle', { detail: { id, open }, bubbles: true, composed: true }));
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

  private async _copy(entry: FaqEntry): Promise<void> {
    const url = new URL(`#${entry.id}`, location.href).href;
    try {
      await navigator.clipboard.writeText(url);
      this._copied = { id: entry.id, message: this._text.linkCopied };
    } catch {
      this._copied = { id: entry.id, message: format(this._text.linkNotCopied, { url }) };
    }
  }

  private _writeStructuredData(): void {
    if (pageHasFaqPage()) {
      console.info(`<${TAG}>: the page already has FAQPage structured data, so structured-data adds none.`);
      return;
    }
    const reviewed = this._reviewed;
    writeJsonLd(this, {
      '@context': 'https://schema.org',
      '@type': ['FAQPage', 'MedicalWebPage'],
      ...(reviewed && { lastReviewed: reviewed.toISOString().slice(0, 10) }),
      mainEntity: this._entries.map((e) => ({
        '@type': 'Question',
        name: e.question,
        acceptedAnswer: { '@type': 'Answer', text: blocksText(e.answer) },
      })),
    });
  }

  /** Opens the entry with this id. */
  show(id: string): void {
    this._method('show', id, true);
  }

  /** Closes the entry with this id. */
  hide(id: string): void {
    this._method('hide', id, false);
  }

  private _method(name: string, id: unknown, open: boolean): void {
    if (typeof id === 'string' && this._haystacks.has(id)) this._setOpen(id, open);
    else warn(TAG, `${name}(${typeof id === 'string' ? `"${id.slice(0, 100)}"` : typeof id}): there is no entry with that id.`);
  }

  /** Opens every entry (in `single` mode, only the first). */
  showAll(): void {
    this._open = new Set(this._entries.slice(0, this.single ? 1 : undefined).map((e) => e.id));
  }

  /** Closes every entry. */
  hideAll(): void {
    this._open = new Set();
  }

  override render() {
    const t = this._text;
    const terms = this._terms();
    const visible = terms.length ? this._entries.filter((e) => this._matches(e.id, terms)) : this._entries;
    const shown = new Set(visible);
    const allOpen = visible.length > 0 && visible.every((e) => this._open.has(e.id));
    return html`
      <div class="controls" part="controls">
        ${this.search
          ? html`<div class="search">
              <label for="search">${t.searchQuestions}</label>
              <input id="search" part="search" type="search" autocomplete="off" .value=${this._query}
                @input=${(e: Event) => (this._query = (e.target as HTMLInputElement).value)} />
            </div>`
          : nothing}
        ${this.single || !visible.length
          ? nothing
          : html`<button class="link-button all" @click=${() => this._setAll(visible, !allOpen)}>
              ${allOpen ? t.hideAll : t.showAll}
            </button>`}
      </div>
      <p class="status" role="status">
        ${this._query.trim()
          ? visible.length
            ? format(t.searchMatches, { shown: visible.length, total: this._entries.length })
            : format(t.searchNoMatch, { query: this._query.trim() })
          : ''}
      </p>
      <div class="list" @keydown=${this._onKeydown}>${this._entries.map((e) => this._guardedItem(e, !shown.has(e)))}</div>
      ${this._renderFooter()}
    `;
  }

  /** An entry re-renders only when something it shows changed: a click in a 500-entry FAQ renders one item. */
  private _guardedItem(e: FaqEntry, filtered: boolean) {
    const copied = this._copied?.id === e.id ? this._copied : undefined;
    return guard([e, filtered, this._open.has(e.id), copied, this._level, this._text, this._entries.length <= MAX_REGIONS], () => this._renderItem(e, filtered));
  }

  private _renderItem(e: FaqEntry, filtered: boolean) {
    const open = this._open.has(e.id);
    const regions = this._entries.length <= MAX_REGIONS;
    return html`<div class="item" part="item" ?hidden=${filtered}>
      <div class="q" role="heading" aria-level=${this._level}>
        <button id="q-${e.id}" part="question" aria-expanded=${open} aria-controls="a-${e.id}" @click=${() => this._setOpen(e.id, !open, true)}>
          <span>${e.question}</span><span class="icon" aria-hidden="true"></span>
        </button>
      </div>
      <div id="a-${e.id}" part="answer" class="a" role=${regions ? 'region' : nothing} aria-labelledby=${regions ? `q-${e.id}` : nothing}
        hidden=${open ? nothing : 'until-found'} @beforematch=${() => this._setOpen(e.id, true, true)}>
        ${renderBlocks(e.answer)}
        <p class="copy no-print">
          <button class="link-button" aria-label=${format(this._text.copyLinkTo, { question: e.question })} @click=${() => this._copy(e)}>${this._text.copyLink}</button>
          <span role="status">${this._copied?.id === e.id ? this._copied.message : ''}</span>
        </p>
      </div>
    </div>`;
  }

  private _renderFooter() {
    const t = this._text;
    return html`<div class="footer" part="footer">
      <p>${clinicNotes.disclaimer}</p>
      ${this._dates ? html`<p>${this._dates}</p>` : nothing}
      ${this.reviewedBy?.trim() ? html`<p>${format(t.reviewedBy, { name: this.reviewedBy.trim() })}</p>` : nothing}
    </div>`;
  }
}

define(TAG, StemCellFaq);

declare global {
  interface HTMLElementTagNameMap {
    'stem-cell-faq': StemCellFaq;
  }
  interface HTMLElementEventMap {
    'faq-toggle': CustomEvent<FaqToggleDetail>;
  }
}
