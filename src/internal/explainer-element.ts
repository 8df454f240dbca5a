import {
  LitElement,
  adoptStyles,
  html,
  isServer,
  nothing,
  type CSSResultGroup,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import { cellsPerKg as bundledRate, plausibleCellsPerKg } from '../content/dose-figure.js';
import { contentInfo } from '../content/info.js';
import { clinicNotes } from '../content/notes.js';
import { wholeNumber } from './attributes.js';
import { langOf } from './page.js';
import { VERSION } from './version.js';
import { commonStrings } from '../content/common-strings.js';
import { followLocale, localeFor, type Locale } from './locale.js';
import { bigNumber } from './numbers.js';
import { warn } from './log.js';
import { versionLine, writtenDate } from './provenance.js';
import { format, mergeStrings, type StringTable } from './strings.js';
import { baseStyles } from './styles.js';
import { renderText } from './render-text.js';

/** The strings every element shows (its footer); each element's table adds its own. */
export type CommonStrings = typeof commonStrings;

/**
 * What all three elements share: the version, the UI strings, the heading level, the clinic's dose
 * figure, console messages bound to the element's tag, and events that bubble out of shadow roots.
 * `S` is the element's own table of UI strings, so that its file carries no other element's.
 */
export class ExplainerElement<S extends CommonStrings & StringTable = CommonStrings> extends LitElement {
  /** The package version, so that two copies of the bundle on one page can be told apart. */
  static version = VERSION;
  static override styles: CSSResultGroup = baseStyles;
  static override properties: PropertyDeclarations = {
    headingLevel: { attribute: 'heading-level' },
    strings: { attribute: false },
    cellsPerKg: { attribute: 'cells-per-kg' },
    _lang: { state: true },
    _locale: { state: true },
  };

  /** Level of the element's headings, 2 to 6, to fit the page's outline. */
  headingLevel: string | number = 3;
  /**
   * The clinic's rule in cells per kg of body weight, wherever the figure appears; without it, the
   * nearest ancestor's `data-cells-per-kg` (one setting for a whole page), else the bundled rule.
   * @default undefined
   */
  cellsPerKg?: string | number;

  /** The element's UI strings in English: set by each element to its own table. */
  protected _english = commonStrings as S;
  /** The UI strings in use: the English table, with the language's and the editor's valid overrides. */
  protected _text = commonStrings as S;
  /** The heading level in use. */
  protected _level = 3;
  /** The dose rule in use, in cells per kg. */
  protected _rate = bundledRate;
  /** Values for `{cells}` and the like in content: the rule's figure in the reader's number system. */
  protected _values: Record<string, string> = {};
  /** The nearest `lang` (its own, an ancestor's or the page's), for numbers, dates and the locale. */
  protected _lang = 'en';
  /** The UI strings and content of that language (English where it has none). */
  protected _locale: Locale = localeFor('en');
  /**
   * The language figures and dates are written in: the element's, or English where the element shows
   * English sentences because its part of the language is not loaded ("at least 16 crore cells", not
   * "at least 16 करोड़ cells").
   */
  protected _numberLang = 'en';
  private _unfollow?: () => void;
  /** The language and locale of the last update. */
  private _shown: [string, Locale?] = [''];
  /**
   * Whether this update follows a change of language (or of the language's registered strings and
   * content), for subclasses' `willUpdate`: the language and locale compared with the last update's.
   */
  protected _localeChanged = false;

  /**
   * Whether this element's first update takes over server-rendered markup (a declarative shadow
   * root) instead of rendering: true only on a page that loaded a hydrating entry point, until that
   * update is done. Controllers that act on the page (the FAQ's deep links) wait for it.
   */
  protected _hydrating = false;

  /** Until the first render: the slot that shows the host's fallback markup as the page did. */
  private _fallbackSlot?: HTMLSlotElement;

  /**
   * Server-rendered markup met by a bundle without Lit's hydrate support is rendered afresh, never
   * beside a second copy of itself; with it, the first update hydrates (see `update`).
   *
   * Otherwise the shadow root starts with no style and a slot, so until the first render the host
   * shows its fallback markup exactly as the page did: nothing moves while a page's elements are
   * upgraded one after another, or while an element's content reader loads, and each element reads
   * where the patient was from what they saw (`ReadingPlace`). The first update sets the styles and
   * removes the slot, in the task that renders.
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    // Lit's hydrate support patches LitElement as lit-element is evaluated, and the patched class
    // observes `defer-hydration`. A Lit evaluated before the support (a bundler's chunk order, Vite's
    // dev server) is not patched: rendering into the server's shadow root would add a second copy.
    const canHydrate = (this.constructor as typeof LitElement).observedAttributes.includes('defer-hydration');
    if (!canHydrate && this.shadowRoot) {
      hydration?.unpatched(this);
      this.shadowRoot.replaceChildren();
    }
    this._hydrating = canHydrate && this.shadowRoot !== null;
    if (this.shadowRoot) return super.createRenderRoot();
    const root = this.attachShadow((this.constructor as typeof LitElement).shadowRootOptions);
    this._fallbackSlot = root.appendChild(document.createElement('slot'));
    return root;
  }

  /**
   * The first update of server-rendered markup goes through the hydration check of the hydrating
   * entry points (src/internal/hydration.ts registers it with `supportHydration`): markup that
   * differs from what this page shows, or that cannot be hydrated, is rendered afresh. Bundles
   * without hydration carry none of that code.
   */
  protected override update(changed: PropertyValues<this>): void {
    // Nothing to show (the English text a bare tag or refused content needs did not load): the page's
    // own markup stays as the page showed it, rather than an empty element.
    if (this._fallbackSlot && !this._hasEntries()) return;
    if (this._fallbackSlot) {
      this._fallbackSlot.remove();
      this._fallbackSlot = undefined;
      adoptStyles(this.renderRoot as ShadowRoot, (this.constructor as typeof LitElement).elementStyles);
    }
    if (this._hydrating && hydration) hydration.update(this, () => super.update(changed));
    else super.update(changed);
    this._hydrating = false;
  }

  /** Whether the element has content to show; the FAQ and the steps have none when their text failed to load. */
  protected _hasEntries(): boolean {
    return true;
  }

  /** Code the next update needs that is still loading (an element's content reader, its English text), or nothing. */
  protected _loading(): Promise<unknown> | undefined {
    return undefined;
  }

  /**
   * Server-rendered markup in a language whose file has not registered yet (the hydrate bundle has
   * no language of its own) is taken over once it has, or once the page has loaded: never rendered
   * in English in between. Code the update needs that is still loading (an element's content reader,
   * `_loading()`) is waited for too, so that the element renders, or hydrates, once.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const waits = [this._hydrating ? hydration?.ready(this) : undefined, this._loading()].filter(Boolean);
    // Asked again once it has loaded: what loaded may need more (the reader finds no valid entries: the text).
    return waits.length ? Promise.all(waits).then(() => this.scheduleUpdate()) : super.scheduleUpdate();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this._unfollow = followLocale(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._unfollow?.();
  }

  /** Reads the nearest `lang` again: on connection, when it changes, and when a language is registered. */
  _syncLocale(): void {
    this._lang = langOf(this);
    this._locale = localeFor(this._lang);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A server never connects the element: its language is read here, from its own `lang`.
    if (isServer) this._syncLocale();
    const localeChanged = (this._localeChanged = this._lang !== this._shown[0] || this._locale !== this._shown[1]);
    this._shown = [this._lang, this._locale];
    if ((changed as PropertyValues).has('strings') || localeChanged)
      // `strings` (a reactive property declared here) is typed and documented by each element, with its own table.
      this._text = mergeStrings(this.localName, (this as { strings?: unknown }).strings, this._english, this._locale.strings);
    if (localeChanged)
      this._numberLang =
        this._lang.toLowerCase().startsWith('en') || hasOwnStrings(this._english, this._locale.strings) ? this._lang : 'en';
    if (changed.has('headingLevel')) this._level = wholeNumber(this.localName, 'heading-level', this.headingLevel, 2, 6, 3);
    if (!this.hasUpdated || changed.has('cellsPerKg') || localeChanged) {
      const page = this.parentElement?.closest('[data-cells-per-kg]');
      const [name, value] =
        this.cellsPerKg != null ? ['cells-per-kg', this.cellsPerKg] : ['data-cells-per-kg', page?.getAttribute('data-cells-per-kg')];
      this._rate = wholeNumber(this.localName, name, value, 1, Infinity, bundledRate);
      // As the embed builder and the WordPress plugin ask their editors to confirm such a figure.
      if (this._rate < plausibleCellsPerKg[0] || this._rate > plausibleCellsPerKg[1])
        warn(
          this.localName,
          `${name}="${value}" (${this._rate} per kg) is far from the clinic document’s ${bigNumber(bundledRate, 'en')} per kg: check that it is your clinic’s figure, and not a slip.`,
        );
      // In the words of the content the figure sits in: English text where the language's is not loaded.
      const english = !this._lang.toLowerCase().startsWith('en') && !this._hasOwnContent();
      this._values = { cells: bigNumber(this._rate, english ? 'en' : this._lang, { own: this._locale.numbers }) };
    }
  }

  /**
   * Whether the content the figure sits in is in the element's language. The FAQ's and the steps' may be
   * the page's own (their fallback markup), in its language; the dose note says otherwise where its
   * language's text is not loaded and it shows the English rule.
   */
  protected _hasOwnContent(): boolean {
    return true;
  }

  /**
   * `en` where the element's words are English on a page in another language (its part of the language
   * is not loaded, or there is none), so that a screen reader reads them with an English voice; else
   * `undefined`. Around the bundled (English) text the whole element is marked; around the page's own (its
   * fallback markup, in its language) the FAQ and the steps mark their controls and footer, where their
   * words stand.
   */
  protected _wordsLang(): string | undefined {
    return this._numberLang === this._lang ? undefined : 'en';
  }

  /** The day the content in the reader's language was written (or last checked against the clinic's document). */
  protected _contentDate(): Date {
    return writtenDate(this._locale.content.info ?? contentInfo);
  }

  /**
   * The clinic's disclaimer and where the content comes from, after any element-specific lines.
   * The disclaimer is content, not a UI string: `strings` cannot remove it; `::part(footer)` restyles it.
   * Content an editor wrote is theirs: the footer then names no version of ours.
   */
  protected _renderFooter(extra?: unknown, editorContent = false): TemplateResult {
    const info = this._locale.content.info ?? contentInfo;
    const notes = this._locale.content.notes ?? clinicNotes;
    // Each line as the fallback's footer writes it (footerHtml()), English words in another script's text marked.
    const version = editorContent
      ? nothing
      : html`<p>${renderText(versionLine(this._text.contentVersion, info, this._numberLang), {})}</p>`;
    // Beside the editor's own content (the page's language) the footer marks its own English words.
    return html`<div class="footer" part="footer" lang=${(editorContent && this._wordsLang()) || nothing}>
      ${extra}
      <p class="disclaimer">${renderText(notes.disclaimer, {})}</p>
      ${version}
    </div>`;
  }

  /** Content text with its `{cells}` figure filled in. */
  protected _fill(text: string): string {
    return format(text, this._values);
  }

  /** Dispatches an event that bubbles and crosses shadow roots, as native events do. */
  protected _emit<T>(name: string, detail: T): void {
    this.dispatchEvent(new CustomEvent<T>(name, { detail, bubbles: true, composed: true }));
  }

  /** A console warning for the editor, naming this element. */
  protected _warn(message: string): void {
    warn(this.localName, message);
  }
}

/**
 * The element's copy of the fallback markup's footer paragraph `k`: every road writes the footer's
 * lines in the element's order (footerLines() in src/internal/bundled.ts), for the reading place.
 */
export const footerLine = (el: { readonly renderRoot: ParentNode }, k: number): Element | undefined =>
  el.renderRoot.querySelectorAll('[part="footer"] > p')[k];

/** Whether a language's strings hold any of an element's own (beyond the footer's): its part of the language is loaded. */
export const hasOwnStrings = (english: object, strings: object): boolean =>
  Object.keys(english).some((key) => !(key in commonStrings) && key in strings);

/** How an element's first update takes over server-rendered markup. */
export interface Hydration {
  /** What the first update waits for, if anything: the language file of markup in another language. */
  ready(el: ExplainerElement): Promise<void> | undefined;
  /** Runs the first update; `update` is Lit's own. */
  update(el: ExplainerElement, update: () => void): void;
  /** Says why server-rendered markup is rendered again: Lit's hydrate support came after Lit. */
  unpatched(el: ExplainerElement): void;
}
let hydration: Hydration | undefined;

/** Called once by src/internal/hydration.ts, which only the hydrating entry points import. */
export function supportHydration(hooks: Hydration): void {
  hydration = hooks;
}
