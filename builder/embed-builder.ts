// The embed builder: one implementation with two homes, Storybook's "Docs → Embed code" page and
// demo/builder.html (built to dist/builder/builder.js). An editor sets up the three elements in one
// session, sees them as patients will, and copies the code for the place they paste it. The work
// is kept in this browser's localStorage (the clinic's text and settings, never patient data) and
// can be saved to a file; the builder asks the network for nothing: the manifest, the integrity
// hashes and the version are baked in at build time.
import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import pkg from '../package.json';
import { esc } from '../src/internal/fallback-markup.js';
import { unfilledNames } from '../src/internal/strings.js';
import { imports, integrity, manifest } from './build-data.js';
import { FIELDS, NAMES, UNFINISHED_DATE, type Field } from './fields.js';
import { unusualText } from './figure.js';
import { bundledIn, languageOf, languages } from './languages.js';
import { outputs, wrapped, type Outputs } from './outputs.js';
import {
  STORAGE_KEY,
  TAGS,
  canKeep,
  copyOf,
  emptyProject,
  forget,
  fromJson,
  keep,
  kept,
  nextKey,
  questionsFrom,
  stepsFrom,
  toJson,
  type Place,
  type Project,
  type Question,
  type Step,
  type Tag,
} from './project.js';
import { checkProject, controlId, type State } from './state.js';
import { builderStyles } from './styles.js';
import { fixLink } from './text-blocks.js';
import '../src/index.js';

interface Attribute {
  name: string;
  description?: string;
  type?: { text: string };
}

/** Each element's attributes as custom-elements.json documents them (the builder's FIELDS must name every one). */
export const elements = Object.fromEntries(
  manifest.modules.flatMap((m) =>
    ((m.declarations ?? []) as { tagName?: string; attributes?: Attribute[] }[])
      .filter((d) => d.tagName)
      .map((d) => [d.tagName!, d.attributes ?? []]),
  ),
) as Record<Tag, Attribute[]>;

export const PLACE_CHOICES: { value: Place; label: string; who: string }[] = [
  {
    value: 'cdn',
    label: 'A page that allows scripts, with the files from a public CDN',
    who: 'Most site builders, and WordPress Administrators and Editors in a Custom HTML block. Nothing to upload: the files come from cdn.jsdelivr.net.',
  },
  {
    value: 'self',
    label: 'A page that allows scripts, with the files on my own server',
    who: 'For a site that hosts its own files, or cannot rely on a public CDN. You upload a few files once; the code loads them from your address.',
  },
  {
    value: 'no-script',
    label: 'WordPress as an Author or Contributor, or any editor that removes scripts',
    who: 'Anyone can paste this. An Administrator adds one script to the whole site once; until then patients read the plain text.',
  },
  {
    value: 'plugin',
    label: 'WordPress with the stem-cell-explainers plugin',
    who: 'Anyone who can edit posts, on a site where an Administrator installed the plugin.',
  },
  { value: 'app', label: 'A developer’s app (the npm package)', who: 'For developers who build the page with JavaScript.' },
];

/** An action that loses work, waiting for the editor's answer. */
interface Ask {
  title: string;
  text: string;
  confirm: string;
  cancel: string;
  run: () => void;
}
/** What the builder just did, where it did it, and the work before it (to undo). */
interface Notice {
  where: 'work' | 'page' | Tag;
  text: string;
  undo?: Project;
}

/** Whether this browser has a date control (WebKitGTK's is a text field): the hint then gives the one format to type. */
const hasDateControl = (() => {
  const input = document.createElement('input');
  input.type = 'date';
  return input.type === 'date';
})();

/** The Trusted Types policy for the preview without the script: the builder's own escaped markup, in a frame that runs no script. */
let previewPolicy: { createHTML(s: string): unknown } | undefined;
const previewHtml = (s: string) => {
  const tt = (globalThis as { trustedTypes?: { createPolicy(n: string, p: object): typeof previewPolicy } }).trustedTypes;
  previewPolicy ??= tt?.createPolicy('sce-builder-preview', { createHTML: (x: string) => x });
  return (previewPolicy?.createHTML(s) ?? s) as string;
};

const dateTime = (d: Date) => new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeStyle: 'short' }).format(d);

/**
 * The embed builder: set up the FAQ, the steps and the dose note in one session, see them as
 * patients will (phone width, any language, with and without the script), and copy the code for
 * the place it is pasted.
 */
export class EmbedBuilder extends LitElement {
  static override properties = {
    project: { state: true },
    tab: { state: true },
    withScript: { state: true },
    phone: { state: true },
    notice: { state: true },
    asking: { state: true },
    copied: { state: true },
    fileError: { state: true },
  };
  static override styles = builderStyles;

  // Declared, then set in the constructor: class fields compiled with define semantics would hide Lit's accessors.
  declare private project: Project;
  /** The element being edited (its tab) and previewed. */
  declare private tab: Tag;
  declare private withScript: boolean;
  declare private phone: boolean;
  declare private notice: Notice | undefined;
  declare private asking: Ask | undefined;
  declare private copied: Record<string, string>;
  declare private fileError: string;
  private _state!: State;
  private _out!: Outputs;
  private _restored = false;
  private _keeps = canKeep();
  private _shown = '';
  private _focus?: string;
  /** Keeps the preview's frame (without the script) as tall as its page when the preview's width changes. */
  private _frameFit?: ResizeObserver;
  /** The control that had focus when a question was asked, to go back to. */
  private _askedFrom?: HTMLElement;
  private _refocus?: HTMLElement;
  /** The last button clicked: where a question goes back to when a click gave no focus (Safari does not focus buttons). */
  private _clicked?: HTMLElement;

  constructor() {
    super();
    this.project = emptyProject();
    this.tab = 'stem-cell-faq';
    this.withScript = true;
    this.phone = true;
    this.notice = undefined;
    this.asking = undefined;
    this.copied = {};
    this.fileError = '';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this._restored) return;
    this._restored = true;
    const back = kept();
    if (back && 'project' in back) {
      this.project = back.project;
      this.notice = {
        where: 'work',
        text: `Your work${back.saved ? ` from ${dateTime(back.saved)}` : ''} was kept in this browser and is back.`,
      };
    }
  }

  protected override firstUpdated(): void {
    this.renderRoot.addEventListener(
      'click',
      (e) => {
        const button = (e.target as Element).closest?.('button');
        if (button) this._clicked = button;
      },
      true,
    );
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('project' as keyof EmbedBuilder)) {
      this.fillBundled(this.project);
      this._state = checkProject(this.project);
      this._out = outputs(
        TAGS.filter((t) => this.project.include[t]).map((t) => this._state.ready[t]),
        {
          place: this.project.place,
          language: languageOf(this.project.lang),
          base: this._state.server.base,
          siteScript: this.project.siteScript,
        },
        { version: pkg.version, integrity, imports },
      );
    }
  }

  /** The bundled questions and steps, in the page's language, until the editor writes their own. */
  private fillBundled(p: Project) {
    // Work saved with a language this build does not have is shown in English.
    if (!languages.some((l) => l.lang === p.lang)) p.lang = 'en';
    const bundled = bundledIn(p.lang);
    const source = (p.settings['procedure-steps'].source as keyof typeof bundled.steps) || 'bone-marrow';
    p.shown ??= {};
    if (!p.faq.own && p.shown.faq !== p.lang) {
      p.faq.items = questionsFrom(bundled.faq);
      p.shown.faq = p.lang;
    }
    if (!p.steps.own && p.shown.steps !== `${p.lang} ${source}`) {
      p.steps.items = stepsFrom(bundled.steps[source] ?? bundled.steps['bone-marrow']);
      p.shown.steps = `${p.lang} ${source}`;
    }
  }

  // ---- changing the work ----

  /** Applies a change to a copy of the work, shows it and keeps it in this browser. */
  private change(edit: (p: Project) => void) {
    const next = copyOf(this.project);
    edit(next);
    this.project = next;
    this.copied = {};
    this._keeps = keep(next);
  }

  /**
   * A new language for the page. The bundled questions and steps the editor kept as they were follow
   * it; those they wrote or changed stay as written, and they are told to check them: the element
   * carries the page's language, so patients' screen readers would read them in it.
   */
  private setLanguage(lang: string) {
    const before = copyOf(this.project);
    const [was, now] = [bundledIn(before.lang), bundledIn(lang)];
    const source = (before.settings['procedure-steps'].source as keyof typeof was.steps) || 'bone-marrow';
    let written = 0;
    /** Each item in the new language if it is a bundled one as the library wrote it, else as it is. */
    const follow = <T extends { key: number; id?: string }>(items: T[], from: T[], to: T[]) =>
      items.map((item) => {
        const [old, next] = [from.find((b) => b.id === item.id), to.find((b) => b.id === item.id)];
        if (old && next && JSON.stringify({ ...old, key: item.key }) === JSON.stringify(item)) return { ...next, key: item.key };
        written++;
        return item;
      });
    this.change((q) => {
      q.lang = lang;
      if (q.faq.own) q.faq.items = follow(q.faq.items, questionsFrom(was.faq), questionsFrom(now.faq));
      if (q.steps.own) q.steps.items = follow(q.steps.items, stepsFrom(was.steps[source] ?? []), stepsFrom(now.steps[source] ?? []));
    });
    if (written && before.lang !== lang) {
      const name = languageOf(lang).name;
      const kept =
        written === 1
          ? `The one you wrote or changed stays as you wrote it: check that it is in ${name}, as patients’ screen readers will read it in that language.`
          : `The ${written} you wrote or changed stay as you wrote them: check that they are in ${name}, as patients’ screen readers will read them in that language.`;
      this.notice = {
        where: 'page',
        text: `The page is now in ${name}. The bundled questions and steps you had not changed are now in it. ${kept}`,
        undo: before,
      };
    }
  }

  /** Runs an action that loses work, after asking; it can then be undone. */
  private destructive(ask: Omit<Ask, 'run'> | undefined, where: Notice['where'], done: string, action: () => void) {
    const run = () => {
      const before = copyOf(this.project);
      action();
      this.notice = { where, text: done, undo: before };
    };
    if (!ask) return run();
    this._askedFrom = ((this.renderRoot as ShadowRoot).activeElement as HTMLElement | null) ?? this._clicked;
    this.asking = { ...ask, run };
  }

  private answer(yes: boolean) {
    const ask = this.asking;
    this.asking = undefined;
    if (yes) ask?.run();
    // Back where the editor was (once the dialog is closed), unless the action moved focus on purpose.
    this._refocus = this._focus ? undefined : this._askedFrom;
  }

  private undo() {
    const before = this.notice?.undo;
    if (!before) return;
    this.project = before;
    this._keeps = keep(before);
    this.notice = { where: this.notice!.where, text: 'Undone: your work is as it was before.' };
    // The Undo button is gone: the editor is put on the notice that says what happened.
    this._focus = `#notice-${this.notice.where}`;
  }

  private set(tag: Tag, name: string, value: string | boolean) {
    this.change((p) => {
      p.settings[tag][name] = value;
    });
  }

  private editQuestion(key: number, patch: Partial<Question>) {
    this.change((p) => {
      p.faq.own = true;
      p.faq.items = p.faq.items.map((q) => (q.key === key ? { ...q, ...patch } : q));
    });
  }

  private editStep(key: number, patch: Partial<Step>) {
    this.change((p) => {
      p.steps.own = true;
      p.steps.items = p.steps.items.map((s) => (s.key === key ? { ...s, ...patch } : s));
    });
  }

  private listOf(p: Project, tag: Tag): (Question | Step)[] {
    return tag === 'stem-cell-faq' ? p.faq.items : p.steps.items;
  }

  private setList(p: Project, tag: Tag, items: (Question | Step)[]) {
    if (tag === 'stem-cell-faq') p.faq = { own: true, items: items as Question[] };
    else p.steps = { own: true, items: items as Step[] };
  }

  private add(tag: Tag) {
    const key = nextKey();
    this.change((p) =>
      this.setList(p, tag, [
        ...this.listOf(p, tag),
        tag === 'stem-cell-faq' ? { key, question: '', answer: '' } : { key, title: '', summary: '', details: '' },
      ]),
    );
    this._focus = `#first-${key}`;
    const { one } = NAMES[tag];
    this.notice = { where: tag, text: `${one[0].toUpperCase()}${one.slice(1)} ${this.listOf(this.project, tag).length} added.` };
  }

  private move(tag: Tag, key: number, by: number) {
    const list = [...this.listOf(this.project, tag)];
    const at = list.findIndex((i) => i.key === key);
    const to = at + by;
    if (to < 0 || to >= list.length) return;
    [list[at], list[to]] = [list[to], list[at]];
    this.change((p) => this.setList(p, tag, list));
    this._focus = to === 0 ? `#down-${key}` : to === list.length - 1 ? `#up-${key}` : `#${by < 0 ? 'up' : 'down'}-${key}`;
    this.notice = { where: tag, text: `Moved to position ${to + 1} of ${list.length}.` };
  }

  private removeItem(tag: Tag, key: number) {
    const list = this.listOf(this.project, tag);
    const at = list.findIndex((i) => i.key === key);
    const item = list[at];
    const { one } = NAMES[tag];
    const name = 'question' in item ? item.question.trim() : item.title.trim();
    const hasText = Object.entries(item).some(([k, v]) => k !== 'key' && k !== 'id' && typeof v === 'string' && v.trim());
    const rest = list.filter((i) => i.key !== key);
    this.destructive(
      hasText
        ? {
            title: `Remove ${one} ${at + 1}?`,
            text: `${name ? `“${name}” and its text` : `${one[0].toUpperCase()}${one.slice(1)} ${at + 1}`} will be removed from your ${NAMES[tag].many}. You can undo this.`,
            confirm: `Remove ${one} ${at + 1}`,
            cancel: `Keep it`,
          }
        : undefined,
      tag,
      `${one[0].toUpperCase()}${one.slice(1)} ${at + 1} removed; ${rest.length} left.`,
      () => {
        this.change((p) => this.setList(p, tag, rest));
        const next = rest[Math.min(at, rest.length - 1)];
        this._focus = next ? `#first-${next.key}` : `#add-${tag}`;
      },
    );
  }

  /** "Start from the bundled …" and "Start empty": they replace what is there, so they ask first when it holds anything. */
  private startFrom(tag: Tag, bundled: boolean) {
    const { many } = NAMES[tag];
    const own = tag === 'stem-cell-faq' ? this.project.faq.own : this.project.steps.own;
    const count = this.listOf(this.project, tag).length;
    const loses = bundled ? own && count > 0 : count > 0;
    const what = own ? `your ${count} ${count === 1 ? NAMES[tag].one : many}` : `the ${count} bundled ${many}`;
    this.destructive(
      loses
        ? {
            title: bundled ? `Replace your ${many} with the bundled ones?` : `Remove all ${many}?`,
            text: bundled
              ? `${what[0].toUpperCase()}${what.slice(1)} will be replaced by the bundled ${many}. You can undo this.`
              : `${what[0].toUpperCase()}${what.slice(1)} will be removed, so that you can write your own from the start. You can undo this.`,
            confirm: bundled ? `Replace with the bundled ${many}` : `Remove all ${many}`,
            cancel: `Keep ${own ? 'my' : 'the'} ${many}`,
          }
        : undefined,
      tag,
      bundled ? `Started from the bundled ${many}.` : `Started empty: add your first ${NAMES[tag].one}.`,
      () => {
        this.change((p) => {
          if (bundled) {
            p.shown = { ...p.shown, [tag === 'stem-cell-faq' ? 'faq' : 'steps']: undefined };
            if (tag === 'stem-cell-faq') p.faq = { own: false, items: [] };
            else p.steps = { own: false, items: [] };
          } else this.setList(p, tag, []);
        });
        this._focus = bundled ? undefined : `#add-${tag}`;
      },
    );
  }

  // ---- work that survives ----

  private saveFile() {
    const day = new Date().toISOString().slice(0, 10);
    this.download(toJson(this.project), `stem-cell-explainers-work-${day}.json`, 'application/json');
    this.notice = {
      where: 'work',
      text: `Saved to the file stem-cell-explainers-work-${day}.json (in your downloads). Open it here again to go on.`,
    };
  }

  private async openFile(e: Event) {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    const read = fromJson(await file.text());
    input.value = '';
    if ('error' in read) {
      this.fileError = read.error;
      return;
    }
    this.fileError = '';
    const hasWork =
      this.project.faq.own ||
      this.project.steps.own ||
      this.project.cells.trim() ||
      TAGS.some((t) => Object.keys(this.project.settings[t]).length);
    this.destructive(
      hasWork
        ? {
            title: 'Replace your work with the file?',
            text: `The work in “${file.name}” will replace what is in the builder now. You can undo this.`,
            confirm: 'Open the file',
            cancel: 'Keep my work',
          }
        : undefined,
      'work',
      `Opened “${file.name}”${read.saved ? `, saved ${dateTime(read.saved)}` : ''}.`,
      () => {
        this.project = read.project;
        this._keeps = keep(read.project);
      },
    );
  }

  private clearWork() {
    this.destructive(
      {
        title: 'Clear your work from this browser?',
        text: 'Everything you wrote and chose here will be removed from the builder and from this browser. Save it to a file first if you may need it. You can undo this until you leave the page.',
        confirm: 'Clear my work',
        cancel: 'Keep my work',
      },
      'work',
      'Your work was cleared from the builder and from this browser.',
      () => {
        forget();
        this.project = emptyProject();
      },
    );
  }

  private download(text: string, name: string, type: string) {
    const url = URL.createObjectURL(new Blob([text], { type }));
    const a = document.createElement('a');
    a.href = url;
    a.download = name;
    this.renderRoot.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }

  /** All the code for this place as one HTML file, to keep or hand on. */
  private downloadCode() {
    const { blocks, files } = this._out;
    const comment = (s: string) => s.replace(/--/g, '‐‐');
    const parts = [
      ...(files.length
        ? [`<!-- Upload these files to ${comment(this._state.server.base ?? '')}: ${files.map((f) => f.name).join(', ')} -->`]
        : []),
      ...blocks.map((b) => `<!-- ${comment(b.heading)}: ${comment(b.where)} -->\n${b.code}`),
    ].join('\n\n');
    const file = `<!doctype html>\n<html lang="${esc(this.project.lang)}">\n<head><meta charset="utf-8"><title>Stem cell explainers: embed code</title></head>\n<body>\n${parts}\n</body>\n</html>\n`;
    this.download(file, `stem-cell-explainers-${this.project.place}.html`, 'text/html');
  }

  private async copy(id: string, code: string) {
    try {
      await navigator.clipboard.writeText(code);
      this.copied = { [id]: 'Copied' };
    } catch {
      const pre = this.renderRoot.querySelector<HTMLElement>(`#code-${id}`)!;
      pre.focus();
      getSelection()?.selectAllChildren(pre);
      this.copied = { [id]: 'Could not copy. The code is selected: copy it with Ctrl+C (⌘C on a Mac).' };
    }
  }

  // ---- the preview, as patients see it ----

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const dialog = this.renderRoot.querySelector('dialog')!;
    if (this.asking && !dialog.open) {
      dialog.showModal();
      dialog.querySelector<HTMLElement>('.cancel')?.focus();
    } else if (!this.asking && dialog.open) dialog.close();
    if (this._focus) {
      this.renderRoot.querySelector<HTMLElement>(this._focus)?.focus();
      this._focus = undefined;
    } else if (this._refocus && !this.asking) {
      if (this._refocus.isConnected) this._refocus.focus();
      this._refocus = undefined;
    }
    const ready = this._state.ready[this.tab];
    const empty = this.isEmpty(this.tab);
    const key = JSON.stringify([ready, empty, this.withScript, this.project.place]);
    if (key === this._shown) return;
    this._shown = key;
    const box = this.renderRoot.querySelector('#preview')!;
    if (empty) return void box.replaceChildren();
    if (this.withScript) {
      const el = document.createElement(this.tab) as HTMLElement & { items?: unknown; steps?: unknown };
      for (const [name, v] of Object.entries(ready.attributes)) el.setAttribute(name, v === true ? '' : String(v));
      if (ready.own && this.tab === 'stem-cell-faq') el.items = ready.own;
      if (ready.own && this.tab === 'procedure-steps') el.steps = ready.own;
      box.replaceChildren(el);
      return;
    }
    // Without the script: the code as pasted, in a frame that runs no script, read as a browser reads it.
    const frame = document.createElement('iframe');
    frame.title = `${NAMES[this.tab].name} without the script`;
    frame.setAttribute('sandbox', 'allow-same-origin');
    // As tall as its page, at whatever width the preview is given (a phone's or the column's): the
    // frame is not made again when only the width changes.
    const fit = () => {
      const page = frame.contentDocument?.documentElement;
      if (page) frame.style.blockSize = `${Math.ceil(page.getBoundingClientRect().height)}px`;
    };
    this._frameFit?.disconnect();
    // In the next frame: a size changed while the observer reports would be a loop it cannot report.
    this._frameFit = new ResizeObserver(() => requestAnimationFrame(fit));
    frame.addEventListener('load', () => {
      const doc = frame.contentDocument;
      if (!doc?.body) return;
      doc.body.style.margin = '0';
      doc.body.style.fontFamily = 'system-ui, sans-serif';
      fit();
      this._frameFit?.observe(frame);
    });
    const lang = esc(this.project.lang);
    frame.srcdoc = previewHtml(
      `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${esc(frame.title)}</title></head><body>${wrapped(ready, this.project.place === 'no-script')}</body></html>`,
    );
    box.replaceChildren(frame);
  }

  /** An element whose content the editor emptied: nothing to show or give. */
  private isEmpty(tag: Tag) {
    if (tag === 'dose-note') return false;
    const own = tag === 'stem-cell-faq' ? this.project.faq.own : this.project.steps.own;
    return own && !(tag === 'stem-cell-faq' ? this._state.faq : this._state.steps).entries.length;
  }

  // ---- rendering ----

  private renderNotice(where: Notice['where']) {
    const n = this.notice?.where === where ? this.notice : undefined;
    return html`<div class=${n ? 'notice' : ''}>
      <p role="status" class="hint" id="notice-${where}" tabindex=${n ? '-1' : nothing}>${n?.text ?? ''}</p>
      ${n?.undo ? html`<button id="undo-${where}" @click=${this.undo}>Undo</button>` : nothing}
    </div>`;
  }

  private describedBy(id: string, error?: string, note?: string) {
    return [`${id}-hint`, error && `${id}-error`, note && `${id}-note`].filter(Boolean).join(' ');
  }

  private renderMessages(id: string, error?: string, note?: string, fix?: { label: string; run: () => void }) {
    return html`${error ? html`<span class="error" id="${id}-error"><span class="vh">Error: </span>${error}</span>` : nothing}
    ${
      fix
        ? html`<div>
            <button
              @click=${() => {
                // The button goes once the fix is made: the editor is put back in the field it fixed.
                this._focus = `#${id}`;
                fix.run();
              }}
            >
              ${fix.label}
            </button>
          </div>`
        : nothing
    }
    ${note ? html`<span class="note" id="${id}-note">${note}</span>` : nothing}`;
  }

  private renderField(tag: Tag, f: Field) {
    const id = controlId(tag, f.name);
    const raw = this.project.settings[tag][f.name];
    const c = this._state.fields[tag][f.name] ?? {};
    const dev = html`<span class="dev">For developers: the <code>${f.name}</code> attribute.</span>`;
    const hint = html`<span class="hint" id="${id}-hint">${f.hint}</span>`;
    const describedBy = this.describedBy(id, c.error, c.note);
    const onInput = (e: Event) => {
      const input = e.target as HTMLInputElement;
      this.set(tag, f.name, input.type === 'date' && input.validity.badInput ? UNFINISHED_DATE : input.value);
    };
    if (f.kind === 'boolean')
      return html`<div class="field">
        <label class="check"
          ><input type="checkbox" id=${id} .checked=${live(raw === true)} aria-describedby=${describedBy}
            @change=${(e: Event) => this.set(tag, f.name, (e.target as HTMLInputElement).checked)} />${f.label}</label
        >${hint}${dev}
      </div>`;
    const options = f.options?.(this.project.settings[tag], this.stepCount());
    const current = typeof raw === 'string' ? raw : options?.[0][0];
    if (f.kind === 'radio')
      return html`<fieldset aria-describedby=${describedBy}>
        <legend>${f.label}</legend>
        ${hint}
        ${options!.map(
          ([v, label]) =>
            html`<label class="radio"
              ><input type="radio" name="${id}" id="${id}-${v}" value=${v} .checked=${live(current === v)} @change=${onInput} />${label}</label
            >`,
        )}
        ${dev}
      </fieldset>`;
    if (options)
      return html`<div class="field">
        <label for=${id}>${f.label}</label>${hint}
        <select id=${id} aria-describedby=${describedBy} aria-invalid=${c.error ? 'true' : 'false'} @change=${onInput}>
          ${
            // A choice that is gone (step 4 of steps that are now 2) stays shown until the editor picks
            // another, so that picking “None” is a change, which clears the error.
            options.some(([v]) => v === current)
              ? nothing
              : html`<option value=${current ?? ''} selected disabled>${f.name === 'current' ? `Step ${current}, no longer there` : current}</option>`
          }
          ${options.map(([v, label]) => html`<option value=${v} ?selected=${current === v}>${label}</option>`)}
        </select>
        ${this.renderMessages(id, c.error)}${dev}
      </div>`;
    const date = f.kind === 'date';
    const dateHint = date && !hasDateControl ? html` <span>Type it as year-month-day, for example 2026-10-01.</span>` : nothing;
    return html`<div class="field">
      <label for=${id}>${f.label}</label><span class="hint" id="${id}-hint">${f.hint}${dateHint}</span>
      <input
        id=${id}
        type=${date ? 'date' : 'text'}
        inputmode=${f.kind === 'number' ? 'decimal' : f.kind === 'link' ? 'url' : nothing}
        autocomplete="off"
        spellcheck=${f.kind === 'text' ? 'true' : 'false'}
        .value=${live(typeof raw === 'string' && !(date && hasDateControl && raw === UNFINISHED_DATE) ? raw : '')}
        aria-describedby=${describedBy}
        aria-invalid=${c.error ? 'true' : 'false'}
        @input=${onInput}
        @change=${onInput}
        @blur=${date ? onInput : nothing}
      />
      ${this.renderMessages(id, c.error, c.note, c.fix ? { label: `Use ${c.fix}`, run: () => this.set(tag, f.name, c.fix!) } : undefined)}${dev}
    </div>`;
  }

  private stepCount() {
    const p = this.project;
    if (p.steps.own) return this._state.steps.entries.length;
    return p.steps.items.length;
  }

  private renderItem(tag: Tag, item: Question | Step, i: number, count: number) {
    const n = i + 1;
    const { one } = NAMES[tag];
    const check = (tag === 'stem-cell-faq' ? this._state.faq : this._state.steps).items.get(item.key);
    const textId = `${'question' in item ? 'answer' : 'details'}-${item.key}`;
    const problems = [
      ...(check?.links ?? []).map((l) => ({ text: `The link “${l.text}”: ${l.problem}`, fix: l.fix ? l : undefined })),
      ...(check?.unread
        ? [{ text: 'A link could not be read: its closing bracket is missing. Write it as [text](https://address).', fix: undefined }]
        : []),
    ];
    const howTo =
      'Leave a blank line between paragraphs. Start a line with “- ” for a bullet point. Write a link as [text](https://address).';
    // Markdown's bold or HTML, typed as in another editor: patients would read the marks. A note: the code is still given.
    const list = (marks: string[]) => new Intl.ListFormat('en').format(marks.map((t) => `“${t}”`));
    // A {name} other than {cells} (a slip: “{cell}”) is shown as typed, as the elements say in the console.
    const fields = 'question' in item ? [item.question, item.answer] : [item.title, item.summary, item.details];
    const names = unfilledNames(fields.join('\n'));
    const typed =
      [
        check?.typed.length &&
          `Patients will see ${list(check.typed)} as typed: this text is not read as HTML or Markdown, and nothing in it is shown in bold. ${howTo}`,
        names.length && `Patients will see ${list(names)} as typed: only “{cells}” stands for your clinic’s figure.`,
      ]
        .filter(Boolean)
        .join(' ') || undefined;
    const describedBy = [
      `${textId}-hint`,
      problems.length && `${textId}-error`,
      typed && `${textId}-note`,
      check?.missing && `${item.key}-missing`,
    ]
      .filter(Boolean)
      .join(' ');
    const cells = (s: string) =>
      s.includes('{cells}') ? ` “{cells}” stands for your clinic’s figure: patients read “${this._state.cells}”.` : '';
    const text =
      'question' in item
        ? html`<div class="field">
              <label for="first-${item.key}">Question ${n}</label>
              <input id="first-${item.key}" .value=${live(item.question)} autocomplete="off"
                @input=${(e: Event) => this.editQuestion(item.key, { question: (e.target as HTMLInputElement).value })} />
            </div>
            <div class="field">
              <label for=${textId}>Answer to question ${n}</label><span class="hint" id="${textId}-hint">${howTo}${cells(item.answer)}</span>
              <textarea id=${textId} aria-describedby=${describedBy} aria-invalid=${problems.length ? 'true' : 'false'} .value=${live(item.answer)}
                @input=${(e: Event) => this.editQuestion(item.key, { answer: (e.target as HTMLTextAreaElement).value })}></textarea>
            </div>`
        : html`<div class="field">
              <label for="first-${item.key}">Title of step ${n}</label>
              <input id="first-${item.key}" .value=${live(item.title)} autocomplete="off"
                @input=${(e: Event) => this.editStep(item.key, { title: (e.target as HTMLInputElement).value })} />
            </div>
            <div class="field">
              <label for="summary-${item.key}">Summary of step ${n}</label><span class="hint" id="summary-${item.key}-hint">One short sentence, always shown.</span>
              <input id="summary-${item.key}" aria-describedby="summary-${item.key}-hint" .value=${live(item.summary)} autocomplete="off"
                @input=${(e: Event) => this.editStep(item.key, { summary: (e.target as HTMLInputElement).value })} />
            </div>
            <div class="field">
              <label for=${textId}>Details of step ${n}</label><span class="hint" id="${textId}-hint">Shown when the patient opens the step. ${howTo}${cells(item.details)}</span>
              <textarea id=${textId} aria-describedby=${describedBy} aria-invalid=${problems.length ? 'true' : 'false'} .value=${live(item.details)}
                @input=${(e: Event) => this.editStep(item.key, { details: (e.target as HTMLTextAreaElement).value })}></textarea>
            </div>`;
    const edit = (patch: string) =>
      'question' in item ? this.editQuestion(item.key, { answer: patch }) : this.editStep(item.key, { details: patch });
    const source = 'question' in item ? item.answer : item.details;
    return html`<li class="item">
      ${text}
      ${
        problems.length
          ? html`<div class="error" id="${textId}-error"><span class="vh">Error: </span>${problems.map((p) => html`<p>${p.text}</p>`)}</div>
              ${problems.map((p) =>
                p.fix
                  ? html`<div>
                      <button
                        @click=${() => {
                          this._focus = `#${textId}`;
                          edit(fixLink(source, p.fix!));
                        }}
                      >
                        Change it to ${p.fix.fix}
                      </button>
                    </div>`
                  : nothing,
              )}`
          : nothing
      }
      ${typed ? html`<p class="note" id="${textId}-note">${typed}</p>` : nothing}
      ${check?.missing ? html`<p class="warning" id="${item.key}-missing">${check.missing}</p>` : nothing}
      <div class="row">
        <button id="up-${item.key}" ?disabled=${i === 0} @click=${() => this.move(tag, item.key, -1)}>Move ${one} ${n} up</button>
        <button id="down-${item.key}" ?disabled=${i === count - 1} @click=${() => this.move(tag, item.key, 1)}>Move ${one} ${n} down</button>
        <button @click=${() => this.removeItem(tag, item.key)}>Remove ${one} ${n}</button>
      </div>
    </li>`;
  }

  private renderContent(tag: Tag) {
    if (tag === 'dose-note') return nothing;
    const { many } = NAMES[tag];
    const own = tag === 'stem-cell-faq' ? this.project.faq.own : this.project.steps.own;
    const list = this.listOf(this.project, tag);
    // Of the editor's own list, those still the bundled ones as written: they follow the page's language.
    const { kept } = tag === 'stem-cell-faq' ? this._state.faq : this._state.steps;
    return html`<fieldset>
      <legend>Your ${tag === 'stem-cell-faq' ? 'questions and answers' : 'steps'}</legend>
      <p class="hint">
        ${
          !own
            ? `These are the bundled ${many}, in the page’s language. Edit any of them and they become your own, or start empty.`
            : kept
              ? `Patients see this list, in this order. ${kept} of the ${many} ${kept === 1 ? 'is the bundled one as written: it follows' : 'are the bundled ones as written: they follow'} the page’s language. The others are yours.`
              : `Your own ${many} replace the bundled ones.`
        }
      </p>
      <div class="row">
        <button @click=${() => this.startFrom(tag, true)}>Start from the bundled ${many}</button>
        <button @click=${() => this.startFrom(tag, false)}>Start empty</button>
      </div>
      ${this.renderNotice(tag)}
      ${
        list.length
          ? html`<ol class="items" aria-label=${NAMES[tag].name}>
            ${repeat(
              list,
              (item) => item.key,
              (item, i) => this.renderItem(tag, item, i, list.length),
            )}
          </ol>`
          : html`<p>No ${many} yet.</p>`
      }
      <div><button id="add-${tag}" @click=${() => this.add(tag)}>Add a ${NAMES[tag].one}</button></div>
    </fieldset>`;
  }

  private renderTabs() {
    const select = (tag: Tag, focus = false) => {
      this.tab = tag;
      if (focus) this._focus = `#tab-${tag}`;
    };
    const onKey = (e: KeyboardEvent) => {
      const at = TAGS.indexOf(this.tab);
      const to = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: TAGS.length - 1 }[e.key];
      if (to === undefined) return;
      e.preventDefault();
      select(TAGS[(to + TAGS.length) % TAGS.length], true);
    };
    return html`<div role="tablist" aria-label="Elements" @keydown=${onKey}>
      ${TAGS.map(
        (tag) =>
          html`<button role="tab" id="tab-${tag}" aria-selected=${tag === this.tab ? 'true' : 'false'} aria-controls="panel"
            tabindex=${tag === this.tab ? '0' : '-1'} @click=${() => select(tag)}>
            ${NAMES[tag].name}${this.project.include[tag] ? nothing : html`<span class="off"> (not on your page)</span>`}
          </button>`,
      )}
    </div>`;
  }

  private renderPanel() {
    const tag = this.tab;
    const id = `f-${tag}-include`;
    return html`<div role="tabpanel" id="panel" aria-labelledby="tab-${tag}">
      <div class="field">
        <label class="check"
          ><input type="checkbox" id=${id} .checked=${live(this.project.include[tag])}
            @change=${(e: Event) => this.change((p) => void (p.include[tag] = (e.target as HTMLInputElement).checked))} />Put the
          ${NAMES[tag].name.toLowerCase()} on my page</label
        >
        <span class="hint">Your settings are kept either way.</span>
      </div>
      <fieldset>
        <legend>Settings of the ${NAMES[tag].name.toLowerCase()}</legend>
        ${FIELDS[tag].map((f) => this.renderField(tag, f))}
      </fieldset>
      ${this.renderContent(tag)}
    </div>`;
  }

  private renderPage() {
    const p = this.project;
    const fig = this._state.figure;
    // An unusual figure is the reason the field is marked invalid: a screen reader hears it with the field.
    const describedBy = [this.describedBy('f-cells', fig.error, fig.note), fig.unusual !== undefined && 'f-cells-unusual-text']
      .filter(Boolean)
      .join(' ');
    return html`<fieldset>
      <legend>Your page</legend>
      <div class="field">
        <label for="f-lang">Language of the page</label>
        <span class="hint" id="f-lang-hint">The elements’ buttons and the bundled text are in this language, and patients read the figure in its way of writing numbers.</span>
        <select id="f-lang" aria-describedby="f-lang-hint" @change=${(e: Event) => this.setLanguage((e.target as HTMLSelectElement).value)}>
          ${languages.map((l) => html`<option value=${l.lang} lang=${l.lang} .selected=${live(l.lang === p.lang)}>${l.name}</option>`)}
        </select>
        ${this.renderNotice('page')}
      </div>
      <div class="field">
        <label for="f-cells">Your clinic’s figure: stem cells for each kg of body weight</label>
        <span class="hint" id="f-cells-hint"
          >Write it as you would say it: 2 million, 20 lakh, 2,000,000 or 20,00,000. Leave it empty to use the figure in the clinic’s
          information. Every element on your page uses it.</span
        >
        <input id="f-cells" type="text" autocomplete="off" spellcheck="false" .value=${live(p.cells)} aria-describedby=${describedBy}
          aria-invalid=${fig.error || fig.unusual !== undefined ? 'true' : 'false'}
          @input=${(e: Event) => this.change((q) => void (q.cells = (e.target as HTMLInputElement).value))} />
        ${this.renderMessages('f-cells', fig.error, fig.note)}
        ${
          fig.unusual !== undefined
            ? html`<div class="warning" id="f-cells-unusual">
              <p id="f-cells-unusual-text">${unusualText(fig.unusual, p.lang)}</p>
              <label class="check"
                ><input type="checkbox" id="f-cells-confirm"
                  @change=${(e: Event) => {
                    if (!(e.target as HTMLInputElement).checked) return;
                    // The box goes once ticked: the editor is put back in the figure's field.
                    this._focus = '#f-cells';
                    this.change((q) => void (q.cellsConfirmed = fig.unusual));
                  }} />Yes,
                ${fig.unusual.toLocaleString('en-US')} cells for each kg is our clinic’s figure</label
              >
            </div>`
            : nothing
        }
        <span class="dev">For developers: the <code>cells-per-kg</code> attribute, on every element.</span>
      </div>
    </fieldset>`;
  }

  private renderPreview() {
    const name = NAMES[this.tab].name;
    const radios = (legend: string, choices: [boolean, string][], value: boolean, set: (v: boolean) => void, id: string) =>
      html`<fieldset>
        <legend>${legend}</legend>
        ${choices.map(
          ([v, label]) =>
            html`<label class="radio"><input type="radio" name=${id} .checked=${live(value === v)} @change=${() => set(v)} />${label}</label>`,
        )}
      </fieldset>`;
    return html`<section aria-labelledby="preview-h" class="box">
      <h2 id="preview-h" tabindex="-1">Preview: ${name}</h2>
      <p class="hint">As patients see it on your page, in ${languageOf(this.project.lang).name}.</p>
      ${radios(
        'Show it',
        [
          [true, 'With the script, as most patients see it'],
          [false, 'Without the script: as it reads before the script loads, or where scripts are blocked'],
        ],
        this.withScript,
        (v) => (this.withScript = v),
        'show',
      )}
      ${radios(
        'Width',
        [
          [true, 'A phone (360 pixels wide)'],
          [false, 'As wide as this column'],
        ],
        this.phone,
        (v) => (this.phone = v),
        'width',
      )}
      ${this.isEmpty(this.tab) ? html`<p class="warning">No ${NAMES[this.tab].many} yet: add one to see it here.</p>` : nothing}
      ${this.project.include[this.tab] ? nothing : html`<p class="hint">This element is not on your page; it is shown here so you can set it up.</p>`}
      <div class="preview ${this.phone ? 'phone' : ''}" id="preview" lang=${this.project.lang}></div>
    </section>`;
  }

  private renderPlace() {
    const p = this.project;
    const server = this._state.server;
    const serverField = html`<div class="field">
      <label for="f-server">Address of the folder you upload the files to</label>
      <span class="hint" id="f-server-hint">For example https://yourclinic.in/assets/stem-cell-explainers/, or /assets/stem-cell-explainers/ on the same site as your pages.</span>
      <input id="f-server" type="text" inputmode="url" autocomplete="off" spellcheck="false" .value=${live(p.server)}
        aria-describedby=${this.describedBy('f-server', server.error, server.warning)} aria-invalid=${server.error ? 'true' : 'false'}
        @input=${(e: Event) => this.change((q) => void (q.server = (e.target as HTMLInputElement).value))} />
      ${this.renderMessages('f-server', server.error, server.warning, server.fix ? { label: `Use ${server.fix}`, run: () => this.change((q) => void (q.server = server.fix!)) } : undefined)}
    </div>`;
    return html`<fieldset>
        <legend>Where will you paste it?</legend>
        ${PLACE_CHOICES.map(
          (f) => html`<label class="radio"
            ><input type="radio" name="place" value=${f.value} .checked=${live(p.place === f.value)} aria-describedby="who-${f.value}"
              @change=${() => this.change((q) => void (q.place = f.value))} /><span>${f.label}<span class="hint" id="who-${f.value}">${f.who}</span></span></label
          >`,
        )}
      </fieldset>
      ${p.place === 'self' ? serverField : nothing}
      ${
        p.place === 'no-script'
          ? html`<fieldset>
              <legend>Where the site-wide script comes from</legend>
              <label class="radio"
                ><input type="radio" name="site" .checked=${live(p.siteScript === 'cdn')} @change=${() => this.change((q) => void (q.siteScript = 'cdn'))} />A public CDN
                (nothing to upload)</label
              >
              <label class="radio"
                ><input type="radio" name="site" .checked=${live(p.siteScript === 'self')} @change=${() => this.change((q) => void (q.siteScript = 'self'))} />My own
                server</label
              >
            </fieldset>
            ${p.siteScript === 'self' ? serverField : nothing}`
          : nothing
      }`;
  }

  /**
   * What a screen reader hears when the code is held back or given again: the errors beside the fields
   * are read when a field is reached, but the code's place changes wherever the editor is typing.
   */
  private codeStatus() {
    const { length } = this._state.problems;
    if (!Object.keys(integrity).length || !TAGS.some((t) => this.project.include[t])) return '';
    return length
      ? `Your code is not ready: ${length === 1 ? 'one thing needs' : `${length} things need`} fixing first.`
      : 'Your code is ready.';
  }

  private renderCode() {
    const { problems } = this._state;
    const { blocks, files, notes } = this._out;
    const go = (e: Event, control: string, tab?: Tag) => {
      e.preventDefault();
      if (tab) this.tab = tab;
      this._focus = `#${control}`;
      this.requestUpdate();
    };
    if (!Object.keys(integrity).length)
      return html`<p class="warning">
        This copy of the builder was made before the package’s files were built, so it cannot give code that loads them. Run npm run build,
        then open the builder again.
      </p>`;
    if (!TAGS.some((t) => this.project.include[t]))
      return html`<p class="warning">None of the three elements is on your page. Tick “Put … on my page” for at least one.</p>`;
    if (problems.length)
      return html`<div class="summary" role="group" aria-labelledby="summary-h">
        <h3 id="summary-h">Your code is not ready: ${problems.length === 1 ? 'one thing needs' : `${problems.length} things need`} fixing first</h3>
        <ul>
          ${problems.map((p) => html`<li><a href="#${p.control}" @click=${(e: Event) => go(e, p.control, p.tab)}>${p.text}</a></li>`)}
        </ul>
      </div>`;
    return html`${notes.map((n) => html`<p class="warning">${n}</p>`)}
      ${
        files.length
          ? html`<h3>First, upload these files to ${this._state.server.base}</h3>
            <p>
              Take them from the package (npm pack stem-cell-explainers@${pkg.version}, folder package/dist/cdn/) or download each below.
              Upload them unchanged: the code checks each file against its integrity hash, and refuses a changed one. Your server must send
              them as JavaScript (text/javascript); on another domain than your pages, it must also send Access-Control-Allow-Origin.
            </p>
            <ul class="files">
              ${files.map((f) => html`<li><a href=${f.from} download>${f.name}</a> <span class="dev">(${f.integrity})</span></li>`)}
            </ul>
            <h3>Then paste this code</h3>`
          : nothing
      }
      ${blocks.map(
        (b) => html`<section aria-labelledby="o-${b.id}">
          <h3 id="o-${b.id}">${b.heading}</h3>
          <p>${b.where}</p>
          <pre id="code-${b.id}" tabindex="0" role="group" aria-labelledby="o-${b.id}"><code>${b.code}</code></pre>
          <button @click=${() => this.copy(b.id, b.code)} aria-label="Copy: ${b.heading}">Copy</button>
          <span role="status">${this.copied[b.id] ?? ''}</span>
        </section>`,
      )}
      <p><button @click=${this.downloadCode}>Download the code as an HTML file</button></p>`;
  }

  private renderWork() {
    return html`<section aria-labelledby="work-h" class="box">
      <h2 id="work-h">Your work</h2>
      <p id="kept">
        ${
          this._keeps
            ? html`Your work is kept in this browser as you go, so it is still here when you come back. Only your clinic’s text and settings
              are kept: never type anything about a patient here. Other people and other browsers do not see it; save it to a file to move it
              or keep it safe.`
            : html`This browser does not let the builder keep your work (a private window, or storage is blocked): save it to a file before
              you leave, or it is lost.`
        }
      </p>
      <p class="dev">For developers: kept in localStorage for this site, under the key <code>${STORAGE_KEY}</code>.</p>
      <div class="row">
        <button @click=${this.saveFile}>Save my work to a file</button>
        <button class="danger" @click=${this.clearWork}>Clear my work from this browser</button>
      </div>
      <div class="field">
        <label for="f-open">Open a saved file</label>
        <span class="hint" id="f-open-hint">A .json file the builder saved. It replaces the work here (you are asked first).</span>
        <input id="f-open" type="file" accept=".json,application/json" aria-describedby=${this.fileError ? 'f-open-hint f-open-error' : 'f-open-hint'}
          aria-invalid=${this.fileError ? 'true' : 'false'} @change=${this.openFile} />
        ${this.renderMessages('f-open', this.fileError || undefined)}
      </div>
      ${this.renderNotice('work')}
    </section>`;
  }

  private renderDialog(): TemplateResult {
    const a = this.asking;
    return html`<dialog role="alertdialog" aria-labelledby="ask-h" aria-describedby="ask-t" @cancel=${(e: Event) => {
      e.preventDefault();
      this.answer(false);
    }}>
      <h2 id="ask-h">${a?.title ?? ''}</h2>
      <p id="ask-t">${a?.text ?? ''}</p>
      <div class="row">
        <button class="danger" @click=${() => this.answer(true)}>${a?.confirm ?? 'Yes'}</button>
        <button class="cancel" @click=${() => this.answer(false)}>${a?.cancel ?? 'No'}</button>
      </div>
    </dialog>`;
  }

  /** A skip link: the preview and the code come after every question's fields, dozens of Tab presses on. */
  private renderSkip() {
    return html`<a
      class="skip"
      href="#preview-h"
      @click=${(e: Event) => {
        e.preventDefault();
        this._focus = '#preview-h';
        this.requestUpdate();
      }}
      >Skip to the preview and your code</a
    >`;
  }

  override render() {
    return html`${this.renderSkip()}${this.renderWork()}
      <div class="cols">
        <div>
          ${this.renderPage()}
          ${this.renderTabs()}
          ${this.renderPanel()}
        </div>
        <div>
          ${this.renderPreview()}
          <section aria-labelledby="code-h" class="box">
            <h2 id="code-h">Your code</h2>
            ${this.renderPlace()}
            ${this.renderCode()}
            <p role="status" class="vh">${this.codeStatus()}</p>
          </section>
        </div>
      </div>
      ${this.renderDialog()}`;
  }
}
if (!customElements.get('sce-embed-builder')) customElements.define('sce-embed-builder', EmbedBuilder);

declare global {
  interface HTMLElementTagNameMap {
    'sce-embed-builder': EmbedBuilder;
  }
}
