import { doseRule } from '../../content/dose.js';
import { asciiDigits } from '../../internal/digits.js';

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
