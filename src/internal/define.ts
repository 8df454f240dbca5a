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
 * Settles after the browser has rendered a frame: what the parser has put on the page is painted.
 * A page in a background tab renders no frames, so a timer settles it there.
 */
const afterFrame = (): Promise<void> =>
  new Promise((done) => {
    const timer = setTimeout(done, 100);
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(timer);
        done();
      }),
    );
  });

/**
 * Markup already on the page shows the element's content before its script runs: a declarative
 * shadow root (`stem-cell-explainers/ssr`) looks as the element will, and fallback markup (the
 * snippets, the builder, WordPress) shows the same text as plain HTML. Taking 500 questions over
 * costs a few hundred milliseconds of script; done before the browser's next frame, it kept the
 * last of them off the screen that long (`npm run bench:trace`). So such a page is painted first,
 * and then taken over. An element whose only child is its content as JSON shows nothing yet.
 */
const hasMarkup = (tags: Iterable<string>): boolean =>
  [...tags].some((tag) =>
    [...document.getElementsByTagName(tag)].some(
      (el) => el.shadowRoot || [...el.children].some((child) => child.localName !== 'script' && child.localName !== 'template'),
    ),
  );

/** The tags this copy of the bundle registers. */
const ours = new Set<string>();

/**
 * Registers an element once the document is parsed (at once when it already is), and once a page
 * with markup of it has been painted. Copies of the bundle that wait are served in the order they
 * loaded, so a module bundle that runs after the parser never overtakes a classic one loaded in <head>. A second copy (same or other version) or
 * another script that already owns the tag never throws: the first definition wins, and a different
 * owner gets a console warning.
 */
export function define(tag: string, element: CustomElementConstructor & { version?: string }): void {
  if (isServer) return register(tag, element);
  ours.add(tag);
  if (document.readyState !== 'loading' && !page[QUEUE] && !hasMarkup([tag])) return register(tag, element);
  if (!page[QUEUE]) {
    page[QUEUE] = [];
    void parsed.then(async () => {
      if (hasMarkup(ours)) await afterFrame();
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
