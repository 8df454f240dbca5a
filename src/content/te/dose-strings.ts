import type { doseStrings } from '../dose-strings.js';

// The UI strings of `<dose-note>` in Telugu (src/content/dose-strings.ts, the same keys and `{placeholders}`).
// An element's part of the language carries its own table only; src/content/te/strings.ts says how they are written.
export const doseStringsTe: typeof doseStrings = {
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
};
