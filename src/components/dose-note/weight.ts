import { doseRule } from '../../content/dose.js';
import { asciiDigits } from '../../internal/digits.js';
import { bigNumber, type BigNumberFormat } from '../../internal/numbers.js';
import { format } from '../../internal/strings.js';

export const KG_PER_LB = 0.45359237;

export type WeightUnit = 'kg' | 'lb';

/** Allowed weights in kg: the bundled adult range unless the clinic sets `min-weight` / `max-weight`. */
export type WeightRange = readonly [min: number, max: number];
export const ADULTS: WeightRange = [doseRule.minWeightKg, doseRule.maxWeightKg];

/** Why what the patient typed gives no figure; the element words each one in the reader's language. */
export type WeightProblem = 'empty' | 'notNumber' | 'exponent' | 'separators' | 'notPositive' | 'outOfRange';

/** What a patient typed, read: a weight in the unit they chose, or the problem with it. */
export type WeightReading = { ok: true; weight: number } | { ok: false; problem: WeightProblem };

/** The allowed weights in a unit, rounded inward so the message never promises a weight that is refused. */
export const bounds = (unit: WeightUnit, [min, max]: WeightRange = ADULTS): WeightRange =>
  unit === 'kg' ? [min, max] : [Math.ceil(min / KG_PER_LB), Math.floor(max / KG_PER_LB)];

const problem = (p: WeightProblem): WeightReading => ({ ok: false, problem: p });

/**
 * Reads what a patient typed: digits of any supported script ("७०" is 70), a comma or a point as
 * the decimal separator.
 */
export function parseWeight(raw: string, unit: WeightUnit, range: WeightRange = ADULTS): WeightReading {
  const s = asciiDigits(raw).trim();
  if (!s) return problem('empty');
  if (/^[-+]?[\d.,]*\d[\d.,]*e/i.test(s)) return problem('exponent');
  if (/^[-+]?\d*(?:[.,]\d*){2,}$/.test(s)) return problem('separators');
  if (!/^[-+]?(?:\d+(?:[.,]\d*)?|[.,]\d+)$/.test(s)) return problem('notNumber');
  const weight = Number(s.replace(',', '.'));
  if (!(weight > 0)) return problem('notPositive');
  const [min, max] = bounds(unit, range);
  return weight < min || weight > max ? problem('outOfRange') : { ok: true, weight };
}

/**
 * Whether what the patient typed is a whole number below the range that more digits could still bring
 * into it ("7" on the way to "70", "1" to "150" lb): not yet a mistake while they are typing.
 */
export function unfinished(raw: string, unit: WeightUnit, range: WeightRange = ADULTS): boolean {
  const s = asciiDigits(raw).trim();
  const [min, max] = bounds(unit, range);
  const typed = Number(s);
  if (!/^\d+$/.test(s) || !(typed > 0) || typed >= min) return false;
  // Each further digit d makes it typed × 10 + d: is any number reached that way in the range?
  for (let low = typed * 10, high = low + 9; low <= max; low *= 10, high = high * 10 + 9) if (high >= min) return true;
  return false;
}

/** What the rule gives for a weight: the weight in kg, the cells, and the sentence the patient reads. */
export interface DoseFigure {
  weightKg: number;
  cells: number;
  text: string;
}

/** What `doseFor()` needs beside the weight typed: the unit and range, the clinic's rule, and the words. */
export interface DoseForOptions {
  unit: WeightUnit;
  range?: WeightRange;
  /** The clinic's cells per kg. */
  rate: number;
  /** The language the figures are written in. */
  lang: string;
  /** The language's own way of writing large counts (Tamil's and Telugu's lakh and crore). */
  own?: BigNumberFormat;
  /** The sentences with `{weight}`, `{kg}` and `{cells}` (the dose note's `resultKg`, `resultLb`). */
  words: { resultKg: string; resultLb: string };
}

/**
 * The figure the rule gives for a weight, as the dose note shows it under the rule or in its
 * calculator, and as every road writes it into the fallback for `weight` (one home): the kg shown is
 * rounded up to a tenth, so never below the weight, and the cells are that times the rule, written
 * to four figures (136.2 million for 68.1 kg), a sum the patient can redo from the screen.
 */
export function doseFor(typed: string, { unit, range, rate, lang, own, words }: DoseForOptions): DoseFigure | WeightProblem {
  const reading = parseWeight(typed, unit, range);
  if (!reading.ok) return reading.problem;
  const w = reading.weight;
  const weightKg = unit === 'kg' ? w : w * KG_PER_LB;
  const kg = Math.ceil(Number((weightKg * 10).toPrecision(12))) / 10;
  const cells = Math.ceil(Number((kg * rate).toPrecision(12)));
  const one = new Intl.NumberFormat(lang, { maximumFractionDigits: 1 });
  const text = format(unit === 'kg' ? words.resultKg : words.resultLb, {
    weight: one.format(unit === 'kg' ? kg : w),
    kg: one.format(kg),
    cells: bigNumber(cells, lang, { digits: 4, own }),
  });
  return { weightKg, cells, text };
}
