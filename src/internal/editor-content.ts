import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { parsed } from './define.js';
import { localeFor } from './locale.js';
import { fail, warn } from './log.js';

type Host = ReactiveControllerHost & HTMLElement;

/** What reading an element's content takes (src/internal/content-reader.ts makes one). */
export interface ContentReader<T> {
  /** The host's light-DOM content: a JSON child's value, or its fallback markup read as entries; `undefined` when none. */
  read(host: Element): unknown;
  /** The valid entries of `given` (one console message per fault); `undefined` when none is valid, and the bundled ones show. */
  check(tag: string, given: unknown): readonly T[] | undefined;
}

export interface EditorContentOptions<T, E> {
  /** Entries a developer set as a property; they win over the light DOM. */
  given: () => unknown;
  /**
   * The bundled entries, shown when the editor gives none or none are valid: the language's own text
   * where the page has it, else the English text `english` (`undefined` until it has loaded).
   */
  bundled: (english: E | undefined) => readonly T[] | undefined;
  /** The clinic's ids of the bundled entries (src/content/faq-ids.ts, step-ids.ts), to tell them from an editor's without the text. */
  ids: () => readonly string[];
  /**
   * Loads the element's English text, the first time it shows it: a bare tag, or content it refused.
   * Every page we hand out has the text in its HTML, so it never loads there (#27).
   */
  english: () => Promise<E>;
  /** Loads the element's reader (its content file), the first time it has content to read. */
  load: () => Promise<ContentReader<T>>;
  /**
   * The element's language, and whether the page has its text in it. A language whose words
   * (`locale-<lang>-<tag>.js`) are on the page without its text (`-text.js`, which only pages whose
   * HTML holds no text need) shows the bundled copy in English, and the editor is told.
   */
  text?: () => { lang: string; loaded: boolean };
}

/** Each element's missing language told once per page. */
const toldMissing = new Set<string>();

/**
 * Each element's reader once loaded, by tag. A server imports them with `stem-cell-explainers/ssr`,
 * which provides them (server rendering is synchronous: it cannot wait for a file).
 */
const readers = new Map<string, ContentReader<never>>();

/** Gives an element its content reader ahead of need: `stem-cell-explainers/ssr` does, for the server. */
export function provideReader<T>(tag: string, reader: ContentReader<T>): void {
  readers.set(tag, reader as ContentReader<never>);
}

/**
 * Each element's English text once loaded, by tag, and its loading, shared by the elements of a page.
 * The texts are kept in the page's own store, under a `Symbol.for` key, which each text file writes to
 * itself (english-text.ts of the FAQ and the steps), importing no code of ours: its script can then come
 * before the element's file or the all-in-one file's, and the element finds its text at its first render.
 * A server has it from `stem-cell-explainers/ssr` (`provideEnglish`).
 */
const page = globalThis as unknown as Record<symbol, Map<string, unknown> | undefined>;
const englishTexts = (page[Symbol.for('stem-cell-explainers.english')] ??= new Map());
const loadingTexts = new Map<string, Promise<void>>();
const failedTexts = new Set<string>();

/** Gives an element its English text ahead of need: `stem-cell-explainers/ssr` does, for the server. */
export function provideEnglish(tag: string, text: unknown): void {
  englishTexts.set(tag, text);
}

/** Whether the host holds anything an editor put there (not the JSON-LD the FAQ writes itself). */
const hasLightContent = (host: Element) =>
  [...host.childNodes].some((n) =>
    n instanceof Element ? !n.hasAttribute('data-sce-json-ld') : n.nodeType === Node.TEXT_NODE && Boolean(n.textContent?.trim()),
  );

/**
 * The content an element shows: a developer's property, else the editor's light-DOM content (one
 * `<script type="application/json">` child, or fallback markup), else the bundled copy. The light
 * DOM is read once, when the document is parsed; every source is validated with one console
 * message per fault. The code that reads and checks content loads only when there is some, and the
 * English text only when the element shows it: `loading()` gives the promise of what the next update
 * needs, and the host's update waits for it, so the element renders (or hydrates) once, with the content.
 */
export class EditorContent<T extends { id: string }, E = unknown> implements ReactiveController {
  /** The valid entries to show. */
  entries: readonly T[] = [];
  /**
   * Whether they are the clinic's bundled copy (in the reader's language): given as they are, or
   * read back from the fallback markup of a snippet or server (every id a bundled one, or one made
   * unique on its page with "-2", "-3"…, as the WordPress plugin does for a second FAQ). Otherwise
   * they are the editor's own text, which the footer must not present as the library's version.
   */
  bundled = true;
  /**
   * Whether any of them is a bundled entry (by its id, as for `bundled`): a review dated before the
   * bundled text was written did not cover it, even beside the editor's own entries.
   */
  withBundled = true;
  private _light: unknown;
  /** The host has light-DOM content that waits for the reader. */
  private _unread = false;
  private _read = false;
  private _stale = true;
  private _loading?: Promise<void>;
  private _readerFailed = false;
  /** The content last checked, and the entries the check kept (`undefined`: none, the bundled ones show). */
  private _checked?: [given: unknown, kept: readonly T[] | undefined];

  constructor(
    private _host: Host,
    private _options: EditorContentOptions<T, E>,
  ) {
    _host.addController(this);
  }

  hostConnected(): void {
    if (this._read) return;
    // Registration waits for the parser (see define()), so the children are normally here already.
    if (document.readyState === 'loading') void parsed.then(() => this._findLight());
    else this._findLight();
  }

  /**
   * Called before each update: reads the light DOM found since, when the reader is at hand (in the
   * element's file, or provided by a file loaded since). Gives the promise of what the update needs
   * that is still loading, `undefined` when nothing is: the reader, while there is content to read (in
   * the light DOM or a property); then the English text, where the element shows the bundled copy and
   * the page has no text of its own language for it. The host asks again once it has loaded.
   */
  loading(): Promise<void> | undefined {
    if (!this._read) return parsed;
    const reader = this._reader();
    if (reader && this._unread) this._readLight(reader);
    if (!reader && !this._readerFailed && (this._unread || this._options.given() !== undefined)) return this._loadReader();
    const tag = this._host.localName;
    if (this._kept() || this._bundled() || failedTexts.has(tag)) return undefined;
    let loading = loadingTexts.get(tag);
    if (!loading) {
      loading = this._options.english().then(
        (text) => provideEnglish(tag, text),
        (e: Error) => {
          failedTexts.add(tag);
          fail(tag, `its text could not be loaded (${e.message}), so it leaves what the page holds as it is.`);
        },
      );
      loadingTexts.set(tag, loading);
    }
    return loading.then(() => {
      this._stale = true;
    });
  }

  /**
   * Re-validates when asked (a property or the bundled set changed) or when the light DOM gave
   * content since, or the text loaded; call it from `willUpdate`. True when the entries were recomputed.
   */
  refresh(force: boolean): boolean {
    if (!force && !this._stale) return false;
    this._stale = false;
    if (this._given() !== undefined && !this._reader() && isServer)
      fail(
        this._host.localName,
        'content given on a server is read by stem-cell-explainers/ssr: render it with renderElement(). Showing the bundled content.',
      );
    const kept = this._kept();
    const bundled = kept ? undefined : this._bundled();
    // A server cannot wait for the text: stem-cell-explainers/ssr gives it (provideEnglish).
    if (!kept && !bundled && isServer)
      fail(
        this._host.localName,
        'its text on a server comes from stem-cell-explainers/ssr: render it with renderElement(), or give Lit’s renderer dist/ssr.js. It renders no entries.',
      );
    this.entries = kept ?? bundled ?? [];
    if (!kept) this._tellMissingText();
    const ids = new Set(this._options.ids());
    // A second FAQ on a WordPress page has the bundled ids made unique ("-2"): still the bundled text.
    const isBundled = (e: T) => ids.has(e.id.replace(/-\d+$/, '')) || ids.has(e.id);
    this.bundled = !kept || kept.every(isBundled);
    this.withBundled = this.bundled || Boolean(kept?.some(isBundled));
    return true;
  }

  /** The content given (a property, else the light DOM's), `undefined` when none. */
  private _given(): unknown {
    return this._options.given() ?? this._light;
  }

  /** The valid entries of the content given, checked once for each value given; `undefined`: the bundled ones show. */
  private _kept(): readonly T[] | undefined {
    const given = this._given();
    const reader = this._reader();
    if (given === undefined || !reader) return undefined;
    if (!this._checked || this._checked[0] !== given) this._checked = [given, reader.check(this._host.localName, given)];
    return this._checked[1];
  }

  private _bundled(): readonly T[] | undefined {
    return this._options.bundled(englishTexts.get(this._host.localName) as E | undefined);
  }

  private _loadReader(): Promise<void> {
    return (this._loading ??= this._options.load().then(
      (loaded) => {
        provideReader(this._host.localName, loaded);
        this._stale = true;
        if (this._unread) this._readLight(loaded);
      },
      (e: Error) => {
        this._unread = false;
        this._readerFailed = true;
        fail(this._host.localName, `its content could not be read: loading the reader failed (${e.message}). Showing the bundled content.`);
      },
    ));
  }

  private _tellMissingText(): void {
    const { lang, loaded } = this._options.text?.() ?? { lang: 'en', loaded: true };
    const file = `locale-${lang.split('-')[0]}-${this._host.localName}-text.js`;
    // A language no one registered is English by design; registerLocale tells of a page's own language.
    const locale = localeFor(lang);
    if (loaded || locale === localeFor('en') || locale.own || toldMissing.has(file)) return;
    toldMissing.add(file);
    warn(this._host.localName, `its text in this language is not loaded, so it shows English: load ${file}, or give the text in the HTML.`);
  }

  private _reader(): ContentReader<T> | undefined {
    return readers.get(this._host.localName);
  }

  private _findLight(): void {
    this._read = true;
    if (!hasLightContent(this._host)) return;
    // Read before the next update (`loading()`): with the reader at hand, else once it has loaded.
    this._unread = true;
    this._host.requestUpdate();
  }

  private _readLight(reader: ContentReader<T>): void {
    this._unread = false;
    const content = reader.read(this._host);
    if (content === undefined) return;
    this._light = content;
    this._stale = true;
    this._host.requestUpdate();
  }
}
