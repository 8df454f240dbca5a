import { html, isServer, nothing, type PropertyValues } from 'lit';
import { stepIds } from '../../content/step-ids.js';
import type { ProcedureStep, StemCellSource } from '../../content/types.js';
import { oneOf, safeHref, wholeNumber } from '../../internal/attributes.js';
import { renderBlocks } from '../../internal/blocks.js';
import { renderText } from '../../internal/render-text.js';
import { define } from '../../internal/define.js';
import { markServerRendered } from '../../internal/render-digest.js';
import { Disclosure } from '../../internal/disclosure.js';
import { EditorContent } from '../../internal/editor-content.js';
import { isCultureStep } from '../../internal/fallback-markup.js';
import { ExplainerElement, footerLine } from '../../internal/explainer-element.js';
import { ReadingPlace } from '../../internal/reading-place.js';
import { countText } from '../../internal/numbers.js';
import { format } from '../../internal/strings.js';
import { commonStrings } from '../../content/common-strings.js';
import { stepsStrings } from '../../content/steps-strings.js';
import { stepsStyles } from './procedure-steps.styles.js';

const SOURCES = Object.keys(stepIds) as StemCellSource[];

/** The steps' UI strings in English: the footer's and their own. */
const english = { ...commonStrings, ...stepsStrings };
export type StepsStrings = typeof english;

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
 * @slot - Optional editor content: one `<script type="application/json">` with steps, or `<ol><li id><h3>title</h3><p>summary</p>details</li></ol>` fallback markup.
 * @csspart controls - The row with the Show all steps button.
 * @csspart list - The ordered list of steps.
 * @csspart step - One step.
 * @csspart number - A step's visible number.
 * @csspart title - A step's heading.
 * @csspart details - A step's details panel.
 * @csspart footer - The clinic's disclaimer and the content version.
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
 * @fires {CustomEvent<StepsToggleDetail>} steps-toggle - When the patient opens or closes a step's details; `detail`: `{ step, open }` (`step` 1-based).
 */
export class ProcedureSteps extends ExplainerElement<StepsStrings> {
  static override styles = [ExplainerElement.styles, stepsStyles];
  static override properties = {
    source: {},
    current: {},
    doseLink: { attribute: 'dose-link' },
    steps: { attribute: false },
  };

  /** Where the cells come from: `bone-marrow`, `adipose` or `allogenic`. */
  source: StemCellSource = 'bone-marrow';
  /**
   * 1-based number of the patient's current step; earlier steps show as done.
   * @default undefined
   */
  current?: string | number;
  /**
   * Address of the clinic's dose explanation (for example `#dose`), linked from the culture step (from
   * bone marrow or fat; the donor cells' steps have no culture step, so no link).
   * @default undefined
   */
  doseLink?: string;
  /**
   * Steps to show instead of the bundled ones (same shape as an array of `procedureSteps` from `stem-cell-explainers/content`).
   * @default undefined
   */
  steps?: readonly ProcedureStep[];

  /**
   * Overrides for any of its UI strings (see docs/content.md, UI strings).
   * @default undefined
   */
  strings?: Partial<StepsStrings>;

  protected override _english = english;
  private _source: StemCellSource = 'bone-marrow';
  private _current = 0;
  private _dose?: string;
  private _content = new EditorContent<ProcedureStep, Readonly<Record<StemCellSource, readonly ProcedureStep[]>>>(this, {
    given: () => this.steps,
    bundled: (english) => (this._locale.content.steps ?? english)?.[this._source],
    ids: () => stepIds[this._source],
    // Only a page whose HTML holds no text shows it (#27): every page we hand out has the text in its HTML.
    english: () => import('./english-text.js').then((m) => m.procedureSteps),
    text: () => ({ lang: this._lang, loaded: Boolean(this._locale.content.steps) }),
    load: () => import('./read-list.js').then((m) => m.stepsReader),
  });
  private _details = new Disclosure<number>(this, {
    panel: (i) => this.renderRoot.querySelector<HTMLElement>(`#d-${i}`),
    onToggle: (i, open) => this._emit<StepsToggleDetail>('steps-toggle', { step: i + 1, open }),
  });

  constructor() {
    super();
    // A patient reading the fallback markup when this takes over goes on reading where they were: each
    // `<li>`'s blocks are its title (0), its summary (1) and its details (2 on), whose steps stay open;
    // its mark ("Done", "You are here": -1) is the element's badge. After the list, the footer's lines
    // (the clinic's disclaimer, where the text comes from).
    const at: [step: number, part: number][] = [];
    new ReadingPlace(this, {
      parts: () => [
        ...[...this.querySelectorAll(':scope > ol > li')].flatMap((li, step) => {
          let part = 0;
          return [...li.children].map((block) => {
            at.push([step, block.matches('[data-step-state]') ? -1 : part++]);
            return block;
          });
        }),
        ...this.querySelectorAll(':scope > p'),
      ],
      shown: (shown) => this._details.setAll(new Set(at.filter(([, part], i) => part > 1 && shown[i]).map(([step]) => step)), true),
      copy: (i) => {
        if (i >= at.length) return footerLine(this, i - at.length);
        const [step, part] = at[i];
        const shown = this.renderRoot.querySelectorAll('.step')[step];
        return part < 2
          ? shown?.querySelector(['.badge', '.title', '.summary'][part + 1])
          : shown?.querySelector('.details')?.children[part - 2];
      },
    });
  }

  protected override _loading() {
    return this._content.loading();
  }

  protected override _hasEntries() {
    return this._content.entries.length > 0;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const tag = this.localName;
    if (changed.has('source')) this._source = oneOf(tag, 'source', this.source, SOURCES, 'bone-marrow');
    const contentChanged = this._content.refresh(changed.has('source') || changed.has('steps') || this._localeChanged);
    if (contentChanged) this._details.keep((i) => i < this._content.entries.length);
    // `current` is checked against the number of steps, so again whenever the steps change.
    if (changed.has('current') || contentChanged)
      this._current = wholeNumber(tag, 'current', this.current, 1, this._content.entries.length, undefined) ?? 0;
    if (changed.has('doseLink')) this._dose = safeHref(tag, 'dose-link', this.doseLink);
    // On a server: a fingerprint of what this renders, which the browser checks before hydrating.
    if (isServer) markServerRendered(this);
  }

  override render() {
    const t = this._text;
    const steps = this._content.entries;
    const allOpen = steps.every((_, i) => this._details.has(i));
    // English words around the page's own steps (in the page's language) are marked where they stand.
    const words = this._wordsLang();
    const own = !this._content.bundled;
    return html`<div class="wrap" lang=${(!own && words) || nothing}>
      <div class="controls" part="controls" lang=${(own && words) || nothing}>
        <button class="link-button" aria-expanded=${allOpen} @click=${() => this._details.setAll(steps.keys(), !allOpen, true)}>
          ${allOpen ? t.hideAllSteps : t.showAllSteps}
        </button>
      </div>
      <ol class="steps" part="list" role="list">
        ${steps.map((s, i) => this._renderStep(s, i))}
      </ol>
      ${this._renderFooter(nothing, !this._content.bundled)}
    </div>`;
  }

  private _renderStep(s: ProcedureStep, i: number) {
    const t = this._text;
    const open = this._details.has(i);
    const n = i + 1;
    // The step's number in the reader's digits, as the page's other figures (Marathi ३, Bengali ৩).
    const [number, total] = [n, this._content.entries.length].map((k) => countText(k, this._numberLang));
    const state = !this._current ? '' : n < this._current ? 'done' : n === this._current ? 'current' : '';
    return html`<li class="step ${state}" part="step" aria-current=${state === 'current' ? 'step' : nothing}>
      <span class="num" part="number" aria-hidden="true">${number}</span>
      <div class="body">
        <div class="title" part="title" role="heading" aria-level=${this._level}>
          <span class="vh">${format(t.stepOf, { n: number, total })}: </span>${renderText(s.title, this._values)}
        </div>
        ${state ? html`<p class="badge">${state === 'done' ? t.stepDone : t.stepCurrent}</p>` : nothing}
        <p class="summary">${renderText(s.summary, this._values)}</p>
        <button class="link-button" aria-expanded=${open} aria-controls="d-${i}" @click=${() => this._details.set(i, !open, true)}
          aria-label=${format(open ? t.hideDetailsFor : t.showDetailsFor, { title: this._fill(s.title) })}>
          ${open ? t.hideDetails : t.showDetails}
        </button>
        <div id="d-${i}" class="details" part="details" hidden=${open ? nothing : 'until-found'}
          @beforematch=${() => this._details.set(i, true, true)}>
          ${renderBlocks(s.details, this._values)}
          ${this._dose && isCultureStep(s.id) ? html`<p><a href=${this._dose}>${t.doseLink}</a></p>` : nothing}
        </div>
      </div>
    </li>`;
  }
}

define('procedure-steps', ProcedureSteps);

declare global {
  interface HTMLElementTagNameMap {
    'procedure-steps': ProcedureSteps;
  }
  // On the element, the document and the window alike: the events bubble and cross shadow roots.
  interface GlobalEventHandlersEventMap {
    'steps-toggle': CustomEvent<StepsToggleDetail>;
  }
}
