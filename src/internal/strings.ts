import type { UiStrings } from '../content/strings.js';
import { warn } from './log.js';

/** A table of UI strings: an element's own (its English table with a language's and an editor's). */
export type StringTable = Record<string, string>;

/** A language's per-element tables as one flat table (what `registerLocale` takes). */
export const flatStrings = (s: UiStrings): Partial<UiStrings['common'] & UiStrings['faq'] & UiStrings['steps'] & UiStrings['dose']> => ({
  ...s.common,
  ...s.faq,
  ...s.steps,
  ...s.dose,
});

/**
 * Fills `{name}` placeholders with the values' own properties (never an object's built-in ones, such
 * as `{constructor}`); unknown names stay visible rather than becoming "undefined".
 */
export const format = (text: string, values: Record<string, string | number> = {}): string =>
  text.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(values, name) ? String(values[name]) : whole));

/**
 * The `{name}`s in content other than `{cells}` (the clinic's figure, the only one content fills in),
 * each once: a slip such as `{cell}` reaches the patient as written, so every road names it.
 */
export const unfilledNames = (text: string): string[] => [...new Set(text.match(/\{\w+\}/g))].filter((name) => name !== '{cells}');

/** A text's placeholder names, sorted and joined: equal for two texts that fill in the same values. */
export const placeholders = (text: string): string =>
  [...text.matchAll(/\{(\w+)\}/g)]
    .map((m) => m[1])
    .sort()
    .join();

/**
 * An element's strings: its English table, with a registered language's strings for the same keys
 * (`language`, already checked by `registerLocale`), then an editor's overrides. Unknown keys and
 * non-string values are ignored with a console warning, so a typo never blanks a label.
 */
export function mergeStrings<S extends StringTable>(tag: string, overrides: unknown, english: S, language: Partial<StringTable> = {}): S {
  const merged = { ...english };
  for (const key of Object.keys(english) as (keyof S)[]) if (language[key as string]) merged[key] = language[key as string] as S[keyof S];
  if (overrides == null) return merged;
  if (typeof overrides !== 'object') {
    warn(tag, `"strings" must be an object of UI strings; got ${typeof overrides}. Using the defaults.`);
    return merged;
  }
  for (const [key, value] of Object.entries(overrides)) {
    if (!Object.hasOwn(english, key)) warn(tag, `"strings.${key}" is not a known UI string of this element; it is ignored.`);
    else if (typeof value !== 'string' || !value.trim()) warn(tag, `"strings.${key}" must be a non-empty string; the default is kept.`);
    // A misspelt or missing placeholder would show "{wieght}" to the patient, or leave out the figure.
    else if (placeholders(value) !== placeholders(english[key]))
      warn(tag, `"strings.${key}" must use the placeholders of the default (${english[key]}); the default is kept.`);
    else merged[key as keyof S] = value as S[keyof S];
  }
  return merged;
}
