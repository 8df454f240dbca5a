import { html, type TemplateResult } from 'lit';
import { textParts } from './text-parts.js';

/**
 * Content text as the elements show it: `{cells}` and the like filled in, and English words in text
 * written in another script marked `lang="en"` (textParts(), as the fallback markup marks them).
 * Text with no English words to mark is one string, one text node: as a list of its pieces, each
 * piece took a part of its own in every question and paragraph (in a 500-entry FAQ, thousands).
 */
export const renderText = (text: string, values: Record<string, string>): string | (string | TemplateResult)[] => {
  const parts = textParts(text, values);
  return parts.some((part) => part.english)
    ? parts.map((part) => (part.english ? html`<span lang="en">${part.text}</span>` : part.text))
    : parts.map((part) => part.text).join('');
};
