import { html, isServer, nothing, type PropertyValues } from 'lit';
import { doseRule } from '../../content/dose.js';
import { oneOf, wholeNumber } from '../../internal/attributes.js';
import { define } from '../../internal/define.js';
import { markServerRendered } from '../../internal/render-digest.js';
import { countText } from '../../internal/numbers.js';
import { ExplainerElement } from '../../internal/explainer-element.js';
import { ReadingPlace } from '../../internal/reading-place.js';
import { renderText } from '../../internal/render-text.js';
import { commonStrings } from '../../content/common-strings.js';
import { doseStrings } from '../../content/dose-strings.js';
import { format } from '../../internal/strings.js';
import { doseStyles } from './dose-note.styles.js';
import {
  ADULTS,
  bounds,
  doseFor,
  parseWeight,
  unfinished,
  type DoseFigure,
  type WeightProblem,
  type WeightRange,
  type WeightUnit,
} from './weight.js';

export { parseWeight, type WeightProblem, type WeightReading, type WeightUnit } from './weight.js';

/** Long enough that the result is announced once the patient pauses, not at every keystroke. */
const ANNOUNCE_DELAY = 800;

export interface DoseCalculateDetail {
  weightKg: number;
  cells: number;
}

/** The dose note's UI strings in English: the footer's and its own. */
const english = { ...commonStrings, ...doseStrings };
export type DoseStrings = typeof english;

const PROBLEM_MESSAGE: Record<WeightProblem, keyof DoseStrings> = {
  empty: 'errorEmpty',
  notNumber: 'errorNotNumber',
  exponent: 'errorExponent',
  separators: 'errorSeparators',
  notPositive: 'errorNotPositive',
  outOfRange: 'errorRange',
};

/**
 * The dose rule in a health callout: typically, 2 million cells per kg of body weight is seen as the
 * bare minimum. With `calculator`, a patient works out the figure for their own weight.
 *
 * @tagname dose-note
 * @summary Dose rule callout with an optional body-weight calculator.
 * @csspart callout - The whole callout box.
 * @csspart heading - The callout's heading.
 * @csspart calculator - The weight field, unit choice and result.
 * @csspart input - The weight input.
 * @csspart unit - The unit select.
 * @csspart result - The calculated figure.
 * @csspart footer - The "your doctor decides" notice, the clinic's disclaimer and the content version.
 * @cssprop [--sce-color-text=#1d1d1f] - Text colour (dark scheme: #f3f2f1).
 * @cssprop [--sce-color-background=#fff] - Background colour (dark scheme: #1b1d21).
 * @cssprop [--sce-color-muted=#505a5f] - Hint text.
 * @cssprop [--sce-color-accent=#005eb8] - The result figure.
 * @cssprop [--sce-color-border=#6f777b] - Input borders.
 * @cssprop [--sce-color-error=#c6280f] - Error messages and the invalid input's border.
 * @cssprop [--sce-color-callout=#fff9c4] - Callout background (dark scheme: #3b3520).
 * @cssprop [--sce-color-callout-border=#ffeb3b] - Callout edge (dark scheme: #e6c84c).
 * @cssprop [--sce-color-focus=#0b0c0c] - Focus outline.
 * @cssprop [--sce-color-focus-background=#ffdd00] - Ring just inside the focus outline.
 * @cssprop [--sce-space=1rem] - Base spacing.
 * @cssprop [--sce-radius=0.5rem] - Corner radius.
 * @cssprop [--sce-font-size=1rem] - Base font size; the font family is inherited from the page.
 * @fires {CustomEvent<DoseCalculateDetail>} dose-calculate - When the patient's input gives a valid result; `detail`: `{ weightKg, cells }` (the weight in kg, the cells by the rule).
 */
export class DoseNote extends ExplainerElement<DoseStrings> {
  static override styles = [ExplainerElement.styles, doseStyles];
  static override properties = {
    calculator: { type: Boolean },
    weight: {},
    unit: {},
    minWeight: { attribute: 'min-weight' },
    maxWeight: { attribute: 'max-weight' },
    _input: { state: true },
    _unit: { state: true },
    _touched: { state: true },
    _typing: { state: true },
    _announce: { state: true },
  };

  /** Shows the body-weight calculator. */
  calculator = false;
  /**
   * A weight to start from (in `unit`); without `calculator` the note shows the figure for it.
   * @default undefined
   */
  weight?: string | number;
  /** Unit of `weight`: `kg` or `lb`. */
  unit: WeightUnit = 'kg';
  /**
   * Lowest weight the calculator accepts, in kg (default 30: the calculator is for adults).
   * @default undefined
   */
  minWeight?: string | number;
  /**
   * Highest weight the calculator accepts, in kg (default 300).
   * @default undefined
   */
  maxWeight?: string | number;

  /**
   * Overrides for any of its UI strings (see docs/content.md, UI strings).
   * @default undefined
   */
  strings?: Partial<DoseStrings>;

  protected override _english = english;

  protected override _hasOwnContent(): boolean {
    return Boolean(this._locale.content.dose);
  }
  private _input = '';
  private _unit: WeightUnit = 'kg';
  private _touched = false;
  /** The patient is typing in the field: it has not been left or confirmed (Enter) since. */
  private _typing = false;
  private _announce = '';
  private _range: WeightRange = ADULTS;
  private _timer?: ReturnType<typeof setTimeout>;

  constructor() {
    super();
    // A patient reading the fallback markup (heading, rule, meaning, the figure for the weight given,
    // notice, the footer's lines) when this takes over goes on reading where they were, whatever the
    // calculator adds above it.
    new ReadingPlace(this, {
      parts: () => [...this.children],
      copy: (i) => {
        const shown = [...this.renderRoot.querySelectorAll('.heading, .callout > p:not(.result), [part="footer"] > p')];
        if (this.querySelector(':scope > [data-dose-result]')) shown.splice(3, 0, this.renderRoot.querySelector('.result')!);
        return shown[i];
      },
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this._timer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const tag = this.localName;
    if (changed.has('unit')) this._unit = oneOf(tag, 'unit', this.unit, ['kg', 'lb'], 'kg');
    if (changed.has('minWeight') || changed.has('maxWeight')) {
      const min = wholeNumber(tag, 'min-weight', this.minWeight, 1, 999, ADULTS[0]);
      const max = wholeNumber(tag, 'max-weight', this.maxWeight, 2, 1000, ADULTS[1]);
      if (min < max) this._range = [min, max];
      else {
        this._warn(`min-weight="${min}" must be below max-weight="${max}"; using ${ADULTS[0]} to ${ADULTS[1]} kg.`);
        this._range = ADULTS;
      }
    }
    if (changed.has('weight') || changed.has('unit') || changed.has('minWeight') || changed.has('maxWeight')) {
      const given = this.weight == null ? '' : String(this.weight);
      const [min, max] = bounds(this._unit, this._range);
      const ok = !given || parseWeight(given, this._unit, this._range).ok;
      if (!ok) this._warn(`weight="${given}" is not allowed; use a number from ${min} to ${max} (${this._unit}). It is ignored.`);
      this._input = ok ? given : '';
      this._touched = false;
    }
    // On a server: a fingerprint of what this renders, which the browser checks before hydrating.
    if (isServer) markServerRendered(this);
  }

  /** The current figure, or the problem that replaces it. */
  private _result(): DoseFigure | WeightProblem {
    return doseFor(this._input, {
      unit: this._unit,
      range: this._range,
      rate: this._rate,
      lang: this._numberLang,
      own: this._locale.numbers,
      words: this._text,
    });
  }

  private _onInput(e: Event): void {
    this._input = (e.target as HTMLInputElement).value;
    this._touched = true;
    this._typing = true;
    this._changed();
  }

  /** The patient left the field or pressed Enter: what they typed is what they meant. */
  private _onDone(): void {
    const result = this._result();
    const waiting = typeof result === 'string' && !this._problem(result);
    this._typing = false;
    // A number left unfinished ("7") is a mistake now: shown, and heard.
    if (waiting) this._changed();
  }

  /**
   * The problem to show and announce for a result that is one: none before the patient has typed (an
   * empty field is a question, not a mistake), nor while they are still typing a number that more
   * digits could bring into the range ("7" on the way to "70").
   */
  private _problem(result: ReturnType<DoseNote['_result']>): WeightProblem | undefined {
    if (typeof result !== 'string' || !this._touched) return undefined;
    return this._typing && result === 'outOfRange' && unfinished(this._input, this._unit, this._range) ? undefined : result;
  }

  private _onUnit(e: Event): void {
    this._unit = (e.target as HTMLSelectElement).value as WeightUnit;
    this._changed();
  }

  private _changed(): void {
    const result = this._result();
    if (typeof result !== 'string') this._emit<DoseCalculateDetail>('dose-calculate', { weightKg: result.weightKg, cells: result.cells });
    clearTimeout(this._timer);
    this._announce = '';
    // A problem not shown (before the patient has typed, a change of unit; a number still being typed) is not heard either.
    const problem = this._problem(result);
    // The figure is always heard with the notice that it is not a prescription.
    const said = typeof result !== 'string' ? `${result.text} ${this._rule().notice}` : problem ? this._message(problem) : '';
    if (said) this._timer = setTimeout(() => (this._announce = said), ANNOUNCE_DELAY);
  }

  private _message(problem: WeightProblem): string {
    // In the language's own digits, as its figures are (Marathi ३० ते ३००); only ever on an error.
    const [min, max] = bounds(this._unit, this._range).map((n) => countText(n, this._numberLang));
    return format(this._text[PROBLEM_MESSAGE[problem]], { min, max, unit: this._text[this._unit] });
  }

  /** The dose rule's texts in the reader's language (its figure and range are the clinic's). */
  private _rule() {
    return this._locale.content.dose ?? doseRule;
  }

  override render() {
    const t = this._text;
    const rule = this._rule();
    const result = this._result();
    // A language's own rule beside English words (its strings not given) stays unmarked, in the page's language.
    const words = this._hasOwnContent() ? undefined : this._wordsLang();
    return html`<div class="callout" part="callout" lang=${words ?? nothing}>
      <div class="heading" part="heading" role="heading" aria-level=${this._level}>
        <span class="label"><span class="vh">${t.important}</span>${renderText(rule.heading, this._values)}</span>
      </div>
      <p>${renderText(rule.rule, this._values)}</p>
      <p>${renderText(rule.meaning, this._values)}</p>
      ${
        this.calculator
          ? this._renderCalculator(result)
          : typeof result === 'string'
            ? nothing
            : html`<p class="result" part="result">${result.text}</p>`
      }
      ${this._renderFooter(html`<p class="disclaimer"><strong>${renderText(rule.notice, this._values)}</strong></p>`)}
    </div>`;
  }

  private _renderCalculator(result: ReturnType<DoseNote['_result']>) {
    const t = this._text;
    const error = this._problem(result);
    return html`<div class="calc" part="calculator">
      <div class="field ${error ? 'invalid' : ''}">
        <label for="weight">${t.weightLabel}</label>
        <p class="hint" id="hint">${t.weightHint}</p>
        ${error ? html`<p class="error" id="error"><span class="vh">${t.errorPrefix}</span>${this._message(error)}</p>` : nothing}
        <div class="row">
          <input id="weight" part="input" type="text" inputmode="decimal" autocomplete="off" spellcheck="false"
            aria-invalid=${error ? 'true' : 'false'} aria-describedby=${error ? 'hint error' : 'hint'}
            .value=${this._input} @input=${this._onInput} @change=${this._onDone} />
          <span class="unit">
            <label class="unit-label" for="unit">${t.unitLabel}</label>
            <select id="unit" part="unit" @change=${this._onUnit}>
              <option value="kg" ?selected=${this._unit === 'kg'}>${t.kg}</option>
              <option value="lb" ?selected=${this._unit === 'lb'}>${t.lb}</option>
            </select>
          </span>
        </div>
      </div>
      <p class="result" part="result">${typeof result === 'string' ? (error ? '' : t.resultPrompt) : result.text}</p>
      <p class="vh" role="status">${this._announce}</p>
    </div>`;
  }
}

define('dose-note', DoseNote);

declare global {
  interface HTMLElementTagNameMap {
    'dose-note': DoseNote;
  }
  // On the element, the document and the window alike: the events bubble and cross shadow roots.
  interface GlobalEventHandlersEventMap {
    'dose-calculate': CustomEvent<DoseCalculateDetail>;
  }
}
