// The embed builder: one implementation with two homes, Storybook's "Docs → Embed code" page and
// demo/builder.html (built to dist/builder/builder.js). It saves nothing and asks the network
// for nothing: the manifest, the integrity hashes and the version are baked in at build time.
import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import pkg from '../package.json';
import { elementScripts, elementTag, scriptTag } from '../scripts/embed-snippet.mjs';
import { blocksHtml, esc, faqDetails, stepsList, useCellsPerKg } from '../scripts/fallback-markup.mjs';
import { clinicNotes, doseRule, faqEntries, procedureSteps } from '../src/content/index.js';
import { clinicNotesHi, faqEntriesHi, procedureStepsHi } from '../src/content/hi/index.js';
import type { Block, FaqEntry, Inline, Paragraph, ProcedureStep } from '../src/content/types.js';
import { isSafeHref } from '../src/internal/attributes.js';
import '../src/index.js';
import '../src/locales/hi.js';

/** Put in by the build (scripts/build-data.mjs): the elements' manifest and the CDN files' integrity. */
const { manifest, integrity, imports } = __BUILD_DATA__;

interface Attribute {
  name: string;
  description?: string;
  type?: { text: string };
}
type Tag = 'stem-cell-faq' | 'procedure-steps' | 'dose-note';
type Form = 'page' | 'no-script' | 'plugin' | 'app';
interface Question {
  key: number;
  id?: string;
  question: string;
  answer: string;
}
interface Step {
  key: number;
  id?: string;
  title: string;
  summary: string;
  details: string;
}

export const elements = Object.fromEntries(
  manifest.modules.flatMap((m) =>
    ((m.declarations ?? []) as { tagName?: string; attributes?: Attribute[] }[])
      .filter((d) => d.tagName)
      .map((d) => [d.tagName!, d.attributes ?? []]),
  ),
) as Record<Tag, Attribute[]>;

/** The WordPress plugin's names (integrations/wordpress, scripts/build-wordpress.mjs). */
const PLUGIN: Record<Tag, { block: string; shortcode: string; kind: string }> = {
  'stem-cell-faq': { block: 'faq', shortcode: 'stem_cell_faq', kind: 'faq' },
  'procedure-steps': { block: 'procedure-steps', shortcode: 'stem_cell_procedure_steps', kind: 'steps' },
  'dose-note': { block: 'dose-note', shortcode: 'stem_cell_dose_note', kind: 'dose' },
};
const KG_PER_LB = 0.45359237;
const DATES = ['last-reviewed', 'next-review-due'];
const NUMBERS = ['weight', 'min-weight', 'max-weight', 'cells-per-kg'];
const SAFE_LINKS = 'an http(s), mailto, tel or relative address';

export const FORMS: { value: Form; label: string; who: string }[] = [
  {
    value: 'page',
    label: 'A page that allows scripts',
    who: 'For a site builder or CMS that keeps <script> tags (WordPress Administrators and Editors, most site builders).',
  },
  {
    value: 'no-script',
    label: 'WordPress as an Author or Contributor, or any editor that strips scripts',
    who: 'Anyone can paste this; an Administrator adds one script tag to the whole site once.',
  },
  {
    value: 'plugin',
    label: 'WordPress with the stem-cell-explainers plugin',
    who: 'Anyone who can edit posts on a site where an Administrator installed the plugin.',
  },
  { value: 'app', label: 'A developer’s app', who: 'For developers who install the npm package and build the page with JavaScript.' },
];

// Answers and step details are written as plain text: a blank line between paragraphs, "- " for a
// bullet point, [text](address) for a link. They become content blocks, never HTML.
const LINK = /\[([^\]]+)\]\(((?:[^()\s]|\([^()\s]*\))+)\)/g; // an address may hold one level of brackets
function toInline(line: string, problems: string[]): Paragraph {
  const parts: Inline[] = [];
  let last = 0;
  for (const m of line.matchAll(LINK)) {
    if (m.index > last) parts.push(line.slice(last, m.index));
    if (isSafeHref(m[2])) parts.push({ text: m[1], href: m[2] });
    else {
      problems.push(`The link “${m[1]}” goes to “${m[2]}”, which is not ${SAFE_LINKS}; it is kept as text.`);
      parts.push(m[1]);
    }
    last = m.index + m[0].length;
  }
  if (last < line.length) parts.push(line.slice(last));
  return parts.every((p) => typeof p === 'string') ? parts.join('') : parts;
}
export function toBlocks(text: string, problems: string[] = []): Block[] {
  const blocks: Block[] = [];
  for (const chunk of text.split(/\n\s*\n/)) {
    let para: string[] = [];
    let list: string[] = [];
    const flush = () => {
      if (para.length) blocks.push(toInline(para.join(' '), problems));
      if (list.length) blocks.push({ list: list.map((l) => toInline(l, problems)) });
      para = [];
      list = [];
    };
    for (const line of chunk.split('\n').map((l) => l.trim())) {
      if (!line) continue;
      const item = /^[-*•]\s+(.*)$/.exec(line);
      if (item && para.length) flush();
      if (!item && list.length) flush();
      if (item) list.push(item[1]);
      else para.push(line);
    }
    flush();
  }
  return blocks;
}
const inlineText = (p: Paragraph) =>
  typeof p === 'string' ? p : p.map((i) => (typeof i === 'string' ? i : `[${i.text}](${i.href})`)).join('');
const blocksText = (bs: readonly Block[]) =>
  bs.map((b) => (typeof b === 'object' && 'list' in b ? b.list.map((p) => `- ${inlineText(p)}`).join('\n') : inlineText(b))).join('\n\n');

const slug = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
/** Unique ids: the item's own (bundled content keeps its ids), else one made from its text. */
function ids(items: { id?: string; text: string }[], fallback: string) {
  const taken = new Set<string>();
  return items.map((item, i) => {
    const base = item.id || slug(item.text) || `${fallback}-${i + 1}`;
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    taken.add(id);
    return id;
  });
}
/** JSON in a block comment or a script, as WordPress writes it: nothing that could end the comment or the tag. */
const safeJson = (v: unknown, space?: number) =>
  JSON.stringify(v, null, space)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/--/g, '\\u002d\\u002d');
/** A shortcode attribute value: no quote or bracket can end the attribute or the shortcode. */
const shortcodeValue = (v: string) => esc(v).replace(/\[/g, '&#91;').replace(/\]/g, '&#93;');

let keys = 0;
const questionsFrom = (entries: readonly FaqEntry[]): Question[] =>
  entries.map((e) => ({ key: ++keys, id: e.id, question: e.question, answer: blocksText(e.answer) }));
const stepsFrom = (steps: readonly ProcedureStep[]): Step[] =>
  steps.map((s) => ({ key: ++keys, id: s.id, title: s.title, summary: s.summary, details: blocksText(s.details) }));

/** Pick an element, its attributes and its content; see it live; copy the code for where it is pasted. */
export class EmbedBuilder extends LitElement {
  static override properties = {
    tag: {},
    language: { state: true },
    values: { state: true },
    form: { state: true },
    json: { state: true },
    questions: { state: true },
    steps: { state: true },
    edited: { state: true },
    said: { state: true },
    copied: { state: true },
    announce: { state: true },
  };
  static override styles = css`
    :host { display: block; font: inherit; line-height: 1.5; max-inline-size: 80rem; }
    * { box-sizing: border-box; }
    .cols { display: grid; gap: 1.5rem; grid-template-columns: repeat(auto-fit, minmax(min(100%, 26rem), 1fr)); align-items: start; }
    .cols > * { min-inline-size: 0; }
    fieldset { display: grid; gap: 0.75rem; border: 1px solid #6f777b; padding: 1rem; margin: 0 0 1rem; min-inline-size: 0; }
    legend { font-weight: 700; padding-inline: 0.25rem; }
    .field { display: grid; grid-template-columns: minmax(0, 1fr); gap: 0.25rem; margin-block-end: 0.5rem; }
    label { font-weight: 600; }
    .check, .radio { display: flex; gap: 0.5rem; align-items: baseline; font-weight: 600; }
    .hint { display: block; font-weight: 400; color: #505a5f; }
    .error { display: block; font-weight: 600; color: #b10e1e; }
    input, select, textarea { font: inherit; padding: 0.3rem 0.5rem; max-inline-size: 100%; border: 1px solid #505a5f; }
    select { inline-size: 100%; min-inline-size: 0; }
    textarea { min-block-size: 6rem; resize: vertical; }
    input[aria-invalid='true'] { border: 2px solid #b10e1e; }
    pre { white-space: pre-wrap; overflow-wrap: anywhere; background: #f3f2f1; padding: 1rem; border: 1px solid #6f777b; margin: 0.5rem 0; }
    button { font: inherit; padding: 0.4rem 0.9rem; }
    :focus-visible { outline: 3px solid #0b0c0c; box-shadow: 0 0 0 6px #ffdd00; }
    .item { border: 1px solid #b1b4b6; padding: 0.75rem; display: grid; gap: 0.5rem; }
    .item h3, .item h4 { margin: 0; font-size: 1rem; }
    .row { display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: center; }
    ol.items { list-style: none; padding: 0; margin: 0; display: grid; gap: 0.75rem; }
    .preview { border: 2px dashed #6f777b; padding: 1rem; }
    h2 { font-size: 1.25rem; margin: 0 0 0.5rem; }
  `;

  // Declared, then set in the constructor: class fields compiled with define semantics would hide Lit's accessors.
  /** The element to embed. */
  declare tag: Tag;
  /** `hi` gives the Hindi bundle and `lang="hi"` on the element. */
  declare private language: string;
  declare private values: Record<string, string | boolean>;
  declare private form: Form;
  /** Steps as a JSON script (for developers; needs a page that keeps scripts) instead of the list. */
  declare private json: boolean;
  declare private questions: Question[];
  declare private steps: Step[];
  /** Whether the editor changed the content from the bundled one (per element). */
  declare private edited: boolean;
  /** What the element said on the console for the current settings. */
  declare private said: string[];
  declare private copied: Record<string, string>;
  declare private announce: string;
  private _shown = '';
  private _focus?: string;

  constructor() {
    super();
    this.tag = 'stem-cell-faq';
    this.language = 'en';
    this.values = {};
    this.form = 'page';
    this.json = false;
    this.edited = false;
    this.questions = questionsFrom(faqEntries);
    this.steps = stepsFrom(procedureSteps['bone-marrow']);
    this.said = [];
    this.copied = {};
    this.announce = '';
  }

  private get hindi() {
    return this.language === 'hi';
  }
  private get source() {
    const s = String(this.values.source ?? '');
    return (s in procedureSteps ? s : 'bone-marrow') as keyof typeof procedureSteps;
  }
  private bundledQuestions() {
    return this.hindi ? faqEntriesHi : faqEntries;
  }
  private bundledSteps() {
    return (this.hindi ? procedureStepsHi : procedureSteps)[this.source];
  }

  // ---- content as the element takes it ----

  /** The questions as entries, with what is wrong with any of them. */
  get faqContent() {
    const problems: string[] = [];
    const given = this.questions.filter((q) => q.question.trim() || q.answer.trim());
    const idList = ids(
      given.map((q) => ({ id: q.id, text: q.question })),
      'question',
    );
    const entries: FaqEntry[] = [];
    given.forEach((q, i) => {
      const answer = toBlocks(q.answer, problems);
      if (!q.question.trim()) problems.push(`Question ${i + 1} has an answer but no question; it is left out.`);
      else if (!answer.length) problems.push(`“${q.question.trim()}” has no answer; it is left out.`);
      else entries.push({ id: idList[i], question: q.question.trim(), answer });
    });
    return { entries, problems };
  }

  get stepsContent() {
    const problems: string[] = [];
    const given = this.steps.filter((s) => s.title.trim() || s.summary.trim() || s.details.trim());
    const idList = ids(
      given.map((s) => ({ id: s.id, text: s.title })),
      'step',
    );
    const steps: ProcedureStep[] = [];
    given.forEach((s, i) => {
      const details = toBlocks(s.details, problems);
      const missing = [!s.title.trim() && 'a title', !s.summary.trim() && 'a summary', !details.length && 'details'].filter(Boolean);
      if (missing.length) problems.push(`Step ${i + 1} needs ${missing.join(' and ')}; it is left out.`);
      else steps.push({ id: idList[i], title: s.title.trim(), summary: s.summary.trim(), details });
    });
    return { steps, problems };
  }

  /** The content as fallback markup: readable without JavaScript, taken over by the element. */
  private fallback(): string {
    useCellsPerKg(Number(this.values['cells-per-kg']) || doseRule.cellsPerKg);
    if (this.tag === 'stem-cell-faq') {
      const { entries } = this.faqContent;
      const notes = this.hindi ? clinicNotesHi : clinicNotes;
      return entries.length ? `${faqDetails(entries)}\n<p>${esc(notes.disclaimer)}</p>` : '';
    }
    if (this.tag === 'procedure-steps') {
      const { steps } = this.stepsContent;
      if (!steps.length) return '';
      if (this.json && this.form === 'page') return `<script type="application/json">${safeJson(steps)}</script>`;
      const level = String(this.values['heading-level'] || 3);
      return stepsList(steps).replace(/<(\/?)h3>/g, `<$1h${level}>`);
    }
    return '';
  }

  private attrs(): Record<string, string | boolean> {
    return this.hindi ? { lang: 'hi', ...this.values } : { ...this.values };
  }

  /** The element (or a placeholder) holding its fallback. */
  private wrapped(open: string, close: string) {
    const inner = this.fallback();
    return inner ? `${open}\n${inner}\n${close}` : `${open}${close}`;
  }

  // ---- the outputs ----

  private get bundle() {
    return this.hindi ? 'stem-cell-explainers.hi' : 'stem-cell-explainers';
  }

  /** Each output of the chosen form: [id, heading, code, where it goes]. */
  outputs(): [string, string, string, string][] {
    const tag = this.tag;
    const attrs = this.attrs();
    if (this.form === 'page') {
      const open = elementTag(tag, attrs).replace(/<\/[\w-]+>$/, '');
      // The element's own file and its shared chunks: the fewest bytes for a page with this element.
      const scripts = elementScripts({ version: pkg.version, integrity, imports, tag, hindi: this.hindi });
      const code = `${scripts}\n${this.wrapped(open, `</${tag}>`)}`;
      return [['page', 'Embed code', code, 'Paste it where the element should appear (in a Custom HTML block or an HTML view).']];
    }
    if (this.form === 'no-script') {
      const data = Object.fromEntries(Object.entries(attrs).map(([k, v]) => [k === 'lang' ? k : `data-${k}`, v]));
      const open = elementTag('div', { 'data-stem-cell': PLUGIN[tag].kind, ...data }).replace(/<\/div>$/, '');
      const site = scriptTag({ version: pkg.version, integrity, file: `${this.bundle}.iife.js` });
      return [
        [
          'placeholder',
          'Embed code for the page',
          this.wrapped(open, '</div>'),
          'Paste it in a Custom HTML block, or in the HTML view of the editor.',
        ],
        [
          'site',
          'Site-wide script, added once by an Administrator',
          site,
          'An Administrator puts it in Appearance → Editor → Template Parts → Header, in a Custom HTML block (or with the PHP snippet in the README’s WordPress section). Without it the page shows the plain fallback text.',
        ],
      ];
    }
    if (this.form === 'plugin') {
      const { block, shortcode } = PLUGIN[tag];
      const given = Object.fromEntries(Object.entries(this.values).filter(([, v]) => v !== '' && v !== false));
      const own = tag === 'stem-cell-faq' && this.edited ? this.faqContent.entries : [];
      const blockAttrs = own.length
        ? { ...given, entries: own.map((e) => ({ question: e.question, answer: blocksHtml(e.answer) })), bundled: false }
        : given;
      const json = Object.keys(blockAttrs).length ? ` ${safeJson(blockAttrs)}` : '';
      const scAttrs = Object.entries(given)
        .map(([k, v]) => (v === true ? ` ${k}="true"` : ` ${k}="${shortcodeValue(String(v))}"`))
        .join('');
      const sc = own.length ? `[${shortcode}${scAttrs} bundled="false"]\n${faqDetails(own)}\n[/${shortcode}]` : `[${shortcode}${scAttrs}]`;
      const stepsNote =
        tag === 'procedure-steps' && this.edited
          ? ' The plugin shows the bundled steps for the chosen source; for your own steps, choose “any editor that strips scripts”.'
          : '';
      return [
        [
          'block',
          'Block',
          `<!-- wp:stem-cell-explainers/${block}${json} /-->`,
          `Paste it in the Code editor view of the block editor.${stepsNote}`,
        ],
        ['shortcode', 'Shortcode', sc, `Paste it in a Shortcode block or the classic editor.${stepsNote}`],
      ];
    }
    const name = { 'stem-cell-faq': 'faq', 'procedure-steps': 'steps', 'dose-note': 'dose' }[tag];
    const lines = [`import 'stem-cell-explainers';`, '', `const ${name} = document.querySelector('${tag}');`];
    if (tag === 'stem-cell-faq' && this.edited) lines.push(`${name}.items = ${JSON.stringify(this.faqContent.entries, null, 2)};`);
    if (tag === 'procedure-steps' && this.edited) lines.push(`${name}.steps = ${JSON.stringify(this.stepsContent.steps, null, 2)};`);
    return [
      ['markup', 'Markup', elementTag(tag, attrs), 'In your page or component template.'],
      ['module', 'JavaScript', lines.join('\n'), 'In your app’s code, after `npm install stem-cell-explainers`.'],
    ];
  }

  /** The whole output as one HTML file for the editor to keep. */
  private download() {
    const parts = this.outputs()
      .map(([, heading, code, where]) => `<!-- ${heading.replace(/--/g, '‐‐')}: ${where.replace(/--/g, '‐‐')} -->\n${code}`)
      .join('\n\n');
    const file = `<!doctype html>\n<html lang="${this.hindi ? 'hi' : 'en'}">\n<head><meta charset="utf-8"><title>${esc(this.tag)}</title></head>\n<body>\n${parts}\n</body>\n</html>\n`;
    const url = URL.createObjectURL(new Blob([file], { type: 'text/html' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `${this.tag}-${this.form}.html`;
    this.renderRoot.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }

  private async copy(id: string, code: string) {
    try {
      await navigator.clipboard.writeText(code);
      this.copied = { [id]: 'Copied' };
    } catch {
      const pre = this.renderRoot.querySelector<HTMLElement>(`#code-${id}`)!;
      pre.focus();
      getSelection()?.selectAllChildren(pre);
      this.copied = { [id]: 'Could not copy. The code is selected: select and copy it with Ctrl+C (⌘C on a Mac).' };
    }
  }

  // ---- editing ----

  private change() {
    this.copied = {};
  }
  private set(name: string, v: string | boolean) {
    this.values = { ...this.values, [name]: v };
    if (name === 'source' && !this.edited) this.steps = stepsFrom(this.bundledSteps());
    this.change();
  }
  private editQuestion(key: number, patch: Partial<Question>) {
    this.questions = this.questions.map((q) => (q.key === key ? { ...q, ...patch } : q));
    this.edited = true;
    this.change();
  }
  private editStep(key: number, patch: Partial<Step>) {
    this.steps = this.steps.map((s) => (s.key === key ? { ...s, ...patch } : s));
    this.edited = true;
    this.change();
  }
  private get list(): (Question | Step)[] {
    return this.tag === 'stem-cell-faq' ? this.questions : this.steps;
  }
  private setList(items: (Question | Step)[]) {
    if (this.tag === 'stem-cell-faq') this.questions = items as Question[];
    else this.steps = items as Step[];
    this.edited = true;
    this.change();
  }
  private get noun() {
    return this.tag === 'stem-cell-faq' ? 'question' : 'step';
  }
  private add() {
    const key = ++keys;
    this.setList([
      ...this.list,
      this.tag === 'stem-cell-faq' ? { key, question: '', answer: '' } : { key, title: '', summary: '', details: '' },
    ]);
    this._focus = `#first-${key}`;
    this.announce = `${this.noun === 'question' ? 'Question' : 'Step'} ${this.list.length} added`;
  }
  private move(key: number, by: number) {
    const list = [...this.list];
    const at = list.findIndex((i) => i.key === key);
    const to = at + by;
    if (to < 0 || to >= list.length) return;
    [list[at], list[to]] = [list[to], list[at]];
    this.setList(list);
    this._focus = to === 0 ? `#down-${key}` : to === list.length - 1 ? `#up-${key}` : `#${by < 0 ? 'up' : 'down'}-${key}`;
    this.announce = `Moved to position ${to + 1} of ${list.length}`;
  }
  private removeItem(key: number) {
    const at = this.list.findIndex((i) => i.key === key);
    const list = this.list.filter((i) => i.key !== key);
    this.setList(list);
    const next = list[Math.min(at, list.length - 1)];
    this._focus = next ? `#first-${next.key}` : '#add';
    this.announce = `${this.noun === 'question' ? 'Question' : 'Step'} removed; ${list.length} left`;
  }
  private startFrom(bundled: boolean) {
    if (this.tag === 'stem-cell-faq') this.questions = bundled ? questionsFrom(this.bundledQuestions()) : [];
    else this.steps = bundled ? stepsFrom(this.bundledSteps()) : [];
    this.edited = !bundled;
    this.announce = bundled ? `Started from the bundled ${this.noun}s` : `Started empty: add your first ${this.noun}`;
    this._focus = bundled ? undefined : '#add';
    this.change();
  }

  // ---- the live preview ----

  protected override async updated(changed: PropertyValues<this>) {
    super.updated(changed);
    if (this._focus) {
      this.renderRoot.querySelector<HTMLElement>(this._focus)?.focus();
      this._focus = undefined;
    }
    const key = JSON.stringify([this.tag, this.language, this.values, this.questions, this.steps, this.edited]);
    if (key === this._shown) return;
    this._shown = key;
    const box = this.renderRoot.querySelector('#preview')!;
    const el = document.createElement(this.tag) as HTMLElement & {
      updateComplete: Promise<unknown>;
      items?: readonly FaqEntry[];
      steps?: readonly ProcedureStep[];
    };
    for (const [name, v] of Object.entries(this.attrs())) if (v !== '' && v !== false) el.setAttribute(name, v === true ? '' : v);
    if (this.tag === 'stem-cell-faq' && this.edited) el.items = this.faqContent.entries;
    if (this.tag === 'procedure-steps' && this.edited) el.steps = this.stepsContent.steps;
    // What the element tells an editor on the console, shown beside the field it concerns.
    const said: string[] = [];
    const { warn, error } = console;
    console.warn = console.error = (...args: unknown[]) => void said.push(args.map(String).join(' '));
    try {
      box.replaceChildren(el);
      await el.updateComplete;
    } finally {
      console.warn = warn;
      console.error = error;
    }
    this.said = said.map((m) => m.replace(/^<[\w-]+>: /, ''));
  }

  private saidAbout(name: string) {
    return this.said.filter((m) => m.startsWith(`${name}="`));
  }

  // ---- rendering ----

  private renderField(a: Attribute) {
    const name = a.name;
    const value = this.values[name];
    const errors = this.saidAbout(name);
    const describedBy = `h-${name}${errors.length ? ` e-${name}` : ''}`;
    const hint = html`<span class="hint" id="h-${name}">${a.description}</span>`;
    const error = errors.length ? html`<span class="error" id="e-${name}">${errors.join(' ')}</span>` : nothing;
    const onInput = (e: Event) => this.set(name, (e.target as HTMLInputElement).value);
    if (a.type?.text === 'boolean')
      return html`<div>
        <label class="check"
          ><input type="checkbox" .checked=${!!value} aria-describedby=${describedBy}
            @change=${(e: Event) => this.set(name, (e.target as HTMLInputElement).checked)} />${name}</label
        >${hint}${error}
      </div>`;
    if (name === 'unit')
      return html`<fieldset role="radiogroup" aria-describedby=${describedBy}>
        <legend>${name}</legend>
        ${hint}
        ${['kg', 'lb'].map(
          (u) =>
            html`<label class="radio"><input type="radio" name="unit" value=${u} .checked=${(value || 'kg') === u} @change=${onInput} />${u}</label>`,
        )}
        ${error}
      </fieldset>`;
    let choices: [string, string][] | undefined;
    if (name === 'source') choices = Object.keys(procedureSteps).map((s) => [s, s]);
    if (name === 'heading-level') choices = ['2', '3', '4', '5', '6'].map((l) => [l, l === '3' ? '3 (default)' : l]);
    if (name === 'current') {
      const n = this.edited ? this.stepsContent.steps.length : this.bundledSteps().length;
      choices = [['', 'None'], ...Array.from({ length: n }, (_, i): [string, string] => [String(i + 1), `Step ${i + 1} of ${n}`])];
    }
    if (choices)
      return html`<div class="field">
        <label for="f-${name}">${name}</label>${hint}
        <select id="f-${name}" aria-describedby=${describedBy} aria-invalid=${errors.length ? 'true' : 'false'} @change=${onInput}>
          ${choices.map(([v, label]) => html`<option value=${v} ?selected=${String(value ?? (name === 'heading-level' ? '3' : '')) === v}>${label}</option>`)}
        </select>
        ${error}
      </div>`;
    let type = 'text';
    let min: number | undefined;
    let max: number | undefined;
    if (DATES.includes(name)) type = 'date';
    if (NUMBERS.includes(name)) {
      type = 'number';
      min = name === 'cells-per-kg' ? 1 : Number(this.values['min-weight']) || doseRule.minWeightKg;
      max = name === 'cells-per-kg' ? undefined : Number(this.values['max-weight']) || doseRule.maxWeightKg;
      if (name === 'weight' && this.values.unit === 'lb') [min, max] = [Math.ceil(min / KG_PER_LB), Math.floor(max! / KG_PER_LB)];
      if (name !== 'weight' && name !== 'cells-per-kg') [min, max] = [1, undefined];
    }
    return html`<div class="field">
      <label for="f-${name}">${name}</label>${hint}
      <input
        id="f-${name}"
        type=${type}
        min=${min ?? nothing}
        max=${max ?? nothing}
        .value=${String(value ?? '')}
        aria-describedby=${describedBy}
        aria-invalid=${errors.length ? 'true' : 'false'}
        @input=${onInput}
      />${error}
    </div>`;
  }

  private renderItem(item: Question | Step, i: number, count: number) {
    const n = i + 1;
    const noun = this.noun === 'question' ? 'Question' : 'Step';
    const fields =
      'question' in item
        ? html`<div class="field"><label for="first-${item.key}">Question ${n}</label><input id="first-${item.key}" .value=${item.question} @input=${(e: Event) => this.editQuestion(item.key, { question: (e.target as HTMLInputElement).value })} /></div>
            <div class="field">
              <label for="answer-${item.key}">Answer to question ${n}</label><span class="hint" id="ah-${item.key}">Leave a blank line between paragraphs. Start a line with “- ” for a bullet point. Write a link as [text](https://address).</span>
              <textarea id="answer-${item.key}" aria-describedby="ah-${item.key}" .value=${item.answer} @input=${(e: Event) => this.editQuestion(item.key, { answer: (e.target as HTMLTextAreaElement).value })}></textarea>
            </div>`
        : html`<div class="field"><label for="first-${item.key}">Title of step ${n}</label><input id="first-${item.key}" .value=${item.title} @input=${(e: Event) => this.editStep(item.key, { title: (e.target as HTMLInputElement).value })} /></div>
            <div class="field"><label for="summary-${item.key}">Summary of step ${n}</label><input id="summary-${item.key}" .value=${item.summary} @input=${(e: Event) => this.editStep(item.key, { summary: (e.target as HTMLInputElement).value })} /></div>
            <div class="field">
              <label for="details-${item.key}">Details of step ${n}</label><span class="hint" id="dh-${item.key}">Leave a blank line between paragraphs. Start a line with “- ” for a bullet point. Write a link as [text](https://address).</span>
              <textarea id="details-${item.key}" aria-describedby="dh-${item.key}" .value=${item.details} @input=${(e: Event) => this.editStep(item.key, { details: (e.target as HTMLTextAreaElement).value })}></textarea>
            </div>`;
    return html`<li class="item">
      ${fields}
      <div class="row">
        <button id="up-${item.key}" ?disabled=${i === 0} @click=${() => this.move(item.key, -1)}>Move ${noun.toLowerCase()} ${n} up</button>
        <button id="down-${item.key}" ?disabled=${i === count - 1} @click=${() => this.move(item.key, 1)}>Move ${noun.toLowerCase()} ${n} down</button>
        <button @click=${() => this.removeItem(item.key)}>Remove ${noun.toLowerCase()} ${n}</button>
      </div>
    </li>`;
  }

  private renderContent() {
    if (this.tag === 'dose-note') return nothing;
    const faq = this.tag === 'stem-cell-faq';
    const list = this.list;
    const { problems } = faq ? this.faqContent : this.stepsContent;
    const contentErrors = this.said.filter((m) => /^(entry|no valid|content)/.test(m));
    return html`<fieldset>
      <legend>Your ${faq ? 'questions and answers' : 'steps'}</legend>
      <div class="row">
        <button @click=${() => this.startFrom(true)}>Start from the bundled ${this.noun}s</button>
        <button @click=${() => this.startFrom(false)}>Start empty</button>
      </div>
      <span class="hint">${this.edited ? `Your own ${this.noun}s replace the bundled ones.` : `These are the bundled ${this.noun}s; edit them, or start empty.`}</span>
      <ol class="items" aria-label="${faq ? 'Questions' : 'Steps'}">
        ${repeat(
          list,
          (item) => item.key,
          (item, i) => this.renderItem(item, i, list.length),
        )}
      </ol>
      <div><button id="add" @click=${this.add}>Add a ${this.noun}</button></div>
      ${problems.length || contentErrors.length ? html`<ul class="error">${[...problems, ...contentErrors].map((p) => html`<li>${p}</li>`)}</ul>` : nothing}
      ${
        faq
          ? nothing
          : html`<label class="check"
            ><input type="checkbox" .checked=${this.json} @change=${(e: Event) => {
              this.json = (e.target as HTMLInputElement).checked;
              this.change();
            }} />Give the steps as JSON (for developers: it needs a page that keeps scripts)</label
          >`
      }
    </fieldset>`;
  }

  override render() {
    const outputs = this.outputs();
    const form = FORMS.find((f) => f.value === this.form)!;
    return html`<div class="cols">
      <div>
        <div class="field">
          <label for="element">Element</label>
          <select
            id="element"
            @change=${(e: Event) => {
              this.tag = (e.target as HTMLSelectElement).value as Tag;
              this.values = {};
              this.edited = false;
              this.questions = questionsFrom(this.bundledQuestions());
              this.steps = stepsFrom(this.bundledSteps());
              this.change();
            }}
          >
            ${Object.keys(elements).map((t) => html`<option ?selected=${t === this.tag}>${t}</option>`)}
          </select>
        </div>
        <div class="field">
          <label for="language">Language</label>
          <select
            id="language"
            @change=${(e: Event) => {
              this.language = (e.target as HTMLSelectElement).value;
              if (!this.edited) {
                this.questions = questionsFrom(this.bundledQuestions());
                this.steps = stepsFrom(this.bundledSteps());
              }
              this.change();
            }}
          >
            <option value="en" ?selected=${!this.hindi}>English (the smaller bundle)</option>
            <option value="hi" ?selected=${this.hindi}>हिन्दी (Hindi): the bundle with Hindi</option>
          </select>
        </div>
        <fieldset>
          <legend>Attributes of &lt;${this.tag}&gt;</legend>
          ${elements[this.tag].map((a) => this.renderField(a))}
        </fieldset>
        ${this.renderContent()}
      </div>
      <div>
        <h2>Preview</h2>
        <div class="preview" id="preview" lang=${this.hindi ? 'hi' : 'en'}></div>
        <fieldset>
          <legend>Where will you paste this?</legend>
          ${FORMS.map(
            (f) => html`<label class="radio"
              ><input type="radio" name="form" value=${f.value} .checked=${this.form === f.value} aria-describedby="who-${f.value}"
                @change=${() => {
                  this.form = f.value;
                  this.change();
                }} /><span>${f.label}<span class="hint" id="who-${f.value}">${f.who}</span></span></label
            >`,
          )}
        </fieldset>
        <p>${form.who}</p>
        ${outputs.map(
          ([id, heading, code, where]) => html`<section aria-labelledby="o-${id}">
            <h2 id="o-${id}">${heading}</h2>
            <p>${where}</p>
            <pre id="code-${id}" tabindex="0" aria-labelledby="o-${id}"><code>${code}</code></pre>
            <button @click=${() => this.copy(id, code)} aria-label="Copy: ${heading}">Copy</button> <span role="status">${this.copied[id] ?? ''}</span>
          </section>`,
        )}
        <p><button @click=${this.download}>Download as an HTML file</button></p>
        <p class="hint">Nothing is saved: reloading the page starts fresh. Download the file to keep your work.</p>
        <div role="status" class="hint">${this.announce}</div>
      </div>
    </div>`;
  }
}
if (!customElements.get('sce-embed-builder')) customElements.define('sce-embed-builder', EmbedBuilder);

declare global {
  interface HTMLElementTagNameMap {
    'sce-embed-builder': EmbedBuilder;
  }
}
