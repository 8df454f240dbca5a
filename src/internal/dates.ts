import { warn } from './strings.js';

/** Reads an ISO date (YYYY-MM-DD); a bad one is ignored with a console warning naming the attribute. */
export function isoDate(tag: string, attribute: string, value: string | undefined): Date | undefined {
  if (!value) return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  const date = m && new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  if (date && date.getUTCMonth() === +m[2] - 1 && date.getUTCDate() === +m[3]) return date;
  warn(tag, `${attribute}="${value}" is not a date in the form YYYY-MM-DD (for example 2026-03-01); it is ignored.`);
  return undefined;
}

export const formatDate = (date: Date, lang: string): string =>
  new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
