import { html, type TemplateResult } from 'lit';
import type { Block, Inline, List, Paragraph } from '../content/types.js';

const isList = (b: Block): b is List => typeof b === 'object' && 'list' in b;

const renderInline = (p: Paragraph) =>
  typeof p === 'string'
    ? p
    : p.map((part: Inline) => (typeof part === 'string' ? part : html`<a href=${part.href}>${part.text}</a>`));

/** Renders paragraphs and lists as text nodes: markup inside content shows literally. */
export const renderBlocks = (blocks: readonly Block[]): TemplateResult[] =>
  blocks.map((b) =>
    isList(b)
      ? html`<ul>${b.list.map((p) => html`<li>${renderInline(p)}</li>`)}</ul>`
      : html`<p>${renderInline(b as Paragraph)}</p>`,
  );

const paragraphText = (p: Paragraph) => (typeof p === 'string' ? p : p.map((i) => (typeof i === 'string' ? i : i.text)).join(''));

/** The plain text of blocks, for search and structured data. */
export const blocksText = (blocks: readonly Block[]): string =>
  blocks.map((b) => (isList(b) ? b.list.map(paragraphText).join('\n') : paragraphText(b as Paragraph))).join('\n');
