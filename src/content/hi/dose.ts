import type { DoseRuleText } from '../types.js';

/**
 * Hindi translation of the texts of `doseRule` (../dose.ts). The figure and the weight range are the
 * English rule's alone (a translation has none, so the figure lives in one place); every text shows it
 * through `{cells}` ("20 लाख" in Hindi, filled in by Intl at render time).
 *
 * `rule` translates the English rule as it stands ("Typically, {cells} … is seen as the bare minimum"),
 * in two short parts: आम तौर पर माना जाता है ("is typically seen as") and कम से कम ("bare minimum"), at
 * the English strength, with the figure last, where the eye lands. Units as the calculator writes
 * them: किलो.
 */
export const doseRuleHi: DoseRuleText = {
  heading: 'कितने स्टेम सेल की ज़रूरत होती है',
  rule: 'आम तौर पर माना जाता है कि इंजेक्शन के काम करने के लिए कम से कम इतने स्टेम सेल चाहिए: शरीर के हर किलो वज़न पर {cells}।',
  meaning: 'यानी आपका वज़न जितना ज़्यादा होगा, उतने ज़्यादा सेल की ज़रूरत होगी।',
  // A notice of the page, not a claim of the document.
  notice: 'यह संख्या दवा का पर्चा (प्रिस्क्रिप्शन) नहीं है। आपकी खुराक (डोज़) आपके डॉक्टर तय करते हैं।',
};
