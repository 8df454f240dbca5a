import { html } from 'lit';
import { isoDate, parseIsoDate } from '../../internal/attributes.js';
import { advise, warn } from '../../internal/log.js';
import { formatDate } from '../../internal/numbers.js';
import { renderText } from '../../internal/render-text.js';
import { format } from '../../internal/strings.js';

/** Editor advice given once per page, however many FAQs it has. */
const told = new Set<string>();
const once = (key: string, say: () => void) => {
  if (!told.has(key)) {
    told.add(key);
    say();
  }
};

export interface ReviewDates {
  /** When the text shown was last reviewed, if the editor said so and the review covers it. */
  reviewed?: Date;
  /** When the next review is due. */
  next?: Date;
  /** The review given was dated before the text: neither it nor the reviewer is shown. */
  predates?: boolean;
}

/** The FAQ's review attributes as given. */
export interface ReviewGiven {
  lastReviewed?: string;
  nextReviewDue?: string;
  reviewedBy?: string;
}

/**
 * The review dates to show, from `last-reviewed` and `next-review-due`, with no message: the rule
 * every road applies. A review dated before the text it would vouch for (`writtenOn`, the content's
 * own date) did not cover it: it is not shown to patients or search engines as if it did.
 */
export function reviewDates(given: ReviewGiven, writtenOn?: Date): ReviewDates {
  const reviewed = parseIsoDate(given.lastReviewed);
  const predates = Boolean(reviewed && writtenOn && reviewed < writtenOn);
  return { reviewed: predates ? undefined : reviewed, next: parseIsoDate(given.nextReviewDue), predates };
}

/**
 * Whether a date (YYYY-MM-DD) is after today wherever the reader is: later than the UTC date a day
 * from now, since a clinic east of UTC may be a day ahead. A review cannot have taken place then: the
 * embed builder and the WordPress plugin refuse such a `last-reviewed`; the element warns.
 */
export const afterToday = (iso: string): boolean => iso > new Date(Date.now() + 864e5).toISOString().slice(0, 10);

/**
 * Whether a next review (YYYY-MM-DD) is not after the last review (YYYY-MM-DD): it cannot be due
 * then. The embed builder and the WordPress plugin refuse such a `next-review-due`; the element warns.
 */
export const notAfterLastReview = (next: string, last: string): boolean => next <= last;

/**
 * Whether a next review (YYYY-MM-DD) is due: its day has begun, in UTC, before now. The element warns;
 * the embed builder says so beside the field. The patient reads the date as given.
 */
export const reviewDue = (next: string): boolean => Date.parse(`${next}T00:00:00Z`) < Date.now();

/** The review dates to show (reviewDates()), with advice for the editor in the console. */
export function readReviewDates(tag: string, given: ReviewGiven, writtenOn?: Date): ReviewDates {
  // Each date that is not one is named.
  isoDate(tag, 'last-reviewed', given.lastReviewed);
  isoDate(tag, 'next-review-due', given.nextReviewDue);
  const dates = reviewDates(given, writtenOn);
  const { next, predates } = dates;
  if (!dates.reviewed && !predates)
    once('no-review', () => advise(tag, 'patient information should show when it was last reviewed; add last-reviewed="YYYY-MM-DD".'));
  if (predates && writtenOn) {
    const written = writtenOn.toISOString().slice(0, 10);
    warn(
      tag,
      `last-reviewed="${given.lastReviewed}" is before this content was written (${written}), so the review did not cover it; neither it nor reviewed-by is shown. Review the content again and update last-reviewed.`,
    );
  }
  // The patient sees the dates as given; only the editor is told that one cannot be right, or has passed.
  if (dates.reviewed && afterToday(given.lastReviewed!.trim()))
    warn(tag, `last-reviewed="${given.lastReviewed}" is after today: a review cannot be in the future. Give the day it took place.`);
  if (next && parseIsoDate(given.lastReviewed) && notAfterLastReview(given.nextReviewDue!.trim(), given.lastReviewed!.trim()))
    warn(
      tag,
      `next-review-due="${given.nextReviewDue}" is not after last-reviewed="${given.lastReviewed}": the next review must come after the last. Give the day it is due.`,
    );
  if (next && reviewDue(given.nextReviewDue!.trim()))
    once('overdue', () => warn(tag, `next-review-due="${given.nextReviewDue}" has passed; the content is due for review.`));
  return dates;
}

/** The review lines' UI strings. */
export interface ReviewStrings {
  lastReviewed: string;
  nextReviewDue: string;
  reviewedBy: string;
}

/**
 * The FAQ footer's review lines, in the reader's language: "Page last reviewed: … · Next review
 * due: …" and "Reviewed by: …" (not when the review predates the text), each only when given. The
 * element's footer and the fallback markup of every road (footerLines()) show these.
 */
export function reviewLines(dates: ReviewDates, reviewedBy: string | undefined, strings: ReviewStrings, lang: string): string[] {
  const dated: string[] = [];
  if (dates.reviewed) dated.push(format(strings.lastReviewed, { date: formatDate(dates.reviewed, lang) }));
  if (dates.next) dated.push(format(strings.nextReviewDue, { date: formatDate(dates.next, lang) }));
  const name = dates.predates ? undefined : reviewedBy?.trim();
  return [...(dated.length ? [dated.join(' · ')] : []), ...(name ? [format(strings.reviewedBy, { name })] : [])];
}

export interface ReviewFooterOptions {
  /** The day the text shown was written, when it is the bundled text: a review dated before it did not cover it. */
  writtenOn: () => Date | undefined;
  strings: () => ReviewStrings;
  /** The reader's language, for the dates. */
  lang: () => string;
}

/**
 * The FAQ footer's review lines (reviewLines()) from the host's `last-reviewed`, `next-review-due` and
 * `reviewed-by`. They are read when `read()` is called, not on every render: a click re-renders, the
 * dates do not change.
 */
export class ReviewFooter {
  private _dates: ReviewDates = {};
  /** The lines the footer shows, as the fallback markup of every road writes them too. */
  lines: readonly string[] = [];

  constructor(
    private _host: Element & ReviewGiven,
    private _options: ReviewFooterOptions,
  ) {}

  /** When the text shown was last reviewed (for structured data), if the footer shows it. */
  get reviewed(): Date | undefined {
    return this._dates.reviewed;
  }

  /** Reads the dates and the reviewer again, with advice for the editor, and words them in the reader's language. */
  read(): void {
    this._dates = readReviewDates(this._host.localName, this._host, this._options.writtenOn());
    this.lines = reviewLines(this._dates, this._host.reviewedBy, this._options.strings(), this._options.lang());
  }

  render() {
    // A reviewer's name in Latin letters in a Hindi footer is marked as English, as the fallback's footer.
    return this.lines.map((line) => html`<p>${renderText(line, {})}</p>`);
  }
}
