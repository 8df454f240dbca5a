import { isServer } from 'lit';
import type { ClinicNotes, ContentInfo, DoseRuleText, FaqEntry, ProcedureStep, StemCellSource } from '../content/types.js';
import type { Strings } from '../content/strings.js';
import type { BigNumberFormat } from './numbers.js';

/** A language's content; anything left out is shown in English. */
export interface LocaleContent {
  faq?: readonly FaqEntry[];
  steps?: Readonly<Record<StemCellSource, readonly ProcedureStep[]>>;
  /** The dose rule's texts; its figure and weight range are always the English rule's. */
  dose?: DoseRuleText;
  notes?: ClinicNotes;
  info?: ContentInfo;
}

export interface Locale {
  /** The language's valid UI strings, any element's (checked by `registerLocale`); the rest stay English. */
  strings: Partial<Strings>;
  content: LocaleContent;
  /** How the language writes a large count, where its `Intl` does not (Telugu, Tamil: lakh and crore). */
  numbers?: BigNumberFormat;
  /** Added by the page (`registerLocale`), which tells the developer what it lacks: the elements need not. */
  own?: boolean;
}

const ENGLISH: Locale = { strings: {}, content: {} };
/**
 * The registered languages and the connected elements (told when a language is registered or the
 * page's language changes) are the page's, shared by every copy of our code on it: a language file
 * (dist/cdn/locale-hi.js) serves the hydrate bundle's elements as well as the per-element files'.
 */
export interface PageLocales {
  registry: Map<string, Locale>;
  live: Set<{ _syncLocale(): void }>;
}
const page = globalThis as unknown as Record<symbol, PageLocales | undefined>;
// src/internal/locale-part.ts reads the same symbol: a language's part imports nothing of ours.
const SHARED = Symbol.for('stem-cell-explainers.locales');
const { registry, live } = (page[SHARED] ??= { registry: new Map(), live: new Set() });

/**
 * Adds a checked language to the page's registry (`registerLocale` in src/internal/register-locale.ts
 * checks it first) and tells every connected element.
 */
export function addLocale(key: string, locale: Locale): void {
  registry.set(key, locale);
  live.forEach((el) => el._syncLocale());
}

/** What the page has registered of a language, under its exact key (`ta-in`), if anything. */
export const registered = (key: string): Locale | undefined => registry.get(key);

/** The locale for a language: its own, else its base language's (`hi-IN` → `hi`), else English. */
export function localeFor(lang: string): Locale {
  const key = lang.toLowerCase();
  return registry.get(key) ?? registry.get(key.split('-')[0]) ?? ENGLISH;
}

/** Calls `listener` whenever a language is registered (by any copy of our code on the page), until stopped. */
export function onRegister(listener: () => void): () => void {
  const follower = { _syncLocale: listener };
  live.add(follower);
  return () => live.delete(follower);
}

// The page's language may change at run time (a language switcher): every element follows. A server
// has no MutationObserver, and never connects an element (`isServer` is a constant: no browser bytes).
const pageLang = isServer ? (undefined as never) : new MutationObserver(() => live.forEach((el) => el._syncLocale()));

/** Keeps an element told of language changes while it is connected; gives the function to stop. */
export function followLocale(el: Element & { _syncLocale(): void }): () => void {
  if (!live.size) pageLang.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
  live.add(el);
  const own = new MutationObserver(() => el._syncLocale());
  own.observe(el, { attributes: true, attributeFilter: ['lang'] });
  el._syncLocale();
  return () => {
    own.disconnect();
    live.delete(el);
    if (!live.size) pageLang.disconnect();
  };
}
