import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Block, Inline, Paragraph } from '../content/types.js';
import { isSafeHref } from './attributes.js';
import { parsed } from './define.js';
import { fail } from './log.js';
import { validEntries, type FieldChecks } from './validate.js';

type Host = ReactiveControllerHost & HTMLElement;

export interface EditorContentOptions<T> {
  /** Entries a developer set as a property; they win over the light DOM. */
  given: () => unknown;
  /** The bundled entries, used when the editor gives none or none are valid. */
  bundled: () => readonly T[];
  /** How each field of an entry is checked. */
  checks: FieldChecks;
  /** Reads fallback markup (for example `<details>` or `<ol>`) from the host's children, or gives `undefined`. */
  markup?: (host: Element) => unknown[] | undefined;
}

/**
 * The content an element shows: a developer's property, else the editor's light-DOM content (one
 * `<script type="application/json">` child, or fallback markup), else the bundled copy. The light
 * DOM is read once, when the document is parsed; every source is validated with one console
 * message per fault.
 */
export class EditorContent<T extends { id: string }> implements ReactiveController {
  /** The valid entries to show. */
  entries: readonly T[];
  /**
   * Whether they are the clinic's bundled copy (in the reader's language): given as they are, or
   * read back from the fallback markup of a snippet or server (every id a bundled one). Otherwise
   * they are the editor's own text, which the footer must not present as the library's version.
   */
  bundled = true;
  private _light: unknown;
  private _read = false;
  private _stale = true;

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
    if (document.readyState === 'loading') void parsed.then(() => this._readLight());
    else this._readLight();
  }

  /**
   * Re-validates when asked (a property or the bundled set changed) or when the light DOM gave
   * content since; call it from `willUpdate`. True when the entries were recomputed.
   */
  refresh(force: boolean): boolean {
    if (!force && !this._stale) return false;
    this._stale = false;
    const bundled = this._options.bundled();
    this.entries = validEntries(this._host.localName, this._options.given() ?? this._light, bundled, this._options.checks);
    const ids = new Set(bundled.map((e) => e.id));
    this.bundled = this.entries === bundled || this.entries.every((e) => ids.has(e.id));
    return true;
  }

  private _readLight(): void {
    this._read = true;
    const json = readJsonChild(this._host);
    const content = json !== undefined ? json : this._options.markup?.(this._host);
    if (content === undefined) {
      strayText(this._host);
      return;
    }
    this._light = content;
    this._stale = true;
    this._host.requestUpdate();
  }
}

/**
 * Reads an editor's `<script type="application/json">` child. Gives `undefined` when there is none,
 * and `null` (after a console error) when it is not JSON.
 */
function readJsonChild(host: Element): unknown {
  const script = host.querySelector(':scope > script[type="application/json"]');
  if (!script) return undefined;
  try {
    return JSON.parse(script.textContent ?? '');
  } catch (e) {
    fail(
      host.localName,
      `the <script type="application/json"> child is not valid JSON (${(e as Error).message}). Showing the bundled content.`,
    );
    return null;
  }
}

/**
 * Text children that are not content an element reads are an editor's mistake, typically JSON whose
 * `<script>` wrapper a CMS stripped. The element never shows them (they are not slotted); say so.
 */
function strayText(host: Element): void {
  const text = [...host.childNodes]
    .filter((n) => n.nodeType === Node.TEXT_NODE || (n instanceof Element && !n.matches('script, style, template')))
    .map((n) => n.textContent ?? '')
    .join('')
    .trim();
  if (!text) return;
  const json = /^[[{]/.test(text)
    ? ' It looks like JSON whose <script type="application/json"> wrapper was removed (some CMSs strip scripts).'
    : '';
  fail(
    host.localName,
    `it holds text that is not content it can read ("${text.slice(0, 60).replace(/\s+/g, ' ')}${text.length > 60 ? '…' : ''}").${json} The text is not shown; showing the bundled content.`,
  );
}

/** Reads a node's children as blocks: `<ul>/<ol>` become lists, links are kept, the rest is text. */
export function nodesToBlocks(nodes: Iterable<Node>): Block[] {
  const blocks: Block[] = [];
  let loose = '';
  const flush = () => {
    if (loose.trim()) blocks.push(loose.trim().replace(/\s+/g, ' '));
    loose = '';
  };
  for (const node of nodes) {
    const el = node instanceof Element ? node : null;
    if (el && (el.localName === 'ul' || el.localName === 'ol')) {
      flush();
      const list = [...el.children]
        .filter((li) => li.localName === 'li')
        .map(inlineOf)
        .filter(Boolean) as Paragraph[];
      if (list.length) blocks.push({ list });
    } else if (el && /^(p|div|blockquote|h[1-6])$/.test(el.localName)) {
      flush();
      const p = inlineOf(el);
      if (p) blocks.push(p);
    } else if (el?.hasAttribute('data-cells')) {
      loose += '{cells}';
    } else if (el?.localName !== 'script' && el?.localName !== 'style') {
      loose += node.textContent ?? '';
    }
  }
  flush();
  return blocks;
}

/** A paragraph from an element's text, keeping safe links and dropping every other tag. */
export function inlineOf(el: Element): Paragraph | undefined {
  const parts: Inline[] = [];
  const walk = (n: Node) => {
    for (const c of n.childNodes) {
      if (c instanceof HTMLAnchorElement && c.hasAttribute('href') && isSafeHref(c.getAttribute('href')!))
        parts.push({ text: c.textContent ?? '', href: c.getAttribute('href')! });
      else if (c instanceof Element && c.hasAttribute('data-cells'))
        parts.push('{cells}'); // the rule's figure, written anew
      else if (c.nodeType === Node.TEXT_NODE) parts.push(c.textContent ?? '');
      else if (c instanceof Element && c.localName !== 'script' && c.localName !== 'style') walk(c);
    }
  };
  walk(el);
  const clean = parts.map((p) => (typeof p === 'string' ? p.replace(/\s+/g, ' ') : p));
  const text = clean
    .map((p) => (typeof p === 'string' ? p : p.text))
    .join('')
    .trim();
  if (!text) return undefined;
  return clean.every((p) => typeof p === 'string') ? text : clean;
}
