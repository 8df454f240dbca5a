import { pageBase } from './page.js';
import { warn } from './log.js';

/**
 * Reading an editor's attributes. Each reader gives a valid value or the fallback, and a bad value
 * gets one console warning that names the attribute, what is allowed, and what is used instead.
 */

const given = (value: unknown) => value != null && value !== '';

/** One of a fixed set of words, such as `source` or `unit`. */
export function oneOf<T extends string>(tag: string, name: string, value: unknown, allowed: readonly T[], fallback: T): T {
  if (!given(value)) return fallback;
  if (allowed.includes(value as T)) return value as T;
  warn(tag, `${name}="${value}" is not known; use ${allowed.join(', ')}. Using ${fallback}.`);
  return fallback;
}

/** A whole number from `min` to `max`, or `fallback` when the attribute is absent or wrong. */
export function wholeNumber<T>(tag: string, name: string, value: unknown, min: number, max: number, fallback: T): number | T {
  if (!given(value)) return fallback;
  const n = Number(value);
  if (Number.isSafeInteger(n) && n >= min && n <= max) return n;
  const range = max === Infinity ? `of at least ${min}` : `from ${min} to ${max}`;
  const instead = fallback === undefined ? 'It is ignored.' : `Using ${fallback}.`;
  warn(tag, `${name}="${value}" is not allowed; use a whole number ${range}. ${instead}`);
  return fallback;
}

const SAFE_PROTOCOLS = ['http:', 'https:', 'mailto:', 'tel:'];

/** True for links a patient can safely follow: web, mail, phone and same-site addresses. */
export function isSafeHref(href: string): boolean {
  try {
    return SAFE_PROTOCOLS.includes(new URL(href, pageBase()).protocol);
  } catch {
    return false;
  }
}

/** A link target from an attribute, or `undefined` (with a warning) when it is not a safe address. */
export function safeHref(tag: string, name: string, value: string | undefined): string | undefined {
  if (!value) return undefined;
  if (isSafeHref(value)) return value;
  warn(tag, `${name}="${value}" is not a web address (http, https or relative, such as #dose); it is ignored.`);
  return undefined;
}

/** An ISO date (YYYY-MM-DD), or `undefined` (with a warning) when it is not a real date. */
export function isoDate(tag: string, name: string, value: string | undefined): Date | undefined {
  const date = parseIsoDate(value);
  if (value && !date) warn(tag, `${name}="${value}" is not a date in the form YYYY-MM-DD (for example 2026-03-01); it is ignored.`);
  return date;
}

/** An ISO date (YYYY-MM-DD) as a UTC day, or `undefined` when it is not a real date; no message. */
export function parseIsoDate(value: string | undefined): Date | undefined {
  const m = value ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim()) : null;
  const date = m && new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return m && date && date.getUTCMonth() === +m[2] - 1 && date.getUTCDate() === +m[3] ? date : undefined;
}
