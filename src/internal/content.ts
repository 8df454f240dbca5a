import { html, type TemplateResult } from 'lit';
import type { Block, FaqEntry, Inline, List, Paragraph, ProcedureStep } from '../content/types.js';
import { fail } from './strings.js';

/** Longest text a field may hold; longer text is an editor's mistake (a pasted page), not an answer. */
const MAX_TEXT = 10_000;
const MAX_BLOCKS = 200;
const ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,99}$/;
const SAFE_PROTOCOLS = ['http:', 'https:', 'mailto:', 'tel:'];

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const textProblem = (v: unknown): string | undefined =>
  typeof v !== 'string' || !v.trim()
    ? 'must be non-empty text'
    : v.length > MAX_TEXT
      ? `is ${v.length} characters long; at most ${MAX_TEXT} are allowed`
      : undefined;

/** True for links a patient can safely follow: web, mail, phone and same-site addresses. */
export function isSafeHref(href: string): boolean {
  try {
    return SAFE_PROTOCOLS.includes(new URL(href, document.baseURI).protocol);
  } catch {
    return false;
  }
}

function inlineProblem(v: unknown): string | undefined {
  if (typeof v === 'string') return v.length > MAX_TEXT ? textProblem(v) : undefined;
  if (!isObject(v)) return 'must be text or a link { "text", "href" }';
  const t = textProblem(v.text);
  if (t) return `link "text" ${t}`;
  if (typeof v.href !== 'string' || !isSafeHref(v.href))
    return 'link "href" must be an http(s), mailto, tel or relative address';
  return undefined;
}

function paragraphProblem(v: unknown): string | undefined {
  if (typeof v === 'string') return textProblem(v);
  if (!Array.isArray(v) || !v.length) return 'must be text, or a non-empty array of text and links';
  for (const [i, part] of v.entries()) {
    const p = inlineProblem(part);
    if (p) return `part ${i + 1} ${p}`;
  }
  return undefined;
}

/** Says what is wrong with a list of blocks, or nothing when it is valid. */
function blocksProblem(v: unknown): string | undefined {
  if (!Array.isArray(v) || !v.length)
    return 'must be a non-empty array of paragraphs (text) and lists ({ "list": [...] })';
  if (v.length > MAX_BLOCKS) return `has ${v.length} blocks; at most ${MAX_BLOCKS} are allowed`;
  for (const [i, block] of v.entries()) {
    const p = isObject(block)
      ? Array.isArray(block.list) && block.list.length
        ? block.list.map(paragraphProblem).find(Boolean)
        : '"list" must be a non-empty array'
      : paragraphProblem(block);
    if (p) return `block ${i + 1} ${p}`;
  }
  return undefined;
}

type FieldChecks = Record<string, (v: unknown) => string | undefined>;

const idProblem = (v: unknown) =>
  typeof v === 'string' && ID.test(v)
    ? undefined
    : 'must be 1 to 100 letters, digits, "-" or "_", starting with a letter or digit';

export const faqChecks: FieldChecks = { id: idProblem, question: textProblem, answer: blocksProblem };
export const stepChecks: FieldChecks = {
  id: idProblem,
  title: textProblem,
  summary: textProblem,
  details: blocksProblem,
};

/**
 * Keeps the valid entries of an editor's list and logs one console error per fault, naming the
 * entry and the field. An empty or wholly invalid list gives the bundled list, with an error.
 */
export function validEntries<T extends { id: string }>(
  tag: string,
  given: unknown,
  bundled: readonly T[],
  checks: FieldChecks,
): readonly T[] {
  if (given === undefined || given === bundled) return bundled;
  if (!Array.isArray(given)) {
    fail(tag, `content must be an array of entries; got ${given === null ? 'null' : typeof given}. Showing the bundled content.`);
    return bundled;
  }
  const seen = new Set<string>();
  const valid = given.filter((entry: unknown, i) => {
    const name = `entry ${i + 1}${isObject(entry) && typeof entry.id === 'string' ? ` ("${entry.id.slice(0, 100)}")` : ''}`;
    if (!isObject(entry)) return fail(tag, `${name} must be an object; it is skipped.`), false;
    for (const [field, check] of Object.entries(checks)) {
      const problem = check(entry[field]);
      if (problem) return fail(tag, `${name}: "${field}" ${problem}; it is skipped.`), false;
    }
    if (seen.has(entry.id as string))
      return fail(tag, `${name}: "id" repeats an earlier entry's id; it is skipped.`), false;
    seen.add(entry.id as string);
    return true;
  }) as T[];
  if (!valid.length) {
    fail(tag, `no valid entries in the given content (${given.length} given). Showing the bundled content.`);
    return bundled;
  }
  return valid;
}

/**
 * Reads an editor's `<script type="application/json">` child. Gives `undefined` when there is none,
 * and `null` (after a console error) when it is not JSON.
 */
export function readJsonChild(host: Element, tag: string): unknown {
  const script = host.querySelector(':scope > script[type="application/json"]');
  if (!script) return undefined;
  try {
    return JSON.parse(script.textContent ?? '');
  } catch (e) {
    fail(tag, `the <script type="application/json"> child is not valid JSON (${(e as Error).message}). Showing the bundled content.`);
    return null;
  }
}

const renderInline = (p: Paragraph) =>
  typeof p === 'string' ? p : p.map((part: Inline) => (typeof part === 'string' ? part : html`<a href=${part.href}>${part.text}</a>`));

const isList = (b: Block): b is List => typeof b === 'object' && 'list' in b;

/** Renders paragraphs and lists as text nodes: markup inside content shows literally. */
export const renderBlocks = (blocks: readonly Block[]): TemplateResult[] =>
  blocks.map((b) =>
    isList(b) ? html`<ul>${b.list.map((p) => html`<li>${renderInline(p)}</li>`)}</ul>` : html`<p>${renderInline(b as Paragraph)}</p>`,
  );

const paragraphText = (p: Paragraph) => (typeof p === 'string' ? p : p.map((i) => (typeof i === 'string' ? i : i.text)).join(''));

/** The plain text of blocks, for search and structured data. */
export const blocksText = (blocks: readonly Block[]): string =>
  blocks.map((b) => (isList(b) ? b.list.map(paragraphText).join('\n') : paragraphText(b as Paragraph))).join('\n');

/** Reads a node's children as blocks: `<ul>/<ol>` become lists, links are kept, the rest is text. */
export function nodesToBlocks(nodes: Iterable<Node>): Block[] {
  const blocks: Block[] = [];
  let loose = '';
  const flush = () => (loose.trim() && blocks.push(loose.trim().replace(/\s+/g, ' ')), (loose = ''));
  for (const node of nodes) {
    const el = node instanceof Element ? node : null;
    if (el && (el.localName === 'ul' || el.localName === 'ol')) {
      flush();
      const list = [...el.children].filter((li) => li.localName === 'li').map(inlineOf).filter(Boolean) as Paragraph[];
      if (list.length) blocks.push({ list });
    } else if (el && /^(p|div|blockquote|h[1-6])$/.test(el.localName)) {
      flush();
      const p = inlineOf(el);
      if (p) blocks.push(p);
    } else if (el?.localName !== 'script' && el?.localName !== 'style') {
      loose += node.textContent ?? '';
    }
  }
  flush();
  return blocks;
}

/** A paragraph from an element's text, keeping safe links and dropping every other tag. */
function inlineOf(el: Element): Paragraph | undefined {
  const parts: Inline[] = [];
  const walk = (n: Node) => {
    for (const c of n.childNodes) {
      if (c instanceof HTMLAnchorElement && c.hasAttribute('href') && isSafeHref(c.getAttribute('href')!))
        parts.push({ text: c.textContent ?? '', href: c.getAttribute('href')! });
      else if (c.nodeType === Node.TEXT_NODE) parts.push(c.textContent ?? '');
      else if (c instanceof Element && c.localName !== 'script' && c.localName !== 'style') walk(c);
    }
  };
  walk(el);
  const clean = parts.map((p) => (typeof p === 'string' ? p.replace(/\s+/g, ' ') : p));
  const text = clean.map((p) => (typeof p === 'string' ? p : p.text)).join('').trim();
  if (!text) return undefined;
  return clean.every((p) => typeof p === 'string') ? text : clean;
}

export type { FaqEntry, ProcedureStep };
