import type { DoseRule } from './types.js';

/** The dose rule from the clinic's document: about 2 million cells per kg is the bare minimum. */
export const doseRule: DoseRule = {
  cellsPerKg: 2_000_000,
  // 30–300 kg is our judgement of a plausible adult weight, not a figure from the document
  // (which gives no weight range). It keeps the calculator from suggesting that infants or
  // small children are candidates, which the document never says.
  minWeightKg: 30,
  maxWeightKg: 300,
  heading: 'How many stem cells are needed',
  rule: 'About {cells} stem cells for each kilogram (kg) of body weight is seen as the bare minimum for an injection to work.',
  meaning: 'So the more you weigh, the more cells you need.',
  // A notice of the page, not a claim of the document.
  notice: 'This is general information, not a prescription. Your doctor decides your dose.',
};
