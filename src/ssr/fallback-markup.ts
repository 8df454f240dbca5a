// The light-DOM fallback that server-rendered markup carries: the same markup as dist/snippets/*.html
// (scripts/fallback-markup.mjs, checked equal by test/node/ssr.test.mjs), so browsers without
// declarative shadow DOM and readers without JavaScript get the content, and the element reads it
// back as its content when it loads. Text is escaped; `{cells}` is written as the element writes it.
import type { Block, DoseRule, FaqEntry, Paragraph, ProcedureStep } from '../content/types.js';

export const esc = (s: unknown): string =>
  String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Escaped text with `{cells}` as `<span data-cells>figure</span>`, which the element reads back as `{cells}`. */
const text = (s: string, cells: string) => esc(s).replaceAll('{cells}', `<span data-cells>${esc(cells)}</span>`);

const inline = (p: Paragraph, cells: string) =>
  typeof p === 'string'
    ? text(p, cells)
    : p.map((i) => (typeof i === 'string' ? text(i, cells) : `<a href="${esc(i.href)}">${text(i.text, cells)}</a>`)).join('');

const blocksHtml = (bs: readonly Block[], cells: string) =>
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

/** Procedure steps as an ordered list with headings, the form <procedure-steps> takes over. */
export const stepsList = (steps: readonly ProcedureStep[], cells: string): string =>
  `<ol>\n${steps
    .map(
      (s) => `<li id="${esc(s.id)}"><h3>${text(s.title, cells)}</h3><p>${text(s.summary, cells)}</p>${blocksHtml(s.details, cells)}</li>`,
    )
    .join('\n')}\n</ol>`;

/** The dose rule as a heading and paragraphs. */
export const doseCallout = (rule: Pick<DoseRule, 'heading' | 'rule' | 'meaning' | 'notice'>, cells: string): string =>
  `<h3>${text(rule.heading, cells)}</h3>\n<p>${text(rule.rule, cells)}</p>\n<p>${text(rule.meaning, cells)}</p>\n<p><strong>${text(rule.notice, cells)}</strong></p>`;
