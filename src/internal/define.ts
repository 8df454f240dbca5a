import { warn } from './strings.js';

/** Kept equal to package.json's version by a test. */
export const VERSION = '0.1.0';

/**
 * Registers an element once. A second copy of the bundle (same or other version) or another
 * script that already owns the tag never throws: the first definition wins, and a different
 * owner gets a console warning.
 */
export function define(tag: string, element: CustomElementConstructor & { version?: string }): void {
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
export const langOf = (el: Element): string => {
  const lang = el.closest('[lang]')?.getAttribute('lang') || document.documentElement.lang || 'en';
  try {
    return Intl.getCanonicalLocales(lang)[0];
  } catch {
    return 'en';
  }
};

/** Heading levels an editor may choose; anything else falls back with a warning. */
export function headingLevel(tag: string, value: unknown, fallback = 3): number {
  const n = Number(value);
  if (value == null || (Number.isInteger(n) && n >= 2 && n <= 6)) return value == null ? fallback : n;
  warn(tag, `heading-level="${value}" is not allowed; use 2, 3, 4, 5 or 6. Using ${fallback}.`);
  return fallback;
}

/**
 * Settles once the document is parsed. A classic script in <head> defines the elements before
 * their children exist; the elements wait for this before reading content or rendering, so an
 * editor's content shows at once, never after a flash of the bundled copy.
 */
export const parsed: Promise<void> = new Promise((done) =>
  document.readyState === 'loading' ? document.addEventListener('DOMContentLoaded', () => done(), { once: true }) : done(),
);
