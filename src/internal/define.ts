import { isServer } from 'lit';
import { warn } from './log.js';
import { VERSION } from './version.js';

/**
 * Settles once the document is parsed. A classic script in <head> runs before the elements'
 * children exist, so registration waits for this: an editor's content is read before the first
 * render and never replaces a flash of the bundled copy. A server (`stem-cell-explainers/ssr`) has
 * no document: there is nothing to wait for (`isServer` is a constant, so browsers get no bytes).
 */
export const parsed: Promise<void> = new Promise((done) =>
  !isServer && document.readyState === 'loading' ? document.addEventListener('DOMContentLoaded', () => done(), { once: true }) : done(),
);

/** Registrations waiting for the parser, shared by every copy of the bundle on the page, in load order. */
const QUEUE = Symbol.for('stem-cell-explainers.define-queue');
const page = globalThis as unknown as Record<symbol, (() => void)[] | undefined>;

/**
 * Registers an element once the document is parsed (at once when it already is). Copies of the
 * bundle that wait are served in the order they loaded, so a module bundle that runs after the
 * parser never overtakes a classic one loaded in <head>. A second copy (same or other version) or
 * another script that already owns the tag never throws: the first definition wins, and a different
 * owner gets a console warning.
 */
export function define(tag: string, element: CustomElementConstructor & { version?: string }): void {
  if (isServer || (document.readyState !== 'loading' && !page[QUEUE])) return register(tag, element);
  if (!page[QUEUE]) {
    page[QUEUE] = [];
    void parsed.then(() => {
      const waiting = page[QUEUE] ?? [];
      page[QUEUE] = undefined;
      waiting.forEach((run) => run());
    });
  }
  page[QUEUE].push(() => register(tag, element));
}

function register(tag: string, element: CustomElementConstructor & { version?: string }): void {
  const existing = customElements.get(tag) as (CustomElementConstructor & { version?: string }) | undefined;
  if (!existing) customElements.define(tag, element);
  else if (existing.version !== VERSION)
    warn(
      tag,
      existing.version
        ? `version ${existing.version} is already defined on this page; this copy (${VERSION}) is not used.`
        : 'this tag name is already defined by another script on this page; stem-cell-explainers does not register it.',
    );
}
