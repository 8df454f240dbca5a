import { html, type TemplateResult } from 'lit';
import type { Block, Inline, List, Paragraph } from '../content/types.js';
import { format } from './strings.js';
import { renderText } from './render-text.js';

type Values = Record<string, string>;

const isList = (b: Block): b is List => typeof b === 'object' && 'list' in b;

const renderInline = (p: Paragraph, v: Values) =>
  typeof p === 'string'
    ? renderText(p, v)
    : p.map((part: Inline) =>
        typeof part === 'string' ? renderText(part, v) : html`<a href=${part.href}>${renderText(part.text, v)}</a>`,
      );

/** Renders paragraphs and lists as text nodes (markup inside content shows literally), with `{cells}` and the like filled in (renderText()). */
export const renderBlocks = (blocks: readonly Block[], v: Values): TemplateResult[] =>
  blocks.map((b) =>
    isList(b) ? html`<ul>${b.list.map((p) => html`<li>${renderInline(p, v)}</li>`)}</ul>` : html`<p>${renderInline(b as Paragraph, v)}</p>`,
  );

const paragraphText = (p: Paragraph) => (typeof p === 'string' ? p : p.map((i) => (typeof i === 'string' ? i : i.text)).join(''));

/** The plain text of blocks, for search and structured data, with `{cells}` and the like filled in. */
export const blocksText = (blocks: readonly Block[], v: Values): string =>
  format(blocks.map((b) => (isList(b) ? b.list.map(paragraphText).join('\n') : paragraphText(b as Paragraph))).join('\n'), v);
