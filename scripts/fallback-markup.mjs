// The bundled content as plain HTML: what dist/snippets/ holds inside each element, and what the
// benchmark's plain-HTML contender shows. Text is escaped; links were validated by the content tests.

export const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const inline = (p) => (typeof p === 'string' ? esc(p) : p.map((i) => (typeof i === 'string' ? esc(i) : `<a href="${esc(i.href)}">${esc(i.text)}</a>`)).join(''));
export const blocksHtml = (bs) =>
  bs.map((b) => (typeof b === 'object' && 'list' in b ? `<ul>${b.list.map((p) => `<li>${inline(p)}</li>`).join('')}</ul>` : `<p>${inline(b)}</p>`)).join('');

/** FAQ entries as `<details>`, the form <stem-cell-faq> takes over. */
export const faqDetails = (entries) =>
  entries.map((e) => `<details id="${esc(e.id)}"><summary>${esc(e.question)}</summary>${blocksHtml(e.answer)}</details>`).join('\n');

/** Procedure steps as an ordered list with headings. */
export const stepsList = (steps) =>
  `<ol>\n${steps.map((s) => `<li><h3>${esc(s.title)}</h3><p>${esc(s.summary)}</p>${blocksHtml(s.details)}</li>`).join('\n')}\n</ol>`;

/** The dose rule as a heading and paragraphs. */
export const doseCallout = (rule) => {
  const cells = new Intl.NumberFormat('en', { notation: 'compact', compactDisplay: 'long' }).format(rule.cellsPerKg);
  return `<h3>${esc(rule.heading)}</h3>\n<p>${esc(rule.rule.replace('{cells}', cells))}</p>\n<p>${esc(rule.meaning)}</p>\n<p><strong>${esc(rule.notice)}</strong></p>`;
};
