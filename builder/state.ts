// The editor's work checked as a whole: each field's value or error, each question's and step's
// problems, the figure, the address of their own server, and what goes on the page.
import type { FaqEntry, ProcedureStep, StemCellSource } from '../src/content/types.js';
import type { WeightUnit } from '../src/components/dose-note/weight.js';
import { formatDate } from '../src/internal/numbers.js';
import { idFrom, uniqueId } from '../src/internal/entry-id.js';
import { cellsText, elementFallback } from '../src/internal/fallback-markup.js';
import { FIELDS, NAMES, weightRange, type Checked } from './fields.js';
import { checkFigure, type Figure } from './figure.js';
import { bundledIn, doseResultIn, footerLines, stepMarks, stepsDoseLink } from './languages.js';
import type { Ready } from './outputs.js';
import { TAGS, type Project, type Tag } from './project.js';
import { shownAsTyped, toBlocks, type LinkProblem } from './text-blocks.js';
import { badCharacter, checkLink } from './links.js';

/** A problem that keeps the code from being given, with the control to fix it. */
export interface Problem {
  /** The id of the control (in the builder's shadow root). */
  control: string;
  /** The tab the control is on, if any. */
  tab?: Tag;
  text: string;
}

/** What is wrong with one question or step. */
export interface ItemCheck {
  /** Why it is left out of the code (incomplete), if it is. */
  missing?: string;
  links: LinkProblem[];
  /** Something written like a link that could not be read. */
  unread: boolean;
  /** Marks of Markdown's bold or HTML that patients would read as typed (shownAsTyped()). */
  typed: string[];
}

export interface ContentCheck<T> {
  entries: T[];
  items: Map<number, ItemCheck>;
  /**
   * How many of the entries are bundled ones as the library wrote them: they keep their bundled ids
   * (ids() gives any other a new one), so they follow the page's language, and the elements read them
   * as the bundled text.
   */
  kept: number;
}

export interface State {
  figure: Figure;
  /** The figure as patients read it in the page's language (`{cells}` in the fallback). */
  cells: string;
  fields: Record<Tag, Record<string, Checked>>;
  faq: ContentCheck<FaqEntry>;
  steps: ContentCheck<ProcedureStep>;
  server: { base?: string; error?: string; warning?: string; fix?: string };
  /** Problems that hold the code back, in the order the editor meets them. */
  problems: Problem[];
  /** Each element as it goes on the page (even when it is not included). */
  ready: Record<Tag, Ready>;
}

export const controlId = (tag: Tag, name: string) => `f-${tag}-${name}`;

/**
 * Unique ids: a bundled entry left as it was keeps its own (its deep link stays, and the element
 * knows the text is the library's); any other gets one made from its words (idFrom(), as the
 * element and the WordPress plugin make them, in the words' own script), never a bundled one, so
 * that text the clinic wrote or changed is never presented as the library's version.
 */
function ids(items: { id?: string; text: string; same: boolean }[], bundledIds: Set<string>, fallback: string) {
  const taken = new Set<string>(bundledIds);
  const kept = new Set<string>();
  return items.map((item) => {
    if (item.same && item.id && !kept.has(item.id)) {
      kept.add(item.id);
      return item.id;
    }
    return uniqueId(idFrom(item.text) || fallback, taken);
  });
}

/** Whether an entry is a bundled one exactly as the library wrote it (compared field by field, as text). */
function unchanged<T>(bundled: Map<string, T>, id: string | undefined, entry: T, fields: (keyof T)[]) {
  const was = id === undefined ? undefined : bundled.get(id);
  return !!was && fields.every((f) => JSON.stringify(was[f]) === JSON.stringify(entry[f]));
}

function checkFaq(p: Project): ContentCheck<FaqEntry> {
  const items = new Map<number, ItemCheck>();
  const bundled = new Map(bundledIn(p.lang).faq.map((e) => [e.id, e]));
  const given = p.faq.items.filter((q) => q.question.trim() || q.answer.trim());
  const idList = ids(
    given.map((q) => ({
      id: q.id,
      text: q.question,
      same: unchanged<FaqEntry>(
        bundled,
        q.id,
        { id: '', question: q.question.trim().replace(/\s+/g, ' '), answer: toBlocks(q.answer).blocks },
        ['question', 'answer'],
      ),
    })),
    new Set(bundled.keys()),
    'question',
  );
  const entries: FaqEntry[] = [];
  given.forEach((q, i) => {
    const { blocks, links, unread } = toBlocks(q.answer);
    const missing = !q.question.trim()
      ? 'This answer has no question yet, so it is left out of your code.'
      : !blocks.length
        ? 'This question has no answer yet, so it is left out of your code.'
        : undefined;
    items.set(q.key, { missing, links, unread, typed: shownAsTyped(q.answer) });
    if (!missing) entries.push({ id: idList[i], question: q.question.trim().replace(/\s+/g, ' '), answer: blocks });
  });
  return { entries, items, kept: entries.filter((e) => bundled.has(e.id)).length };
}

function checkSteps(p: Project): ContentCheck<ProcedureStep> {
  const items = new Map<number, ItemCheck>();
  const bundled = new Map(Object.values(bundledIn(p.lang).steps).flatMap((list) => list.map((s) => [s.id, s] as const)));
  const given = p.steps.items.filter((s) => s.title.trim() || s.summary.trim() || s.details.trim());
  const idList = ids(
    given.map((s) => ({
      id: s.id,
      text: s.title,
      same: unchanged<ProcedureStep>(
        bundled,
        s.id,
        { id: '', title: s.title.trim(), summary: s.summary.trim(), details: toBlocks(s.details).blocks },
        ['title', 'summary', 'details'],
      ),
    })),
    new Set(bundled.keys()),
    'step',
  );
  const steps: ProcedureStep[] = [];
  given.forEach((s, i) => {
    const { blocks, links, unread } = toBlocks(s.details);
    const lacking = [!s.title.trim() && 'a title', !s.summary.trim() && 'a summary', !blocks.length && 'details'].filter(Boolean);
    const missing = lacking.length ? `This step needs ${lacking.join(' and ')}; until then it is left out of your code.` : undefined;
    items.set(s.key, { missing, links, unread, typed: shownAsTyped(s.details) });
    if (!missing) steps.push({ id: idList[i], title: s.title.trim(), summary: s.summary.trim(), details: blocks });
  });
  return { entries: steps, items, kept: steps.filter((s) => bundled.has(s.id)).length };
}

/** The folder the files are uploaded to, as typed: a web address or a path on the same site. */
export function checkServer(raw: string): State['server'] {
  const s = raw.trim();
  if (!s)
    return {
      error:
        'Type the address of the folder you upload the files to, for example https://yourclinic.in/assets/stem-cell-explainers/ or /assets/stem-cell-explainers/.',
    };
  if (/[?#\s]/.test(s)) return { error: 'The address must be a folder: without spaces, “?” or “#”.' };
  // The address is written into the code's src and href: the characters a link may not have are refused.
  const character = badCharacter(s);
  if (character) return { error: character };
  const folder = s.endsWith('/') ? s : `${s}/`;
  if (s.startsWith('/') && !s.startsWith('//')) return { base: folder };
  const link = checkLink(s);
  if (!/^https?:\/\//i.test(s))
    return {
      // A typo or a missing https:// is named with its fix; any other address is not a folder on the web.
      error: link.fix
        ? link.problem!
        : `“${s}” is not a web address: give one that starts with https://, or with / for a folder on the same site as your pages.`,
      fix: link.fix ? (link.fix.endsWith('/') ? link.fix : `${link.fix}/`) : undefined,
    };
  let url: URL;
  try {
    url = new URL(folder);
  } catch {
    return { error: `“${s}” is not a web address.` };
  }
  if (url.protocol === 'http:' && !/^(localhost|127\.0\.0\.1|\[::1\])$/.test(url.hostname))
    return {
      base: folder,
      warning:
        'This address starts with http://: pages served with https:// (most sites) cannot load files from it. Use https:// if your server has it.',
    };
  return { base: folder };
}

export function checkProject(p: Project): State {
  const bundled = bundledIn(p.lang);
  const figure = checkFigure(p.cells, p.cellsConfirmed, p.lang);
  const cells = cellsText(figure.rate, p.lang);
  const faq = checkFaq(p);
  const steps = checkSteps(p);
  const stepCount = p.steps.own
    ? steps.entries.length
    : bundled.steps[(p.settings['procedure-steps'].source as StemCellSource) || 'bone-marrow']?.length;
  const problems: Problem[] = [];
  if (figure.error) problems.push({ control: 'f-cells', text: `Cells for each kg: ${figure.error}` });
  if (figure.unusual !== undefined)
    problems.push({ control: 'f-cells', text: 'Cells for each kg: confirm the unusual figure, or correct it.' });

  const fields = {} as State['fields'];
  const ready = {} as State['ready'];
  for (const tag of TAGS) {
    const settings = p.settings[tag];
    const attributes: Record<string, string | boolean> = p.lang === 'en' ? {} : { lang: p.lang };
    fields[tag] = {};
    for (const f of FIELDS[tag]) {
      const raw = settings[f.name];
      let c: Checked;
      if (f.kind === 'boolean') c = { value: raw === true };
      else if (f.options) {
        const options = f.options(settings, stepCount ?? 0);
        const value = typeof raw === 'string' ? raw : options[0][0];
        c = options.some(([v]) => v === value)
          ? { value }
          : { error: `There are only ${stepCount} steps now. Choose the step again.`, value: undefined };
        // The default is not written: the element's own default stays in one place.
        if (c.value === options[0][0] && f.name !== 'heading-level') c = { value: undefined };
        if (f.name === 'heading-level' && c.value === '3') c = { value: undefined };
      } else c = f.check?.(typeof raw === 'string' ? raw : '', settings, p.lang) ?? {};
      fields[tag][f.name] = c;
      if (c.value !== undefined && c.value !== false && c.value !== '') attributes[f.name] = c.value;
      if (c.error && p.include[tag])
        problems.push({ control: controlId(tag, f.name), tab: tag, text: `${NAMES[tag].name}, ${f.label.toLowerCase()}: ${c.error}` });
    }
    // The bundled questions shown (all of them, or those the editor kept as they were) were written on a
    // day: a review before it did not cover them.
    const keptBundled = !p.faq.own || faq.kept > 0;
    if (tag === 'stem-cell-faq' && keptBundled) {
      const review = fields[tag]['last-reviewed'];
      const written = bundled.info.writtenOn;
      if (typeof review.value === 'string' && review.value < written) {
        const error = `This review took place before the bundled questions were written (${formatDate(new Date(`${written}T00:00:00Z`), 'en-GB')}), so it did not cover them: patients would not be shown it, nor the reviewer’s name. Review the questions and give the date of that review.`;
        fields[tag]['last-reviewed'] = { error };
        delete attributes['last-reviewed'];
        if (p.include[tag])
          problems.push({
            control: controlId(tag, 'last-reviewed'),
            tab: tag,
            text: `${NAMES[tag].name}, date a clinician last reviewed this information: ${error}`,
          });
      }
    }
    if (figure.given) attributes['cells-per-kg'] = String(figure.rate);
    const own = tag === 'stem-cell-faq' ? p.faq.own : tag === 'procedure-steps' ? p.steps.own : false;
    const content = tag === 'stem-cell-faq' ? faq : steps;
    const entries =
      tag === 'stem-cell-faq'
        ? own
          ? faq.entries
          : bundled.faq
        : tag === 'procedure-steps'
          ? own
            ? steps.entries
            : bundled.steps[(settings.source as StemCellSource) || 'bone-marrow']
          : undefined;
    const level = Number(attributes['heading-level'] ?? 3);
    // The steps' current step, marked in the fallback as the element marks it.
    const marks = tag === 'procedure-steps' ? stepMarks(p.lang, Number(attributes.current ?? 0)) : undefined;
    // The culture step's link to the dose rule, and the dose note's figure for its weight, as the elements show them.
    const doseLink = tag === 'procedure-steps' ? stepsDoseLink(p.lang, attributes['dose-link'] as string | undefined) : undefined;
    const result =
      tag === 'dose-note'
        ? doseResultIn(p.lang, attributes.weight as string | undefined, {
            unit: (attributes.unit as WeightUnit | undefined) ?? 'kg',
            range: weightRange(settings).kg,
            rate: figure.rate,
          })
        : undefined;
    ready[tag] = {
      tag,
      attributes,
      fallback: elementFallback(tag, {
        entries,
        rule: bundled.dose,
        footer: footerOf(tag, p.lang, attributes, !own, keptBundled),
        cells,
        level,
        marks,
        doseLink,
        result,
      }),
      own: own ? content.entries : undefined,
      cells,
    };
    if (tag !== 'dose-note' && p.include[tag]) {
      const { one, many } = NAMES[tag];
      const list = tag === 'stem-cell-faq' ? p.faq.items : p.steps.items;
      for (const [n, item] of list.entries()) {
        const check = content.items.get(item.key);
        for (const link of check?.links ?? [])
          problems.push({
            control: `${tag === 'stem-cell-faq' ? 'answer' : 'details'}-${item.key}`,
            tab: tag,
            text: `${NAMES[tag].name}, ${one} ${n + 1}: the link “${link.text}”: ${link.problem}`,
          });
        if (check?.unread)
          problems.push({
            control: `${tag === 'stem-cell-faq' ? 'answer' : 'details'}-${item.key}`,
            tab: tag,
            text: `${NAMES[tag].name}, ${one} ${n + 1}: a link could not be read: its closing bracket is missing. Write it as [text](https://address).`,
          });
      }
      if (own && !content.entries.length)
        problems.push({
          control: `add-${tag}`,
          tab: tag,
          text: `${NAMES[tag].name}: you have no ${many} yet. Add one, or start from the bundled ${many}.`,
        });
    }
  }
  const server = p.place === 'self' || (p.place === 'no-script' && p.siteScript === 'self') ? checkServer(p.server) : {};
  if (server.error) problems.push({ control: 'f-server', text: `Address of your server: ${server.error}` });
  return { figure, cells, fields, faq, steps, server, problems, ready };
}

/**
 * The footer lines the element will show, for its fallback markup: the FAQ's review lines from the
 * attributes checked above, the clinic's disclaimer, and the content's version unless the editor
 * wrote their own entries.
 */
function footerOf(tag: Tag, lang: string, attributes: Record<string, string | boolean>, bundled: boolean, withBundled: boolean): string[] {
  const given = (name: string) => (typeof attributes[name] === 'string' ? (attributes[name] as string) : undefined);
  const review =
    tag === 'stem-cell-faq'
      ? { lastReviewed: given('last-reviewed'), nextReviewDue: given('next-review-due'), reviewedBy: given('reviewed-by') }
      : undefined;
  return footerLines(lang, { bundled, withBundled, review });
}
