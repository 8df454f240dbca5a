// The content reader: what reading and checking an editor's content takes (a JSON child, fallback
// markup, a property), loaded by an element only when it has such content (src/internal/editor-content.ts).
// Each element's own reader (its checks and its markup): read-details.ts, read-list.ts.
import type { Block, Inline, Paragraph } from '../content/types.js';
import { isSafeHref } from './attributes.js';
import type { ContentReader } from './editor-content.js';
import { fail } from './log.js';
import { validEntries, type FieldChecks } from './validate.js';

/**
 * A reader for an element's content: a `<script type="application/json">` child, else its fallback
 * markup read by `markup` (or `undefined`, with a console message for stray text); and the check of
 * each entry's fields, one console message per fault.
 */
export const contentReader = <T extends { id: string }>(
  checks: FieldChecks,
  markup: (host: Element) => unknown[] | undefined,
): ContentReader<T> => ({
  read(host) {
    const json = readJsonChild(host);
    const content = json !== undefined ? json : markup(host);
    if (content === undefined) strayText(host);
    else if (json === undefined) unsafeLinks(host);
    return content;
  },
  check(tag, given) {
    const kept = validEntries<T>(tag, given, none, checks);
    return kept === none ? undefined : (kept as readonly T[]);
  },
});

/** What validEntries() gives when nothing given is valid: then the element shows its bundled entries. */
const none: never[] = [];

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

/** Links in fallback markup that a patient may not follow (javascript:, data:…) are shown as text: say so. */
function unsafeLinks(host: Element): void {
  for (const a of host.querySelectorAll('a[href]'))
    if (!isSafeHref(a.getAttribute('href')!))
      fail(
        host.localName,
        `the link "${plainTextOf(a)}" goes to "${a.getAttribute('href')!.slice(0, 60)}", which is not an http(s), mailto, tel or relative address; its text is shown without the link.`,
      );
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

/** Reads a node's children as blocks: `<ul>/<ol>` become lists, links are kept, a `<br>` is a space, the rest is text. */
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
    } else {
      loose += textOf(node);
    }
  }
  flush();
  return blocks;
}

/**
 * A node's text as the patient reads it: a `<br>` is a space, the figure's `<span data-cells>` is
 * `{cells}`, scripts and styles are left out.
 */
function textOf(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
  if (!(node instanceof Element) || node.localName === 'script' || node.localName === 'style') return ''; // and comments
  if (node.hasAttribute('data-cells')) return '{cells}';
  if (node.localName === 'br') return ' ';
  return [...node.childNodes].map(textOf).join('');
}

/** An element's text on one line (a question, a step's title): textOf(), its spaces collapsed. */
export const plainTextOf = (el: Element | undefined): string => (el ? textOf(el).replace(/\s+/g, ' ').trim() : '');

/** A paragraph from an element's text, keeping safe links and dropping every other tag. */
export function inlineOf(el: Element): Paragraph | undefined {
  const parts: Inline[] = [];
  // Text beside text is one string, whatever tags it was in (a <span lang="en"> the fallback wrote):
  // English words are marked again by the text they sit in (textParts()).
  const addText = (t: string) => {
    if (typeof parts.at(-1) === 'string') parts[parts.length - 1] += t;
    else parts.push(t);
  };
  const walk = (n: Node) => {
    for (const c of n.childNodes) {
      if (c instanceof HTMLAnchorElement && c.hasAttribute('href') && isSafeHref(c.getAttribute('href')!))
        parts.push({ text: c.textContent ?? '', href: c.getAttribute('href')! });
      else if (c instanceof Element && c.hasAttribute('data-cells'))
        addText('{cells}'); // the rule's figure, written anew
      else if (c instanceof HTMLBRElement)
        addText(' '); // a line break (WordPress's for one newline) parts words
      else if (c.nodeType === Node.TEXT_NODE) addText(c.textContent ?? '');
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
