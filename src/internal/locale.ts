import { isServer } from 'lit';
import type { ClinicNotes, ContentInfo, DoseRule, FaqEntry, ProcedureStep, StemCellSource } from '../content/types.js';
import { fail, warn } from './log.js';
import type { BigNumberFormat } from './numbers.js';
import { defaultStrings, type StringKey, type Strings } from './strings.js';
import { faqChecks, stepChecks, validEntries } from './validate.js';

/** A language's content; anything left out is shown in English. */
export interface LocaleContent {
  faq?: readonly FaqEntry[];
  steps?: Readonly<Record<StemCellSource, readonly ProcedureStep[]>>;
  dose?: DoseRule;
  notes?: ClinicNotes;
  info?: ContentInfo;
}

export interface Locale {
  strings: Strings;
  content: LocaleContent;
  /** How the language writes a large count, where its `Intl` does not (Telugu, Tamil: lakh and crore). */
  numbers?: BigNumberFormat;
}

const TAG = 'stem-cell-explainers';
const ENGLISH: Locale = { strings: defaultStrings, content: {} };
/**
 * The registered languages and the connected elements (told when a language is registered or the
 * page's language changes) are the page's, shared by every copy of our code on it: a language file
 * (dist/cdn/locale-hi.js) serves the hydrate bundle's elements as well as the per-element files'.
 */
const page = globalThis as unknown as Record<symbol, { registry: Map<string, Locale>; live: Set<{ _syncLocale(): void }> } | undefined>;
const SHARED = Symbol.for('stem-cell-explainers.locales');
const { registry, live } = (page[SHARED] ??= { registry: new Map(), live: new Set() });

const placeholders = (s: string) =>
  [...s.matchAll(/\{(\w+)\}/g)]
    .map((m) => m[1])
    .sort()
    .join();
const text = (v: unknown) => typeof v === 'string' && v.trim() !== '';

/** Every UI string, checked against English: a missing or wrong one stays English, with a console message. */
function checkStrings(lang: string, given: unknown): Strings {
  const strings = { ...defaultStrings };
  if (typeof given !== 'object' || given === null) {
    fail(TAG, `registerLocale("${lang}"): "strings" must be an object of UI strings; English is used.`);
    return strings;
  }
  for (const [key, value] of Object.entries(given)) {
    if (!(key in defaultStrings)) warn(TAG, `registerLocale("${lang}"): "strings.${key}" is not a known UI string; it is ignored.`);
    else if (!text(value)) fail(TAG, `registerLocale("${lang}"): "strings.${key}" must be non-empty text; English is used.`);
    else if (placeholders(value as string) !== placeholders(defaultStrings[key as StringKey]))
      fail(
        TAG,
        `registerLocale("${lang}"): "strings.${key}" must use the placeholders of English (${defaultStrings[key as StringKey]}); English is used.`,
      );
    else strings[key as StringKey] = value as string;
  }
  const missing = Object.keys(defaultStrings).filter((k) => !(k in given));
  if (missing.length) warn(TAG, `registerLocale("${lang}"): no ${missing.join(', ')}; those stay in English.`);
  return strings;
}

/** The content, validated as editor content is; what is not valid is left out (shown in English). */
function checkContent(lang: string, given: LocaleContent = {}): LocaleContent {
  const who = `${TAG} (${lang})`;
  const content: { -readonly [K in keyof LocaleContent]: LocaleContent[K] } = {};
  if (given.faq) {
    const faq = validEntries(who, given.faq, [], faqChecks);
    if (faq.length) content.faq = faq;
  }
  if (given.steps) {
    const steps = Object.fromEntries(Object.entries(given.steps).map(([k, v]) => [k, validEntries<ProcedureStep>(who, v, [], stepChecks)]));
    if (Object.values(steps).every((v) => v.length)) content.steps = steps as unknown as LocaleContent['steps'];
    else fail(TAG, `registerLocale("${lang}"): "content.steps" needs valid steps for every source; English steps are used.`);
  }
  const fields = {
    dose: ['heading', 'rule', 'meaning', 'notice'],
    notes: ['disclaimer'],
    info: ['version', 'writtenOn', 'source'],
  } as const;
  for (const [part, keys] of Object.entries(fields) as [keyof typeof fields, readonly string[]][]) {
    const value = given[part] as Record<string, unknown> | undefined;
    if (!value) continue;
    const bad = keys.filter((k) => !text(value[k]));
    if (bad.length) fail(TAG, `registerLocale("${lang}"): "content.${part}" needs text for ${bad.join(', ')}; English is used.`);
    else Object.assign(content, { [part]: value });
  }
  return content;
}

/**
 * Adds a language (UI strings and, optionally, content) for every element on the page whose nearest
 * `lang` names it (`ta` serves `ta` and `ta-IN`). Validated like editor content, with console messages.
 */
export function registerLocale(
  lang: string,
  locale: { strings: Partial<Strings>; content?: LocaleContent; numbers?: BigNumberFormat },
): void {
  let key: string;
  try {
    key = Intl.getCanonicalLocales(lang)[0].toLowerCase();
  } catch {
    fail(TAG, `registerLocale("${lang}"): not a language tag (such as "hi" or "ta-IN"); nothing is registered.`);
    return;
  }
  let numbers = locale?.numbers;
  if (numbers !== undefined && typeof numbers !== 'function') {
    fail(TAG, `registerLocale("${lang}"): "numbers" must be a function that writes a count; Intl's number words are used.`);
    numbers = undefined;
  }
  registry.set(key, { strings: checkStrings(lang, locale?.strings), content: checkContent(lang, locale?.content), numbers });
  live.forEach((el) => el._syncLocale());
}

/** The locale for a language: its own, else its base language's (`hi-IN` → `hi`), else English. */
export function localeFor(lang: string): Locale {
  const key = lang.toLowerCase();
  return registry.get(key) ?? registry.get(key.split('-')[0]) ?? ENGLISH;
}

/** Whether a language has its own UI strings here: it, or its base language (`hi-IN` → `hi`), was registered. */
export const hasLocale = (lang: string): boolean => localeFor(lang) !== ENGLISH;

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
