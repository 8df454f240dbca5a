import { html, nothing } from 'lit';
import { isoDate } from '../../internal/attributes.js';
import { advise, warn } from '../../internal/log.js';
import { formatDate } from '../../internal/numbers.js';
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

/**
 * Reads `last-reviewed` and `next-review-due`, with advice for the editor. A review dated before the
 * text it would vouch for (`writtenOn`, the content's own date) did not cover it: it is not shown to
 * patients or search engines as if it did, and the editor is told both dates.
 */
export function readReviewDates(tag: string, given: { lastReviewed?: string; nextReviewDue?: string }, writtenOn?: Date): ReviewDates {
  let reviewed = isoDate(tag, 'last-reviewed', given.lastReviewed);
  let predates = false;
  const next = isoDate(tag, 'next-review-due', given.nextReviewDue);
  if (!reviewed)
    once('no-review', () => advise(tag, 'patient information should show when it was last reviewed; add last-reviewed="YYYY-MM-DD".'));
  if (reviewed && writtenOn && reviewed < writtenOn) {
    const written = writtenOn.toISOString().slice(0, 10);
    warn(
      tag,
      `last-reviewed="${given.lastReviewed}" is before this content was written (${written}), so the review did not cover it; neither it nor reviewed-by is shown. Review the content again and update last-reviewed.`,
    );
    reviewed = undefined;
    predates = true;
  }
  // The patient sees the date as given; only the editor is told it has passed.
  if (next && next.getTime() < Date.now())
    once('overdue', () => warn(tag, `next-review-due="${given.nextReviewDue}" has passed; the content is due for review.`));
  return { reviewed, next, predates };
}

/** "Page last reviewed: … · Next review due: …" in the reader's language, or empty. */
export function reviewLine(
  { reviewed, next }: ReviewDates,
  strings: { lastReviewed: string; nextReviewDue: string },
  lang: string,
): string {
  const parts: string[] = [];
  if (reviewed) parts.push(format(strings.lastReviewed, { date: formatDate(reviewed, lang) }));
  if (next) parts.push(format(strings.nextReviewDue, { date: formatDate(next, lang) }));
  return parts.join(' · ');
}

export interface ReviewFooterOptions {
  /** The day the text shown was written, when it is the bundled text: a review dated before it did not cover it. */
  writtenOn: () => Date | undefined;
  strings: () => { lastReviewed: string; nextReviewDue: string; reviewedBy: string };
  /** The reader's language, for the dates. */
  lang: () => string;
}

/**
 * The FAQ footer's review lines, "Page last reviewed: … · Next review due: …" and "Reviewed by: …",
 * from the host's `last-reviewed`, `next-review-due` and `reviewed-by`. The dates are read when
 * `read()` is called, not on every render: a click re-renders, the dates do not change.
 */
export class ReviewFooter {
  private _dates: ReviewDates = {};
  private _line = '';

  constructor(
    private _host: Element & { lastReviewed?: string; nextReviewDue?: string; reviewedBy?: string },
    private _options: ReviewFooterOptions,
  ) {}

  /** When the text shown was last reviewed (for structured data), if the footer shows it. */
  get reviewed(): Date | undefined {
    return this._dates.reviewed;
  }

  /** Reads the dates again, with advice for the editor, and words them in the reader's language. */
  read(): void {
    this._dates = readReviewDates(this._host.localName, this._host, this._options.writtenOn());
    this._line = reviewLine(this._dates, this._options.strings(), this._options.lang());
  }

  render() {
    const reviewer = this._dates.predates ? undefined : this._host.reviewedBy?.trim();
    return html`${this._line ? html`<p>${this._line}</p>` : nothing}
    ${reviewer ? html`<p>${format(this._options.strings().reviewedBy, { name: reviewer })}</p>` : nothing}`;
  }
}
