import { isServer } from 'lit';

/** The page's address, for relative links; a server has none, so a stand-in https one resolves them there. */
export const pageBase = (): string => (isServer ? 'https://server.invalid/' : document.baseURI);

/** A language tag as browsers read it: canonical ("hi-in" → "hi-IN"), or English when it is not one. */
export function canonicalLang(lang: string | null | undefined): string {
  try {
    return Intl.getCanonicalLocales(lang || 'en')[0];
  } catch {
    return 'en';
  }
}

/**
 * The language for an element's text, numbers and dates: its own `lang`, an ancestor's, or the
 * page's. On a server an element has no ancestors or page, so only its own `lang` counts (the
 * server writes the page's language on it: `renderElement(tag, { lang })`).
 */
export function langOf(el: Element): string {
  if (isServer) return canonicalLang(el.getAttribute('lang'));
  return canonicalLang(el.closest('[lang]')?.getAttribute('lang') || document.documentElement.lang);
}
