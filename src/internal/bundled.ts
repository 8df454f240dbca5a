// The bundled content in a language, as the elements show it: the language's own where it has it
// (registered with the elements' registry), else English. One home for the roads that write it out
// before any element runs: the embed builder and the build's snippets (scripts/post-build.mjs).
import { clinicNotes, contentInfo, doseRule, faqEntries, procedureSteps } from '../content/index.js';
import type { ClinicNotes, ContentInfo, DoseRuleText, FaqEntry, ProcedureStep, StemCellSource } from '../content/types.js';
import { commonStrings } from '../content/common-strings.js';
import { faqStrings } from '../content/faq-strings.js';
import { stepsStrings } from '../content/steps-strings.js';
import { doseStrings } from '../content/dose-strings.js';
import { doseFor, type WeightRange, type WeightUnit } from '../components/dose-note/weight.js';
import { reviewDates, reviewLines, type ReviewGiven } from '../components/stem-cell-faq/review-dates.js';
import { localeFor } from './locale.js';
import { versionLine, writtenDate } from './provenance.js';
import type { DoseLink, StepMarks } from './fallback-markup.js';

/** An element's UI strings in a language: its English ones, under the language's, under a developer's `strings`. */
const wordsIn = <T extends object>(english: T, lang: string, strings?: Readonly<Record<string, string>>): T => ({
  ...english,
  ...localeFor(lang).strings,
  ...strings,
});

export function bundledIn(lang: string): {
  faq: readonly FaqEntry[];
  steps: Readonly<Record<StemCellSource, readonly ProcedureStep[]>>;
  dose: DoseRuleText;
  notes: ClinicNotes;
  info: ContentInfo;
} {
  const own = localeFor(lang).content;
  return {
    faq: own.faq ?? faqEntries,
    steps: own.steps ?? procedureSteps,
    dose: own.dose ?? doseRule,
    notes: own.notes ?? clinicNotes,
    info: own.info ?? contentInfo,
  };
}

/** What an element's footer shows besides the clinic's disclaimer. */
export interface FooterOf {
  /** Whether the element shows the clinic's bundled content (not an editor's own): its footer then names the content's version. */
  bundled: boolean;
  /**
   * Whether any entry shown is bundled (by default, `bundled`): then a review dated before the bundled
   * text was written did not cover it, and is left out with its reviewer.
   */
  withBundled?: boolean;
  /** The FAQ's `last-reviewed`, `next-review-due` and `reviewed-by`, as given on the element. */
  review?: ReviewGiven;
  /** The element's UI strings in use, with a developer's overrides (its `strings`): else the language's. */
  strings?: Readonly<Record<string, string>>;
}

/**
 * The lines of an element's footer as the element shows them, in its order, with the language's own
 * strings: the FAQ's review lines, the clinic's disclaimer, and (for the bundled content) the
 * content's version and date. Every road writes them as the end of the fallback markup, so a reader
 * without the element's script also reads where the text comes from and when it was reviewed.
 */
export function footerLines(lang: string, { bundled, withBundled = bundled, review, strings: own }: FooterOf): string[] {
  const { notes, info } = bundledIn(lang);
  const strings = wordsIn({ ...commonStrings, ...faqStrings }, lang, own);
  const reviewed = review
    ? reviewLines(reviewDates(review, withBundled ? writtenDate(info) : undefined), review.reviewedBy, strings, lang)
    : [];
  return [...reviewed, notes.disclaimer, ...(bundled ? [versionLine(strings.contentVersion, info, lang)] : [])];
}

/**
 * Where the patient is in the steps (`current`, 1-based; none when 0 or not given), with the lines the
 * element shows for it in the language, for the fallback's steps (`stepsList()`). `strings`: the
 * element's UI strings in use, with a developer's overrides.
 */
export function stepMarks(lang: string, current: number | undefined, strings?: Readonly<Record<string, string>>): StepMarks | undefined {
  if (!current) return undefined;
  const words = wordsIn(stepsStrings, lang, strings);
  return { current, done: words.stepDone, here: words.stepCurrent };
}

/**
 * The steps' link to the dose rule (`dose-link`, already checked) with its words in the language, for
 * the fallback's culture step (`stepsList()`); none without an address.
 */
export function stepsDoseLink(lang: string, href: string | undefined, strings?: Readonly<Record<string, string>>): DoseLink | undefined {
  if (!href) return undefined;
  return { href, text: wordsIn(stepsStrings, lang, strings).doseLink };
}

/**
 * The dose note's figure for its `weight` in the language, as the note shows it (`doseFor()`), for
 * its fallback (`doseCallout()`); none without a weight it takes.
 */
export function doseResultIn(
  lang: string,
  weight: string | undefined,
  { unit = 'kg', range, rate }: { unit?: WeightUnit; range?: WeightRange; rate: number },
): string | undefined {
  const words = wordsIn(doseStrings, lang);
  const figure = doseFor(weight ?? '', { unit, range, rate, lang, own: localeFor(lang).numbers, words });
  return typeof figure === 'string' ? undefined : figure.text;
}
