import { warn } from './log.js';

/** The package version, put in by the build (and the test runner and Storybook) from package.json. */
export const VERSION: string = __VERSION__;

/**
 * Settles once the document is parsed. A classic script in <head> runs before the elements'
 * children exist, so registration waits for this: an editor's content is read before the first
 * render and never replaces a flash of the bundled copy.
 */
export const parsed: Promise<void> = new Promise((done) =>
  document.readyState === 'loading' ? document.addEventListener('DOMContentLoaded', () => done(), { once: true }) : done(),
);

/**
 * Registers an element once the document is parsed (at once when it already is). A second copy of
 * the bundle (same or other version) or another script that already owns the tag never throws: the
 * first definition wins, and a different owner gets a console warning.
 */
export function define(tag: string, element: CustomElementConstructor & { version?: string }): void {
  if (document.readyState === 'loading') {
    void parsed.then(() => define(tag, element));
    return;
  }
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

/** The language for numbers and dates: the element's own `lang`, an ancestor's, or the page's. */
export function langOf(el: Element): string {
  const lang = el.closest('[lang]')?.getAttribute('lang') || document.documentElement.lang || 'en';
  try {
    return Intl.getCanonicalLocales(lang)[0];
  } catch {
    return 'en';
  }
}
