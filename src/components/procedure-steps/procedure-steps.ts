import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { procedureSteps } from '../../content/procedure.js';
import type { ProcedureStep, StemCellSource } from '../../content/types.js';
import { isSafeHref, readJsonChild, renderBlocks, stepChecks, validEntries } from '../../internal/content.js';
import { VERSION, define, headingLevel, parsed } from '../../internal/define.js';
import { defaultStrings, format, mergeStrings, warn, type Strings } from '../../internal/strings.js';
import { animateOpen, baseStyles } from '../../internal/styles.js';
import { stepsStyles } from './procedure-steps.styles.js';

const TAG = 'procedure-steps';
const SOURCES = Object.keys(procedureSteps) as StemCellSource[];

export interface StepsToggleDetail {
  /** 1-based step number. */
  step: number;
  open: boolean;
}

/**
 * The treatment step by step, from collecting the cells to the injection, as a numbered list
 * whose steps open to show details.
 *
 * @tagname procedure-steps
 * @summary Numbered, expandable steps of the stem cell procedure for each source of cells.
 * @slot - Optional editor content: one `<script type="application/json">` with steps.
 * @csspart controls - The row with the Show all steps button.
 * @csspart list - The ordered list of steps.
 * @csspart step - One step.
 * @csspart number - A step's visible number.
 * @csspart title - A step's heading.
 * @csspart details - A step's details panel.
 * @cssprop [--sce-color-text=#1d1d1f] - Text colour (dark scheme: #f3f2f1).
 * @cssprop [--sce-color-background=#fff] - Background colour (dark scheme: #1b1d21).
 * @cssprop [--sce-color-muted=#505a5f] - Secondary text.
 * @cssprop [--sce-color-accent=#005eb8] - Step numbers, links and the current step.
 * @cssprop [--sce-color-border=#6f777b] - The line joining the steps.
 * @cssprop [--sce-color-success=#00703c] - Steps already done.
 * @cssprop [--sce-color-focus=#0b0c0c] - Focus outline.
 * @cssprop [--sce-color-focus-background=#ffdd00] - Ring just inside the focus outline.
 * @cssprop [--sce-space=1rem] - Base spacing.
 * @cssprop [--sce-radius=0.5rem] - Corner radius.
 * @cssprop [--sce-font-size=1rem] - Base font size; the font family is inherited from the page.
 * @fires {CustomEvent<StepsToggleDetail>} steps-toggle - When the patient opens or closes a step's details.
 */
export class ProcedureSteps extends LitElement {
  /** The package version, so that two copies of the bundle on one page can be told apart. */
  static version = VERSION;
  static override styles = [baseStyles, stepsStyles];
  static override properties = {
    source: {},
    current: {},
    headingLevel: { attribute: 'heading-level' },
    doseLink: { attribute: 'dose-link' },
    steps: { attribute: false },
    strings: { attribute: false },
    _open: { state: true },
  };

  /** Where the cells come from: `bone-marrow`, `adipose` or `allogenic`. */
  source: string = 'bone-marrow';
  /** 1-based number of the patient's current step; earlier steps show as done. */
  current?: string | number = undefined;
  /** Level of the step headings, 2 to 6. */
  headingLevel: string | number = 3;
  /** Address of the clinic's dose explanation (for example `#dose`), linked from the culture step. */
  doseLink?: string = undefined;
  /** Steps to show instead of the bundled ones (same shape as an array of `procedureSteps` from `stem-cell-explainers/content`). */
  steps?: readonly ProcedureStep[] = undefined;
  /** Overrides for any UI string. */
  strings?: Partial<Strings> = undefined;

  private _open = new Set<number>();
  /** Steps read from a JSON child, and whether they changed since the last update. */
  private _light: unknown;
  private _contentChanged = false;
  private _steps: readonly ProcedureStep[] = procedureSteps['bone-marrow'];
  private _current = 0;
  private _level = 3;
  private _dose?: string;
  private _text: Strings = defaultStrings;
  private _animate?: number;

  override connectedCallback(): void {
    super.connectedCallback();
    parsed.then(() => {
      const json = readJsonChild(this, TAG);
      if (json === undefined) return;
      this._light = json;
      this._contentChanged = true;
      this.requestUpdate();
    });
  }

  protected override async scheduleUpdate(): Promise<void> {
    await parsed;
    super.scheduleUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const content = this._contentChanged;
    this._contentChanged = false;
    if (changed.has('source') || changed.has('steps') || content) {
      let source = this.source as StemCellSource;
      if (!SOURCES.includes(source)) {
        warn(TAG, `source="${this.source}" is not known; use ${SOURCES.join(', ')}. Showing bone-marrow.`);
        source = 'bone-marrow';
      }
      this._steps = validEntries(TAG, this.steps ?? this._light, procedureSteps[source], stepChecks);
      this._open = new Set([...this._open].filter((i) => i < this._steps.length));
    }
    if (changed.has('current') || changed.has('steps') || changed.has('source') || content) {
      const n = Number(this.current);
      const ok = this.current == null || this.current === '' || (Number.isInteger(n) && n >= 1 && n <= this._steps.length);
      if (!ok) warn(TAG, `current="${this.current}" is not a step number; use a whole number from 1 to ${this._steps.length}. It is ignored.`);
      this._current = ok && this.current != null && this.current !== '' ? n : 0;
    }
    if (changed.has('doseLink')) {
      const ok = !this.doseLink || isSafeHref(this.doseLink);
      if (!ok) warn(TAG, `dose-link="${this.doseLink}" is not a web address (http, https or relative, such as #dose); it is ignored.`);
      this._dose = ok ? this.doseLink || undefined : undefined;
    }
    if (changed.has('strings')) this._text = mergeStrings(TAG, this.strings);
    if (changed.has('headingLevel')) this._level = headingLevel(TAG, this.headingLevel);
  }

  protected override updated(): void {
    if (this._animate !== undefined) animateOpen(this.renderRoot.querySelector<HTMLElement>(`#d-${this._animate}`));
    this._animate = undefined;
  }

  private _toggle(i: number, open: boolean): void {
    if (this._open.has(i) === open) return;
    const next = new Set(this._open);
    open ? next.add(i) : next.delete(i);
    this._open = next;
    if (open) this._animate = i;
    this._emit(i, open);
  }

  /** Show all / Hide all steps: one new set, and an event for each step the click changed. */
  private _toggleAll(open: boolean): void {
    const next = new Set(this._open);
    this._steps.forEach((_, i) => {
      if (next.has(i) === open) return;
      open ? next.add(i) : next.delete(i);
      this._emit(i, open);
    });
    this._open = next;
  }

  private _emit(i: number, open: boolean): void {
    this.dispatchEvent(new CustomEvent<StepsToggleDetail>('steps-toggle', { detail: { step: i + 1, open }, bubbles: true, composed: true }));
  }

  override render() {
    const t = this._text;
    const allOpen = this._steps.every((_, i) => this._open.has(i));
    return html`<div class="wrap">
      <div class="controls" part="controls">
        <button class="link-button" @click=${() => this._toggleAll(!allOpen)}>
          ${allOpen ? t.hideAllSteps : t.showAllSteps}
        </button>
      </div>
      <ol class="steps" part="list" role="list">
        ${this._steps.map((s, i) => this._renderStep(s, i))}
      </ol>
    </div>`;
  }

  private _renderStep(s: ProcedureStep, i: number) {
    const t = this._text;
    const open = this._open.has(i);
    const n = i + 1;
    const state = !this._current ? '' : n < this._current ? 'done' : n === this._current ? 'current' : '';
    return html`<li class="step ${state}" part="step" aria-current=${state === 'current' ? 'step' : nothing}>
      <span class="num" part="number" aria-hidden="true">${n}</span>
      <div class="body">
        <div class="title" part="title" role="heading" aria-level=${this._level}>
          <span class="vh">${format(t.stepOf, { n, total: this._steps.length })}: </span>${s.title}
        </div>
        ${state ? html`<p class="badge">${state === 'done' ? t.stepDone : t.stepCurrent}</p>` : nothing}
        <p class="summary">${s.summary}</p>
        <button class="link-button" aria-expanded=${open} aria-controls="d-${i}" @click=${() => this._toggle(i, !open)}>
          ${open ? t.hideDetails : t.showDetails}<span class="vh">${format(t.detailsFor, { title: s.title })}</span>
        </button>
        <div id="d-${i}" class="details" part="details" hidden=${open ? nothing : 'until-found'} @beforematch=${() => this._toggle(i, true)}>
          ${renderBlocks(s.details)}
          ${this._dose && s.id === 'culture' ? html`<p><a href=${this._dose}>${t.doseLink}</a></p>` : nothing}
        </div>
      </div>
    </li>`;
  }
}

define(TAG, ProcedureSteps);

declare global {
  interface HTMLElementTagNameMap {
    'procedure-steps': ProcedureSteps;
  }
  interface HTMLElementEventMap {
    'steps-toggle': CustomEvent<StepsToggleDetail>;
  }
}
