import { html, type TemplateResult } from 'lit';
import { textParts } from './text-parts.js';

/**
 * Content text as the elements show it: `{cells}` and the like filled in, and English words in text
 * written in another script marked `lang="en"` (textParts(), as the fallback markup marks them).
 */
export const renderText = (text: string, values: Record<string, string>): (string | TemplateResult)[] =>
  textParts(text, values).map((part) => (part.english ? html`<span lang="en">${part.text}</span>` : part.text));
