// `registerLocale`: a language added at run time, checked like editor content. An entry of its own
// (`stem-cell-explainers/register-locale`, dist/cdn/register-locale.js), so that a page that adds no
// language carries neither the checks nor every element's English strings they compare against.
import { defaultStrings, type StringKey, type Strings } from '../content/strings.js';
import type { ProcedureStep } from '../content/types.js';
import { addLocale, registered, type LocaleContent } from './locale.js';
import { fail, warn } from './log.js';
import { placeholders } from './strings.js';
import type { BigNumberFormat } from './numbers.js';
import { faqChecks, stepChecks, validEntries } from './validate.js';

const TAG = 'stem-cell-explainers';

const text = (v: unknown) => typeof v === 'string' && v.trim() !== '';
/** A day as YYYY-MM-DD that a date can be made of (the footer writes it with Intl, which refuses any other). */
const isDate = (v: string) => /^\d{4}-\d{2}-\d{2}$/.test(v) && !isNaN(Date.parse(v));

/**
 * Every UI string, checked against English: a wrong one is left out, with a console message; one that
 * neither `given` nor what the page `had` of the language has stays English, and the developer is told.
 */
function checkStrings(lang: string, given: unknown = {}, had: Partial<Strings> = {}): Partial<Strings> {
  const strings: Partial<Strings> = {};
  if (typeof given !== 'object' || given === null) {
    fail(TAG, `registerLocale("${lang}"): "strings" must be an object of UI strings; English is used.`);
    return strings;
  }
  for (const [key, value] of Object.entries(given)) {
    if (!Object.hasOwn(defaultStrings, key))
      warn(TAG, `registerLocale("${lang}"): "strings.${key}" is not a known UI string; it is ignored.`);
    else if (!text(value)) fail(TAG, `registerLocale("${lang}"): "strings.${key}" must be non-empty text; English is used.`);
    else if (placeholders(value as string) !== placeholders(defaultStrings[key as StringKey]))
      fail(
        TAG,
        `registerLocale("${lang}"): "strings.${key}" must use the placeholders of English (${defaultStrings[key as StringKey]}); English is used.`,
      );
    else strings[key as StringKey] = value as string;
  }
  const missing = Object.keys(defaultStrings).filter((k) => !(k in given) && !(k in had));
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
    // The footer writes the date as a date: "soon" would blank the element where Intl refuses it.
    const bad = keys.filter((k) => !text(value[k]) || (k === 'writtenOn' && !isDate(value[k] as string)));
    // The dose rule shows the clinic's figure through {cells}; no other field has a placeholder.
    const misplaced = bad.length
      ? []
      : keys.filter((k) => part === 'dose' && placeholders(value[k] as string) !== (k === 'rule' ? 'cells' : ''));
    if (bad.length)
      fail(
        TAG,
        `registerLocale("${lang}"): "content.${part}" needs text for ${bad.join(', ')}${part === 'info' ? ' (writtenOn: a date such as 2026-12-04)' : ''}; English is used.`,
      );
    else if (misplaced.length)
      fail(
        TAG,
        `registerLocale("${lang}"): "content.dose.rule" must show the figure with {cells}, and no other placeholder may appear (${misplaced.join(', ')}); English is used.`,
      );
    else Object.assign(content, { [part]: value });
  }
  return content;
}

/**
 * A developer's way of writing a count, used only where it gives text: a figure it throws on, or
 * writes as nothing, is written by Intl instead, and the developer is told once.
 */
function checkedNumbers(lang: string, key: string, given: BigNumberFormat): BigNumberFormat {
  let told = false;
  return (value, digits) => {
    let written: unknown;
    try {
      written = given(value, digits);
    } catch (error) {
      written = error;
    }
    if (typeof written === 'string' && written.trim()) return written;
    if (!told)
      fail(TAG, `registerLocale("${lang}"): "numbers" gave no text for ${value} (${String(written)}); Intl's number words are used.`);
    told = true;
    // bigNumber()'s way for a language without its own: not imported, so that this file stays small.
    return new Intl.NumberFormat(key, { notation: 'compact', compactDisplay: 'long', maximumSignificantDigits: digits }).format(value);
  };
}

/**
 * Adds a language (UI strings and, optionally, content) for every element on the page whose nearest
 * `lang` names it (`ta` serves `ta` and `ta-IN`). Validated like editor content, with console messages.
 * What the page already has of the language (one the package ships, or an earlier call) is kept where
 * this call gives nothing in its place: `registerLocale('ta', { strings: { showAll: '…' } })` changes a
 * label and keeps the package's Tamil text.
 */
export function registerLocale(
  lang: string,
  locale: { strings?: Partial<Strings>; content?: LocaleContent; numbers?: BigNumberFormat },
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
  if (numbers) numbers = checkedNumbers(lang, key, numbers);
  const had = registered(key);
  const strings = checkStrings(lang, locale?.strings, had?.strings);
  const given = checkContent(lang, locale?.content);
  const content = { ...had?.content, ...given };
  const none = (['faq', 'steps', 'dose'] as const).filter((part) => !content[part]);
  if (none.length) warn(TAG, `registerLocale("${lang}"): no ${none.map((p) => `content.${p}`).join(', ')}; that text stays in English.`);
  if (had?.content.info && !given.info && (given.faq || given.steps || given.dose || given.notes))
    warn(
      TAG,
      `registerLocale("${lang}"): your content replaces the page's; give "content.info" too, or the footer names the version and date of the text it replaced.`,
    );
  addLocale(key, { strings: { ...had?.strings, ...strings }, content, numbers: numbers ?? had?.numbers, own: true });
}
