import type { UiStrings } from '../strings.js';

/**
 * Every UI string of `src/content/strings.ts` in plain Telugu, table by table, with exactly the same
 * keys and `{placeholders}`. Choices a reader may ask about:
 * - Units are written as patients write them: కిలోలు and పౌండ్లు, in the unit picker and the range
 *   error (`{unit}` is filled from `kg`/`lb`), and కిలోల/పౌండ్ల ("of … kilos") in the results.
 * - A Telugu number word before a noun needs another ending than Intl writes, so `{cells}` stands
 *   last in the results ("…కావాల్సిన కణాలు: కనీసం {cells}"), and `{total}`/`{shown}` stand after their
 *   nouns: each reads right for one question or many.
 * - Where a button's accessible name adds to its visible label, the label comes first, as WCAG's
 *   "label in name" asks (showDetailsFor, copyLinkTo).
 * - The review dates name the page (ఈ పేజీ…), so they are not read as the patient's own check-up.
 * A clinician fluent in Telugu must review this before patients see it (docs/reviews/te.md).
 */
export const stringsTe: UiStrings = {
  common: {
    contentVersion: 'సమాచారం వెర్షన్ {version}. క్లినిక్ సమాచారం ఆధారంగా రాసిన తేదీ: {date}.',
  },
  faq: {
    showAll: 'అన్నీ తెరవండి',
    hideAll: 'అన్నీ మూసివేయండి',
    copyLink: 'లింక్ కాపీ చేయండి',
    copyLinkTo: 'లింక్ కాపీ చేయండి: “{question}”',
    linkCopied: 'లింక్ కాపీ అయింది',
    linkNotCopied: 'కాపీ కాలేదు. లింక్ ఇది: {url}',
    searchQuestions: 'ప్రశ్నలు వెతకండి',
    searchMatches: 'మొత్తం {total} ప్రశ్నలు, సరిపోయినవి {shown}',
    searchNoMatch: '“{query}”కు సరిపోయే ప్రశ్నలు లేవు. వేరే మాట రాసి చూడండి.',
    lastReviewed: 'ఈ పేజీని చివరిసారి సరిచూసిన తేదీ: {date}',
    nextReviewDue: 'ఈ పేజీని మళ్లీ సరిచూడాల్సిన తేదీ: {date}',
    reviewedBy: 'ఈ పేజీని సరిచూసినవారు: {name}',
  },
  steps: {
    stepOf: 'దశ {n} (మొత్తం {total} దశలు)',
    stepDone: 'పూర్తయింది',
    stepCurrent: 'మీరు ఇక్కడ ఉన్నారు',
    showDetails: 'వివరాలు చూపించండి',
    hideDetails: 'వివరాలు దాచండి',
    showDetailsFor: 'వివరాలు చూపించండి: {title}',
    hideDetailsFor: 'వివరాలు దాచండి: {title}',
    showAllSteps: 'అన్ని దశలూ తెరవండి',
    hideAllSteps: 'అన్ని దశలూ మూసివేయండి',
    doseLink: 'ఎన్ని కణాలు అవసరం',
  },
  dose: {
    important: 'ముఖ్యం: ',
    weightLabel: 'మీ బరువు',
    weightHint: 'ఉదాహరణకు, 70',
    // The visible label beside the picker: what it offers, plainer than "unit" (కొలమానం).
    unitLabel: 'కిలోలు లేదా పౌండ్లు',
    kg: 'కిలోలు',
    lb: 'పౌండ్లు',
    resultPrompt: 'ఈ నియమం ప్రకారం ఎంత వస్తుందో చూడటానికి మీ బరువు రాయండి.',
    resultKg: 'ఈ నియమం ప్రకారం, {weight} కిలోల బరువుకు కావాల్సిన కణాలు: కనీసం {cells}. ఇది మీ కోసం నిర్ణయించిన డోస్ కాదు.',
    resultLb: 'ఈ నియమం ప్రకారం, {weight} పౌండ్ల ({kg} కిలోల) బరువుకు కావాల్సిన కణాలు: కనీసం {cells}. ఇది మీ కోసం నిర్ణయించిన డోస్ కాదు.',
    errorPrefix: 'పొరపాటు: ',
    errorEmpty: 'మీ బరువు రాయండి',
    errorNotNumber: 'మీ బరువును అంకెల్లో రాయండి, ఉదాహరణకు 70',
    errorExponent: 'మీ బరువును e అక్షరం లేకుండా, అంకెల్లో మాత్రమే రాయండి, ఉదాహరణకు 70',
    errorSeparators: 'దశాంశ బిందువు (.) ఒక్కసారి మాత్రమే పెట్టండి, ఉదాహరణకు 70.5',
    errorNotPositive: '0 కంటే ఎక్కువ బరువు రాయండి',
    // `{unit}` is కిలోలు/పౌండ్లు, the plain (not the "of …") form, so it ends a clause: "the weight you
    // write must be from {min} to {max} kilos".
    errorRange: 'ఈ కాలిక్యులేటర్ పెద్దల కోసం. మీరు రాసే బరువు {min} నుండి {max} {unit} ఉండాలి',
  },
};
