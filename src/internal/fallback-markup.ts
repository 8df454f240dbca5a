// The one home of every element's fallback markup: what a reader sees before or without the element's
// script, on every road (server-rendered markup, dist/snippets/*.html, the embed builder, the
// WordPress plugin's build; scripts/fallback-markup.mjs re-exports it for Node scripts). The element
// reads it back as its content when it loads. Text is escaped; `{cells}` is written as the element
// writes it, from `cellsText` (the elements' own `bigNumber`, which never rounds the minimum down).
import type { Block, DoseRuleText, FaqEntry, Paragraph, ProcedureStep } from '../content/types.js';
import { localeFor } from './locale.js';
import { bigNumber } from './numbers.js';
import { textParts } from './text-parts.js';
import type { Tag } from './tags.js';

/** The dose figure as the elements write it for `{cells}` in a language: "2 million", "20 लाख". */
export const cellsText = (cellsPerKg: number, lang = 'en'): string => bigNumber(cellsPerKg, lang, { own: localeFor(lang).numbers });

export const esc = (s: unknown): string =>
  String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * Text as HTML: escaped, with `{cells}` (given `cells`) as `<span data-cells>figure</span>`, which the
 * element reads back as `{cells}`, and English words in another script's text as `<span lang="en">`
 * (textParts(), as the element marks them).
 */
const text = (s: string, cells?: string) =>
  textParts(s, cells === undefined ? {} : { cells })
    .map((part) =>
      part.value ? `<span data-cells>${esc(part.text)}</span>` : part.english ? `<span lang="en">${esc(part.text)}</span>` : esc(part.text),
    )
    .join('');

const inline = (p: Paragraph, cells: string) =>
  typeof p === 'string'
    ? text(p, cells)
    : p.map((i) => (typeof i === 'string' ? text(i, cells) : `<a href="${esc(i.href)}">${text(i.text, cells)}</a>`)).join('');

/** Answer or step-detail blocks as paragraphs and lists. */
export const blocksHtml = (bs: readonly Block[], cells: string): string =>
  bs
    .map((b) =>
      typeof b === 'object' && 'list' in b
        ? `<ul>${b.list.map((p) => `<li>${inline(p, cells)}</li>`).join('')}</ul>`
        : `<p>${inline(b, cells)}</p>`,
    )
    .join('');

/** FAQ entries as `<details>`, the form <stem-cell-faq> takes over. */
export const faqDetails = (entries: readonly FaqEntry[], cells: string): string =>
  entries
    .map((e) => `<details id="${esc(e.id)}"><summary>${text(e.question, cells)}</summary>${blocksHtml(e.answer, cells)}</details>`)
    .join('\n');

/**
 * Where the patient is in the steps, as `<procedure-steps current="N">` shows it: step N is marked
 * "You are here" (and `aria-current="step"`), the steps before it "Done", in the element's words.
 */
export interface StepMarks {
  /** The patient's step, 1-based. */
  current: number;
  /** The line under each earlier step's heading (the element's `stepDone`). */
  done: string;
  /** The line under the current step's heading (the element's `stepCurrent`). */
  here: string;
}

/**
 * A step's mark as the fallback writes it, under the step's heading: a paragraph the element's
 * reader skips (`data-step-state`), since the element draws its own. `attribute` goes on the `<li>`.
 */
export const stepMark = (text: string, current: boolean): { attribute: string; line: string } => ({
  attribute: current ? ' aria-current="step"' : '',
  line: `<p data-step-state><strong>${esc(text)}</strong></p>`,
});

/** The steps' link to the dose rule (`dose-link`), in the culture step as the element shows it: its address and words. */
export interface DoseLink {
  href: string;
  text: string;
}

/**
 * The dose link as the fallback writes it, after the culture step's details: a paragraph the
 * element's reader skips (`data-step-dose`), since the element draws its own from `dose-link`.
 */
export const doseLinkLine = (link: DoseLink): string => `<p data-step-dose><a href="${esc(link.href)}">${esc(link.text)}</a></p>`;

/**
 * Whether a step is the culture step, where the dose link goes: by its id, also as made unique on its
 * page ("culture-2", a second steps block in WordPress), which the element reads as the bundled step.
 */
export const isCultureStep = (id: string): boolean => /^culture(-\d+)?$/.test(id);

/** How the steps are written beside their content: as the element's attributes show them. */
export interface StepsListOptions {
  /** The headings' level (the element's `heading-level`), 3 unless the page's outline needs another. */
  level?: number;
  /** Where the patient is (the element's `current`): the steps up to theirs are marked. */
  marks?: StepMarks;
  /** The link to the dose rule in the culture step (the element's `dose-link`). */
  doseLink?: DoseLink;
}

/** Procedure steps as an ordered list with headings, the form <procedure-steps> takes over. */
export const stepsList = (steps: readonly ProcedureStep[], cells: string, { level = 3, marks, doseLink }: StepsListOptions = {}): string =>
  `<ol>\n${steps
    .map((s, i) => {
      const n = i + 1;
      const mark = marks && n <= marks.current ? stepMark(n < marks.current ? marks.done : marks.here, n === marks.current) : undefined;
      const link = doseLink && isCultureStep(s.id) ? doseLinkLine(doseLink) : '';
      return `<li id="${esc(s.id)}"${mark?.attribute ?? ''}><h${level}>${text(s.title, cells)}</h${level}>${mark?.line ?? ''}<p>${text(s.summary, cells)}</p>${blocksHtml(s.details, cells)}${link}</li>`;
    })
    .join('\n')}\n</ol>`;

/**
 * The dose rule as a heading (at `level`) and paragraphs; with `result`, the figure for the weight
 * the note was given (`weight`: `doseFor()`'s text) after the rule's meaning, where the element shows it.
 */
export const doseCallout = (rule: DoseRuleText, cells: string, level = 3, result?: string): string =>
  `<h${level}>${text(rule.heading, cells)}</h${level}>\n<p>${text(rule.rule, cells)}</p>\n<p>${text(rule.meaning, cells)}</p>\n${
    result ? `<p data-dose-result>${esc(result)}</p>\n` : ''
  }<p><strong>${text(rule.notice, cells)}</strong></p>`;

/** What an element's fallback is written from: its entries (FAQ, steps) or its rule (dose note), in the reader's language. */
export interface FallbackContent {
  /** The FAQ's entries or the steps, as the element shows them. */
  entries?: readonly (FaqEntry | ProcedureStep)[];
  /** The dose rule's texts (the dose note). */
  rule?: DoseRuleText;
  /**
   * The lines of the element's footer, written under its content as the element shows them
   * (footerLines() in src/internal/bundled.ts): the FAQ's review lines, the clinic's disclaimer, the
   * content's version.
   */
  footer: readonly string[];
  /** The figure `{cells}` stands for, as the element writes it (`bigNumber(rate, lang)`). */
  cells: string;
  /** The level of the steps' and the dose note's headings. */
  level?: number;
  /** The steps: where the patient is, when the element has `current`. */
  marks?: StepMarks;
  /** The steps: the link to the dose rule, when the element has `dose-link`. */
  doseLink?: DoseLink;
  /** The dose note: the figure for its `weight`, when it has one (`doseFor()`'s text). */
  result?: string;
}

/**
 * The whole light-DOM fallback of one element, as every road writes it inside the element (or its
 * placeholder): the FAQ's `<details>`, the steps' list, the dose note's rule (with the figure for its
 * weight) and notice; then the lines of the element's footer, a paragraph each: the clinic's
 * disclaimer, with where the text comes from and (the FAQ) when it was reviewed. A reader without the element's script (JavaScript off, a
 * phone without declarative shadow DOM, a slow connection) reads this alone, so it carries those too.
 * The server adds the FAQ's JSON-LD after it.
 */
export function elementFallback(tag: Tag, c: FallbackContent): string {
  const content =
    tag === 'stem-cell-faq'
      ? faqDetails((c.entries ?? []) as FaqEntry[], c.cells)
      : tag === 'procedure-steps'
        ? stepsList((c.entries ?? []) as ProcedureStep[], c.cells, { level: c.level, marks: c.marks, doseLink: c.doseLink })
        : c.rule
          ? doseCallout(c.rule, c.cells, c.level, c.result)
          : '';
  return `${content}\n${footerHtml(c.footer)}`;
}

/**
 * An element's footer lines as the fallback's last paragraphs, English words in another script's text
 * (a reviewer's name in a Hindi footer) marked as the element marks them (the WordPress plugin's build
 * writes them with this too).
 */
export const footerHtml = (lines: readonly string[]): string => lines.map((line) => `<p>${text(line)}</p>`).join('\n');
