import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { parsed } from './define.js';
import { localeFor } from './locale.js';
import { fail, warn } from './log.js';

type Host = ReactiveControllerHost & HTMLElement;

/** What reading an element's content takes (src/internal/content-reader.ts makes one). */
export interface ContentReader<T> {
  /** The host's light-DOM content: a JSON child's value, or its fallback markup read as entries; `undefined` when none. */
  read(host: Element): unknown;
  /** The valid entries of `given` (one console message per fault), or the bundled ones. */
  check(tag: string, given: unknown, bundled: readonly T[]): readonly T[];
}

export interface EditorContentOptions<T> {
  /** Entries a developer set as a property; they win over the light DOM. */
  given: () => unknown;
  /** The bundled entries, used when the editor gives none or none are valid. */
  bundled: () => readonly T[];
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

/** Whether the host holds anything an editor put there (not the JSON-LD the FAQ writes itself). */
const hasLightContent = (host: Element) =>
  [...host.childNodes].some((n) =>
    n instanceof Element ? !n.hasAttribute('data-sce-json-ld') : n.nodeType === Node.TEXT_NODE && Boolean(n.textContent?.trim()),
  );

/**
 * The content an element shows: a developer's property, else the editor's light-DOM content (one
 * `<script type="application/json">` child, or fallback markup), else the bundled copy. The light
 * DOM is read once, when the document is parsed; every source is validated with one console
 * message per fault. The code that reads and checks content loads only when there is some:
 * `loading()` gives its promise, and the host's update waits for it, so the element renders (or
 * hydrates) once, with the content.
 */
export class EditorContent<T extends { id: string }> implements ReactiveController {
  /** The valid entries to show. */
  entries: readonly T[];
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

  constructor(
    private _host: Host,
    private _options: EditorContentOptions<T>,
  ) {
    this.entries = _options.bundled();
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
   * element's file, or provided by a file loaded since); otherwise gives the promise of the reader
   * while the element needs it (content in the light DOM or a property). `undefined` when nothing
   * waits. The host's update waits for it.
   */
  loading(): Promise<void> | undefined {
    const reader = this._reader();
    if (reader && this._unread) this._readLight(reader);
    if (reader || (!this._unread && this._options.given() === undefined)) return undefined;
    return (this._loading ??= this._options.load().then(
      (loaded) => {
        provideReader(this._host.localName, loaded);
        this._stale = true;
        if (this._unread) this._readLight(loaded);
      },
      (e: Error) => {
        this._unread = false;
        fail(this._host.localName, `its content could not be read: loading the reader failed (${e.message}). Showing the bundled content.`);
      },
    ));
  }

  /**
   * Re-validates when asked (a property or the bundled set changed) or when the light DOM gave
   * content since; call it from `willUpdate`. True when the entries were recomputed.
   */
  refresh(force: boolean): boolean {
    if (!force && !this._stale) return false;
    this._stale = false;
    const bundled = this._options.bundled();
    const given = this._options.given() ?? this._light;
    const reader = this._reader();
    if (given !== undefined && !reader && isServer)
      fail(
        this._host.localName,
        'content given on a server is read by stem-cell-explainers/ssr: render it with renderElement(). Showing the bundled content.',
      );
    this.entries = given === undefined || !reader ? bundled : reader.check(this._host.localName, given, bundled);
    if (this.entries === bundled) this._tellMissingText();
    const ids = new Set(bundled.map((e) => e.id));
    // A second FAQ on a WordPress page has the bundled ids made unique ("-2"): still the bundled text.
    const isBundled = (e: T) => ids.has(e.id.replace(/-\d+$/, '')) || ids.has(e.id);
    this.bundled = this.entries === bundled || this.entries.every(isBundled);
    this.withBundled = this.bundled || this.entries.some(isBundled);
    return true;
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
