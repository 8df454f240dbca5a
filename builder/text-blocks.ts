// Answers and step details as an editor writes them, in plain text: a blank line between
// paragraphs, "- " at the start of a line for a bullet point, [text](address) for a link. They
// become content blocks (src/content/types.ts), never HTML.
import type { Block, Inline, Paragraph } from '../src/content/types.js';
import { checkLink, type LinkCheck } from './links.js';

/** A link in the text that does not work as written. */
export interface LinkProblem extends LinkCheck {
  text: string;
  href: string;
}

// An address may hold one level of brackets, as Wikipedia's do, and spaces (a phone number's; any
// other space is flagged by checkLink).
const LINK = /\[([^\]]+)\]\(((?:[^()\n]|\([^()\n]*\))+)\)/g;
/** Something written like a link that the pattern above does not read: a bracket left open. */
const ALMOST = /\[[^\]\n]+\]\([^)\n]*$/m;

function toInline(line: string, problems: LinkProblem[]): Paragraph {
  const parts: Inline[] = [];
  let last = 0;
  for (const m of line.matchAll(LINK)) {
    if (m.index > last) parts.push(line.slice(last, m.index));
    const check = checkLink(m[2]);
    if (check.usable) parts.push({ text: m[1], href: m[2].trim() });
    else {
      problems.push({ text: m[1], href: m[2], ...check });
      parts.push(m[1]);
    }
    last = m.index + m[0].length;
  }
  if (last < line.length) parts.push(line.slice(last));
  return parts.every((p) => typeof p === 'string') ? parts.join('') : parts;
}

// Marks of another way of writing, which patients would read as typed: Markdown's bold ("**not**",
// "__not__") and HTML tags ("<b>", "</p>"). A "<" before no tag name ("age <18") is text.
const MARKS = /(\*\*|__)(?=\S)[^\n]*?\S\1|<\/?([a-z][a-z0-9]*)\b[^<>\n]*>/gi;

/** The marks of Markdown's bold or of HTML in a text, each once as the editor would know it (“**”, “<b>”): patients read them as typed. */
export function shownAsTyped(text: string): string[] {
  return [...new Set([...text.matchAll(MARKS)].map((m) => (m[2] ? `<${m[2].toLowerCase()}>` : m[1])))];
}

/** The blocks of a text, and the links in it that do not work as written (their text is kept as text). */
export function toBlocks(text: string): { blocks: Block[]; links: LinkProblem[]; unread: boolean } {
  const blocks: Block[] = [];
  const links: LinkProblem[] = [];
  for (const chunk of text.split(/\n\s*\n/)) {
    let para: string[] = [];
    let list: string[] = [];
    const flush = () => {
      if (para.length) blocks.push(toInline(para.join(' '), links));
      if (list.length) blocks.push({ list: list.map((l) => toInline(l, links)) });
      para = [];
      list = [];
    };
    for (const line of chunk.split('\n').map((l) => l.trim())) {
      if (!line) continue;
      const item = /^[-*•]\s+(.*)$/.exec(line);
      if (item && para.length) flush();
      if (!item && list.length) flush();
      if (item) list.push(item[1]);
      else para.push(line);
    }
    flush();
  }
  return { blocks, links, unread: ALMOST.test(text) };
}

const inlineText = (p: Paragraph) =>
  typeof p === 'string' ? p : p.map((i) => (typeof i === 'string' ? i : `[${i.text}](${i.href})`)).join('');

/** Blocks back as the plain text an editor edits. */
export const blocksText = (bs: readonly Block[]) =>
  bs.map((b) => (typeof b === 'object' && 'list' in b ? b.list.map((p) => `- ${inlineText(p)}`).join('\n') : inlineText(b))).join('\n\n');

/** The text with one link's address replaced (the fix offered for it). */
export const fixLink = (text: string, link: LinkProblem) => text.split(`[${link.text}](${link.href})`).join(`[${link.text}](${link.fix})`);
