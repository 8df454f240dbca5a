// The one inline thing in server-rendered markup: each element's `<style>` inside its declarative
// shadow root. A strict CSP allows it by hash (`style-src 'sha256-…'`) or by nonce.
import { TAGS, type Tag } from '../internal/tags.js';
import { elementClasses } from './render-element.js';
import { NO_SCRIPT_CSS } from './no-script.js';

/** The exact text of an element's `<style>` in its declarative shadow root: its styles, and the server's rule for readers without JavaScript. */
export const styleText = (tag: Tag): string =>
  (elementClasses[tag] as unknown as { elementStyles: { cssText: string }[] }).elementStyles.map((s) => s.cssText).join('') + NO_SCRIPT_CSS;

/** The CSP source for each element's `<style>`: `{ 'stem-cell-faq': "'sha256-…'" , … }`. */
export async function styleHashes(): Promise<Record<Tag, string>> {
  const hashes = {} as Record<Tag, string>;
  for (const tag of TAGS) {
    const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(styleText(tag)));
    hashes[tag] = `'sha256-${btoa(String.fromCharCode(...new Uint8Array(digest)))}'`;
  }
  return hashes;
}
