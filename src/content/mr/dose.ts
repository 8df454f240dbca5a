import type { DoseRuleText } from '../types.js';

/**
 * Marathi translation of the texts of `doseRule` (../dose.ts). The figure and the weight range are the
 * English rule's alone (a translation has none, so the figure lives in one place); every text shows it
 * through `{cells}` ("२० लाख" in Marathi, filled in by Intl at render time).
 *
 * `rule` keeps the document's three hedges at their strength in one short sentence: सहसा
 * ("typically"), असे मानले जाते ("is seen as") and अगदी कमीत कमी ("the bare minimum"). Weight is per
 * किलो, as patients say and write it, the same word as the calculator's unit (not किलोग्राम (kg)).
 */
export const doseRuleMr: DoseRuleText = {
  heading: 'किती स्टेम सेल लागतात',
  rule: 'सहसा, इंजेक्शनचा उपयोग होण्यासाठी शरीराच्या प्रत्येक किलो वजनामागे अगदी कमीत कमी {cells} स्टेम सेल लागतात, असे मानले जाते.',
  meaning: 'म्हणजे तुमचे वजन जितके जास्त, तितक्या जास्त पेशी लागतात.',
  // A notice of the page, not a claim of the document. चिठ्ठी is what patients call a prescription.
  notice: 'ही संख्या डॉक्टरांची चिठ्ठी (प्रिस्क्रिप्शन) नाही. तुमचा डोस (किती पेशी द्यायच्या ते) तुमचे डॉक्टर ठरवतात.',
};
