import type { DoseRule } from './types.js';
import { cellsPerKg } from './dose-figure.js';

export { cellsPerKg, plausibleCellsPerKg } from './dose-figure.js';

/**
 * The dose rule from the clinic's document: "Typically, an optimal stem cell count of 2 million
 * per kg body weight is considered 'bare minimum' for effective injections." Its figure lives in
 * ./dose-figure.ts only; every text shows it through `{cells}`.
 */
export const doseRule: DoseRule = {
  cellsPerKg,
  // 30–300 kg is our judgement of a plausible adult weight, not a figure from the document
  // (which gives no weight range). It keeps the calculator from suggesting that infants or
  // small children are candidates, which the document never says.
  minWeightKg: 30,
  maxWeightKg: 300,
  heading: 'How many stem cells are needed',
  // The document's sentence at its strength: "Typically", "is considered", "bare minimum". Not "about"
  // (it would soften a minimum) and not "this clinic's rule" (the document says "is considered").
  rule: 'Typically, {cells} stem cells for each kilogram (kg) of body weight is seen as the bare minimum for the injection to work.',
  meaning: 'So the more you weigh, the more cells you need.',
  // A notice of the page, not a claim of the document. The footer's disclaimer already says "general
  // information", so this says only what is particular to a figure: who decides the dose.
  notice: 'This figure is not a prescription. Your doctor decides your dose.',
};
