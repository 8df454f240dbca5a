// The bundled content as plain HTML: what dist/snippets/ holds inside each element, and what the
// benchmark's plain-HTML contender shows. Text is escaped; links were validated by the content tests.

export const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** The rule's figure as the elements write it in English: "2 million". */
export const cellsText = (n) =>
  new Intl.NumberFormat('en', { notation: 'compact', compactDisplay: 'long', maximumSignificantDigits: 3 }).format(n);

/**
 * Content text, escaped, with `{cells}` filled in as `<span data-cells>2 million</span>`: readable
 * without JavaScript, and read back as `{cells}` by the element, which then writes the page's own figure.
 */
let cells = cellsText(2_000_000);
/** Sets the figure that `{cells}` stands for (the bundled rule's, from dist/content). */
export const useCellsPerKg = (n) => void (cells = cellsText(n));
const text = (s) => esc(s).replaceAll('{cells}', `<span data-cells>${cells}</span>`);

const inline = (p) =>
  typeof p === 'string'
    ? text(p)
    : p.map((i) => (typeof i === 'string' ? text(i) : `<a href="${esc(i.href)}">${text(i.text)}</a>`)).join('');
export const blocksHtml = (bs) =>
  bs
    .map((b) =>
      typeof b === 'object' && 'list' in b ? `<ul>${b.list.map((p) => `<li>${inline(p)}</li>`).join('')}</ul>` : `<p>${inline(b)}</p>`,
    )
    .join('');

/** FAQ entries as `<details>`, the form <stem-cell-faq> takes over. */
export const faqDetails = (entries) =>
  entries.map((e) => `<details id="${esc(e.id)}"><summary>${text(e.question)}</summary>${blocksHtml(e.answer)}</details>`).join('\n');

/** Procedure steps as an ordered list with headings, the form <procedure-steps> takes over. */
export const stepsList = (steps) =>
  `<ol>\n${steps.map((s) => `<li id="${esc(s.id)}"><h3>${text(s.title)}</h3><p>${text(s.summary)}</p>${blocksHtml(s.details)}</li>`).join('\n')}\n</ol>`;

/** The dose rule as a heading and paragraphs. */
export const doseCallout = (rule) =>
  `<h3>${text(rule.heading)}</h3>\n<p>${text(rule.rule)}</p>\n<p>${text(rule.meaning)}</p>\n<p><strong>${text(rule.notice)}</strong></p>`;
