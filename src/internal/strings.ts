import { commonStrings, doseStrings, faqStrings, stepsStrings, type UiStrings } from '../content/strings.js';
import { warn } from './log.js';

/**
 * Every UI string of the three elements as one flat table: the per-element tables of
 * `src/content/strings.ts` together. `{name}` placeholders are filled by `format()`. Override any of
 * them with an element's `strings` property.
 */
export const defaultStrings = { ...commonStrings, ...faqStrings, ...stepsStrings, ...doseStrings };

/** A language's per-element tables as one flat table. */
export const flatStrings = (s: UiStrings): Strings => ({ ...s.common, ...s.faq, ...s.steps, ...s.dose });

export type Strings = typeof defaultStrings;
export type StringKey = keyof Strings;

/** Fills `{name}` placeholders; unknown names stay visible rather than becoming "undefined". */
export const format = (text: string, values: Record<string, string | number> = {}): string =>
  text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));

/**
 * Merges an editor's overrides into the defaults. Unknown keys and non-string values are
 * ignored with a console warning, so a typo never blanks a label.
 */
export function mergeStrings(tag: string, overrides: unknown, base: Strings = defaultStrings): Strings {
  const merged = { ...base };
  if (overrides == null) return merged;
  if (typeof overrides !== 'object') {
    warn(tag, `"strings" must be an object of UI strings; got ${typeof overrides}. Using the defaults.`);
    return merged;
  }
  for (const [key, value] of Object.entries(overrides)) {
    if (!(key in defaultStrings)) warn(tag, `"strings.${key}" is not a known UI string; it is ignored.`);
    else if (typeof value !== 'string' || !value.trim()) warn(tag, `"strings.${key}" must be a non-empty string; the default is kept.`);
    else merged[key as StringKey] = value;
  }
  return merged;
}
