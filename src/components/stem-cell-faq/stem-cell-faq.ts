import { html, isServer, nothing, type PropertyValues } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { commonStrings } from '../../content/common-strings.js';
import { faqIds } from '../../content/faq-ids.js';
import { faqStrings } from '../../content/faq-strings.js';
import type { FaqEntry } from '../../content/types.js';
import { blocksText, renderBlocks } from '../../internal/blocks.js';
import { renderText } from '../../internal/render-text.js';
import { define } from '../../internal/define.js';
import { Disclosure } from '../../internal/disclosure.js';
import { EditorContent } from '../../internal/editor-content.js';
import { ExplainerElement } from '../../internal/explainer-element.js';
import { warn } from '../../internal/log.js';
import { markServerRendered } from '../../internal/render-digest.js';
import { moveBetweenQuestions } from './arrow-keys.js';
import { DeepLink } from './deep-link.js';
import { FallbackHandover } from './fallback-handover.js';
import { FaqSearch } from './faq-search.js';
import { FaqStructuredData } from './faq-structured-data.js';
import { ReviewFooter } from './review-dates.js';
import { answerId, answersAreRegions, entryOf, questionId, renderItem, renderShowAll } from './faq-templates.js';
import { faqStyles } from './stem-cell-faq.styles.js';

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
 * @csspart footer - The review dates and reviewer, the clinic's disclaimer and the content version.
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
 * @fires {CustomEvent<FaqToggleDetail>} faq-toggle - When the patient opens or closes an entry; `detail`: `{ id, open }` (the entry's `id`).
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
  /**
   * Shows a search box that filters the questions and answers. How many match shows as the patient
   * types, and screen readers say it once they pause.
   */
  search = false;
  /**
   * Date the content was last reviewed, YYYY-MM-DD; not after today (a later one is a console warning).
   * @default undefined
   */
  lastReviewed?: string;
  /**
   * Date the next review is due, YYYY-MM-DD; after `last-reviewed` (one on or before it is a console warning).
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
  private _entryIds = new Set<string>();
  private _content = new EditorContent<FaqEntry, readonly FaqEntry[]>(this, {
    given: () => this.items,
    bundled: (english) => this._locale.content.faq ?? english,
    ids: () => faqIds,
    // Only a page whose HTML holds no text shows it (#27): every page we hand out has the text in its HTML.
    english: () => import('./english-text.js').then((m) => m.faqEntries),
    text: () => ({ lang: this._lang, loaded: Boolean(this._locale.content.faq) }),
    load: () => import('./read-details.js').then((m) => m.faqReader),
  });
  private _review = new ReviewFooter(this, {
    writtenOn: () => (this._content.withBundled ? this._contentDate() : undefined),
    strings: () => this._text,
    lang: () => this._numberLang,
  });
  private _search = new FaqSearch(this, {
    entries: () => this._content.entries,
    text: (e) => `${this._fill(e.question)}\n${blocksText(e.answer, this._values)}`,
    lang: () => this._lang,
  });
  private _openAnswers = new Disclosure<string>(this, {
    panel: (id) => this.renderRoot.querySelector<HTMLElement>(`#${answerId(id)}`),
    onToggle: (id, open) => {
      // "Link copied" belongs to the press that said it: reopened, the answer's status line is empty.
      if (!open) this._deepLink.forget(id);
      this._emit<FaqToggleDetail>('faq-toggle', { id, open });
    },
    single: () => this.single,
  });
  private _structuredData = new FaqStructuredData(this, {
    entries: () => this._content.entries,
    values: () => this._values,
    reviewed: () => this._review.reviewed,
  });
  private _deepLink = new DeepLink(this, {
    has: (id) => this._entryIds.has(id),
    reveal: (id) => {
      this._openAnswers.set(id, true);
      this._search.reveal(id);
    },
    target: (id) => this.renderRoot.querySelector<HTMLElement>(`#${questionId(id)}`),
    strings: () => this._text,
    hydrating: () => this._hydrating,
  });

  constructor() {
    super();
    // What the patient opened or focused in the fallback markup before this took over is kept.
    new FallbackHandover(this, {
      open: (ids) => {
        const shown = ids.filter((id) => this._entryIds.has(id));
        this._openAnswers.setAll(this.single ? shown.slice(-1) : shown, true);
      },
      hydrating: () => this._hydrating,
    });
  }

  protected override _loading() {
    return this._content.loading();
  }

  protected override _hasEntries() {
    return this._content.entries.length > 0;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const localeChanged = this._localeChanged;
    const entriesChanged = this._content.refresh(changed.has('items') || localeChanged) || changed.has('cellsPerKg');
    if (entriesChanged) {
      this._entryIds = new Set(this._content.entries.map((e) => e.id));
      this._search.reindex();
      this._openAnswers.keep((id) => this._entryIds.has(id));
    }
    // Worked out here, not in render(): a click re-renders, the dates do not change.
    if (
      !this.hasUpdated ||
      changed.has('lastReviewed') ||
      changed.has('nextReviewDue') ||
      changed.has('reviewedBy') ||
      changed.has('strings') ||
      localeChanged
    )
      this._review.read();
    if (!isServer && this.structuredData && (entriesChanged || changed.has('structuredData') || changed.has('lastReviewed')))
      this._structuredData.write();
    // On a server: a fingerprint of what this renders, which the browser checks before hydrating.
    if (isServer) markServerRendered(this);
  }

  /** `updateComplete` also waits for the JSON-LD of this update, which is written once its file has loaded. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    await this._structuredData.written;
    return done;
  }

  /** Opens the entry with this id. */
  show(id: string): void {
    this._setById('show', id, true);
  }

  /** Closes the entry with this id. */
  hide(id: string): void {
    this._setById('hide', id, false);
  }

  /** Opens every entry (in `single` mode, only the first). */
  showAll(): void {
    this._openAnswers.only(this._content.entries.slice(0, this.single ? 1 : undefined).map((e) => e.id));
  }

  /** Closes every entry. */
  hideAll(): void {
    this._openAnswers.only([]);
  }

  /** Opens or closes an entry for a script, which may pass anything: `show(42)` is an editor's mistake to report. */
  private _setById(method: string, id: unknown, open: boolean): void {
    if (typeof id === 'string' && this._entryIds.has(id)) return this._openAnswers.set(id, open);
    const given = typeof id === 'string' ? `"${id.slice(0, 100)}"` : typeof id;
    warn(this.localName, `${method}(${given}): there is no entry with that id.`);
  }

  override render() {
    const strings = this._text;
    const entries = this._content.entries;
    const visible = this._search.visible();
    const shown = new Set(visible);
    const ids = visible.map((entry) => entry.id);
    const allOpen = ids.length > 0 && ids.every((id) => this._openAnswers.has(id));
    const asRegions = answersAreRegions(entries.length);
    // English words around the page's own questions (in the page's language) are marked where they stand.
    const words = this._wordsLang();
    const own = !this._content.bundled;
    return html`<div lang=${(!own && words) || nothing}>
      <div class="controls" part="controls" lang=${(own && words) || nothing}>
        ${this.search ? this._search.renderBox(strings.searchQuestions) : nothing}
        ${this.single || !visible.length ? nothing : renderShowAll({ allOpen, strings, toggle: () => this._openAnswers.setAll(ids, !allOpen, true) })}
      </div>
      ${this._search.renderStatus(strings, visible.length)}
      <div class="list" @keydown=${this._onKeydown} @click=${this._onToggle} @beforematch=${this._onToggle}>${entries.map((entry) => this._renderEntry(entry, !shown.has(entry), asRegions))}</div>
      ${this._renderFooter(this._review.render(), !this._content.bundled)}
    </div>`;
  }

  private _onKeydown(e: KeyboardEvent): void {
    moveBetweenQuestions(e, [...this.renderRoot.querySelectorAll<HTMLElement>('.item:not([hidden]) .q button')]);
  }

  /** A question clicked toggles its answer; an answer find-in-page found opens (its `beforematch` bubbles). */
  private _onToggle(e: Event): void {
    const entry = entryOf(e);
    if (entry) this._openAnswers.set(entry.id, entry.question ? !this._openAnswers.has(entry.id) : true, true);
  }

  /** An entry re-renders only when something it shows changed: a click in a 500-entry FAQ renders one item. */
  private _renderEntry(entry: FaqEntry, filtered: boolean, asRegion: boolean) {
    const { id } = entry;
    const copied = this._deepLink.copiedMessage(id);
    const open = this._openAnswers.has(id);
    return guard([entry, filtered, open, copied, this._level, this._text, this._values, asRegion], () => {
      const question = this._fill(entry.question);
      return renderItem({
        id,
        filtered,
        open,
        asRegion,
        level: this._level,
        question: renderText(entry.question, this._values),
        answer: renderBlocks(entry.answer, this._values),
        copyButton: open ? this._deepLink.renderCopyButton(id, question) : nothing,
      });
    });
  }
}

define('stem-cell-faq', StemCellFaq);

declare global {
  interface HTMLElementTagNameMap {
    'stem-cell-faq': StemCellFaq;
  }
  // On the element, the document and the window alike: the events bubble and cross shadow roots.
  interface GlobalEventHandlersEventMap {
    'faq-toggle': CustomEvent<FaqToggleDetail>;
  }
}
