// Hydration of server-rendered markup (`stem-cell-explainers/ssr`), on top of Lit's
// `lit-element-hydrate-support`, which must be evaluated before lit-element (see src/hydrate.ts).
// Imported only by the hydrating entry points, which thereby give ExplainerElement its hydration
// check (`supportHydration`); the other bundles carry none of it.
import { adoptStyles, type CSSResultOrNative } from 'lit';
import { ExplainerElement, hasOwnStrings, supportHydration } from './explainer-element.js';
import { localeFor, onRegister } from './locale.js';
import { warn } from './log.js';
import { langOf } from './page.js';
import { DIGEST_ATTRIBUTE, renderDigest } from './render-digest.js';

/**
 * What hydration reads of an element. `_$AG` is Lit's own flag (set by the hydrate support's
 * `createRenderRoot`) for an element whose next update hydrates; clearing it is the only way Lit
 * offers to render afresh instead.
 */
type Hydrating = ExplainerElement & { _$AG?: boolean; render(): unknown };

/** Drops the server's nodes (keeping its `<style>`) so that the next render starts afresh. */
function discard(el: Hydrating, why: string): void {
  warn(el.localName, `${why}; it is rendered again in the browser.`);
  el._$AG = false;
  for (const node of [...el.renderRoot.childNodes]) if (!(node instanceof HTMLStyleElement)) node.remove();
}

/**
 * A page whose Content-Security-Policy refuses the server's inline `<style>` (no hash, no nonce)
 * shows the markup unstyled until the script runs; then the element's styles are adopted as
 * constructed style sheets, which such a policy allows, as for an element rendered in the browser.
 */
function restyle(el: Hydrating): void {
  const root = el.renderRoot as ShadowRoot;
  if ([...root.querySelectorAll('style')].some((style) => !style.sheet))
    adoptStyles(root, (el.constructor as unknown as { elementStyles: CSSResultOrNative[] }).elementStyles);
}

/**
 * Whether the page has this element's part of a language: any of its own UI strings (beyond the
 * footer's, which every element's part carries). Another element's part alone is not enough
 * (locale-hi-dose-note.js does not give the FAQ its Hindi).
 */
function hasPart(el: ExplainerElement, lang: string): boolean {
  return hasOwnStrings((el as unknown as { _english: object })._english, localeFor(lang).strings);
}

/**
 * Markup the server wrote in a language other than English waits for its part of that language
 * (locale-hi-<tag>.js or locale-hi.js beside the hydrate file), so that it is taken over in its own
 * language, with no English render in between; if the file has not come by the time the page has
 * loaded, it waits no longer (and the check below renders it afresh, saying why).
 */
function ready(el: ExplainerElement): Promise<void> | undefined {
  const lang = langOf(el);
  if (lang.toLowerCase().split('-')[0] === 'en' || hasPart(el, lang) || document.readyState === 'complete') return undefined;
  return new Promise((resolve) => {
    const done = () => {
      stop();
      removeEventListener('load', done);
      resolve();
    };
    const stop = onRegister(() => hasPart(el, langOf(el)) && done());
    addEventListener('load', done);
  });
}

/** Why the server's markup differs, as far as the page can tell, and what the developer can do. */
function differs(el: ExplainerElement): string {
  const lang = langOf(el);
  const primary = lang.toLowerCase().split('-')[0];
  if (primary !== 'en' && !hasPart(el, lang))
    return (
      `the server wrote it in "${lang}", and this page has not loaded ${el.localName}'s part of that language: ` +
      `load locale-${primary}.js (or locale-${primary}-${el.localName}.js, beside the element's own file) before the hydrate file`
    );
  return (
    'the server-rendered markup differs from what this page shows (its language, dose figure, strings or content): ' +
    "give the server the page's lang, cells-per-kg and strings"
  );
}

function update(element: ExplainerElement, litUpdate: () => void): void {
  const el = element as Hydrating;
  if (!el._$AG) return litUpdate();
  restyle(el);
  if (el.getAttribute(DIGEST_ATTRIBUTE) !== renderDigest(el.render())) discard(el, differs(el));
  const hydrating = el._$AG;
  try {
    litUpdate();
  } catch (e) {
    if (!hydrating) throw e;
    discard(el, `the server-rendered markup could not be hydrated (${(e as Error).message})`);
    litUpdate();
  }
}

/** Lit's hydrate support reached Lit too late to patch it (see `ExplainerElement.createRenderRoot`). */
function unpatched(el: ExplainerElement): void {
  warn(
    el.localName,
    "Lit was loaded before its hydrate support, so the server-rendered markup is rendered again: import 'stem-cell-explainers/hydrate' " +
      "before anything that imports lit. A bundler that evaluates lit-element earlier (Vite's dev server, esbuild's code splitting) " +
      'does the same: load dist/cdn/stem-cell-explainers.hydrate.js with a script tag of its own instead.',
  );
}

supportHydration({ ready, update, unpatched });
