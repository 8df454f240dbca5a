import { lakhCrore } from '../../internal/lakh-crore.js';

/** CLDR's Telugu counts in millions; Telugu readers count in lakh and crore. */
export const numbersTe = lakhCrore('te', ['లక్ష', 'లక్షలు'], ['కోటి', 'కోట్లు']);
