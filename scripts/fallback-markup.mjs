// The elements' fallback markup for Node scripts and the embed builder: the one implementation in
// src/internal/fallback-markup.ts, as built into dist/. Without a figure, `{cells}` is the bundled
// rule's in English, or the one `useCellsPerKg` sets.
import { doseRule } from '../dist/content/dose.js';
import { footerLines } from '../dist/internal/bundled.js';
import * as markup from '../dist/internal/fallback-markup.js';

export const { esc, cellsText } = markup;

let cells = cellsText(doseRule.cellsPerKg);
/** Sets the figure that `{cells}` stands for when a call gives none. */
export const useCellsPerKg = (n, lang = 'en') => void (cells = cellsText(n, lang));
export const blocksHtml = (blocks, figure = cells) => markup.blocksHtml(blocks, figure);
export const faqDetails = (entries, figure = cells) => markup.faqDetails(entries, figure);
export const stepsList = (steps, figure = cells, options) => markup.stepsList(steps, figure, options);
export const doseCallout = (rule, figure = cells) => markup.doseCallout(rule, figure);
/** An element's whole fallback, as every road writes it: by default with the English footer of the bundled content. */
export const elementFallback = (tag, content) =>
  markup.elementFallback(tag, { cells, footer: footerLines('en', { bundled: true }), ...content });
