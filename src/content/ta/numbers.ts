import { lakhCrore } from '../../internal/lakh-crore.js';

/** CLDR's Tamil counts in millions; Tamil readers count in lakh and crore. */
export const numbersTa = lakhCrore('ta', ['லட்சம்', 'லட்சம்'], ['கோடி', 'கோடி']);
