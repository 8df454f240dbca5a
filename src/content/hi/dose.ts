import { doseRule } from '../dose.js';
import type { DoseRule } from '../types.js';

/**
 * Hindi translation of `doseRule` (../dose.ts). The figure and the weight range are the English
 * rule's own values, read from there, so the figure still lives in one place; every text shows it
 * through `{cells}` ("20 लाख" in Hindi, filled in by Intl at render time).
 *
 * `rule` translates the English rule as it stands ("Typically, {cells} … is seen as the bare minimum"):
 * the document's hedge आम तौर पर ("typically") and कम से कम ("bare minimum"), at the English strength.
 */
export const doseRuleHi: DoseRule = {
  cellsPerKg: doseRule.cellsPerKg,
  minWeightKg: doseRule.minWeightKg,
  maxWeightKg: doseRule.maxWeightKg,
  heading: 'कितने स्टेम सेल की ज़रूरत होती है',
  rule: 'आम तौर पर, इंजेक्शन के काम करने के लिए शरीर के हर किलोग्राम (kg) वज़न पर {cells} स्टेम सेल को कम से कम ज़रूरी संख्या (bare minimum) माना जाता है।',
  meaning: 'यानी आपका वज़न जितना ज़्यादा होगा, उतने ज़्यादा सेल की ज़रूरत होगी।',
  // A notice of the page, not a claim of the document.
  notice: 'यह संख्या दवा का पर्चा (प्रिस्क्रिप्शन) नहीं है। आपकी खुराक (डोज़) आपके डॉक्टर तय करते हैं।',
};
