/**
 * Content strings. Any content string (a question, paragraph, list item, link text, step title,
 * summary or detail, or a dose-rule text) may contain the placeholder `{cells}`: it stands for
 * `doseRule.cellsPerKg` (or the element's own rate), filled in at render time and written out in
 * the page's number system ("2 million", "20 lakh"). The figure is never written literally.
 */

/** A link inside a paragraph. `href` must be http(s), mailto, tel, or relative. */
export interface Link {
  readonly text: string;
  readonly href: string;
}

/** Running text: a plain string, or a run of strings and links. */
export type Inline = string | Link;

/** A paragraph: one string, or an array of strings and links. */
export type Paragraph = string | readonly Inline[];

/** A bulleted list; each item is a paragraph. */
export interface List {
  readonly list: readonly Paragraph[];
}

/** One block of an answer or of step details. Never an HTML string. */
export type Block = Paragraph | List;

/** One FAQ entry. `id` is stable and URL-safe: it is the deep-link fragment. */
export interface FaqEntry {
  readonly id: string;
  readonly question: string;
  readonly answer: readonly Block[];
}

/** Where the injected stem cells come from. */
export type StemCellSource = 'bone-marrow' | 'adipose' | 'allogenic';

/** One step of the procedure. */
export interface ProcedureStep {
  readonly id: string;
  readonly title: string;
  /** One short sentence shown at all times. */
  readonly summary: string;
  /** Shown when the patient opens the step. */
  readonly details: readonly Block[];
}

/** The dose rule's texts, in any language: its figure is the English rule's alone (`DoseRule`). */
export interface DoseRuleText {
  readonly heading: string;
  /** `{cells}` stands for `cellsPerKg`, written out in the reader’s language. */
  readonly rule: string;
  readonly meaning: string;
  readonly notice: string;
}

/** The dose rule, its figure and its plain-words explanation. */
export interface DoseRule extends DoseRuleText {
  readonly cellsPerKg: number;
  /** Lightest and heaviest weight the calculator accepts, in kg: a judgement for adults, not from the document. */
  readonly minWeightKg: number;
  readonly maxWeightKg: number;
}

/** The clinic's notes shown under the widgets. */
export interface ClinicNotes {
  readonly disclaimer: string;
}

/** Where the bundled content comes from. */
export interface ContentInfo {
  /** The document the content was written from. */
  readonly source: string;
  /** The day it was written from (or last checked against) that document, as an ISO date: YYYY-MM-DD. */
  readonly writtenOn: string;
  /** The content's own version (semver); bumped on any change of wording. */
  readonly version: string;
  /**
   * For a translation only: the version of the English content (`contentInfo.version`) it was
   * translated from. When the English version moves on, the translation needs checking again.
   */
  readonly translatedFrom?: string;
}

/**
 * The concepts every translation names one way, with a plain gloss at first use in each element
 * (the FAQ, each source's steps, the dose note).
 */
export type GlossaryConcept =
  | 'stem cell'
  | 'donor'
  | 'bone marrow'
  | 'fat'
  | 'osteoarthritis'
  | 'cartilage'
  | 'tissue'
  | 'injection'
  | 'physiotherapy'
  | 'centrifugation'
  | 'culture'
  | 'dose';

/** One concept of a translation's glossary. */
export interface GlossaryTerm {
  readonly concept: GlossaryConcept;
  /** The one term the translation uses for the concept, as it is written in the text. */
  readonly term: string;
  /**
   * The plain explanation written in brackets right after the term's first use in each element,
   * `term (gloss)`; empty when a patient needs none.
   */
  readonly gloss: string;
}

/** What a translation promises and is tested against, written down beside its content. */
export interface LanguageGuide {
  /** The language tag: `hi`, `mr`, `bn`, `te`, `ta`. */
  readonly lang: string;
  readonly glossary: readonly GlossaryTerm[];
  /** Words that carry the document's hedges ("may", "can", "generally", "typically", "is considered", "at least"…). */
  readonly hedges: readonly string[];
  /** Words that would say more than the document ("cure", "guaranteed", "proven", "easily available", "no risk"…): never used. */
  readonly strengthening: readonly string[];
}

/**
 * A translation's literal back-translation into English, for its review table
 * (docs/reviews/<lang>.md, written by scripts/review-tables.mjs). Not part of any bundle.
 */
export interface BackTranslation {
  readonly lang: string;
  /**
   * Each distinct string of the translation (content and UI strings), exactly as it is written, to
   * its literal English. Keyed by the text itself, so a changed translation has no back-translation
   * until someone writes one again: the review table shows which.
   */
  readonly texts: Readonly<Record<string, string>>;
  /** The translator's judgement calls, for the reviewing clinician. */
  readonly notes: readonly string[];
  /** Questions the reviewing clinician should answer. */
  readonly questions: readonly string[];
}
