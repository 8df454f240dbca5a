import type { DoseRuleText } from '../types.js';

/**
 * Telugu translation of the texts of `doseRule` (../dose.ts). The figure and the weight range are the
 * English rule's alone (a translation has none, so the figure lives in one place); every text shows it
 * through `{cells}`, filled in by Intl at render time.
 *
 * `rule` keeps the document's hedges at the English strength: సాధారణంగా ("typically"), భావిస్తారు
 * ("is seen as") and కనీసం ("bare minimum"). Node's ICU writes the figure in Telugu as "2 మిలియన్లు"
 * (not లక్షలు), another engine may write "20 లక్షలు" or digits: so `{cells}` ends its phrase
 * (కనీసం {cells} ఉండాలని, "that there should be at least {cells}") and reads right with any of them.
 * The unit is కిలో, as in the calculator (కిలోలు), without a Latin "(kg)".
 */
export const doseRuleTe: DoseRuleText = {
  heading: 'ఎన్ని స్టెమ్ సెల్స్ అవసరం',
  rule: 'ఇంజెక్షన్ పని చేయాలంటే, సాధారణంగా ప్రతి కిలో శరీర బరువుకు స్టెమ్ సెల్స్ కనీసం {cells} ఉండాలని భావిస్తారు.',
  meaning: 'అంటే మీ బరువు ఎంత ఎక్కువైతే, అన్ని ఎక్కువ కణాలు అవసరం.',
  // A notice of the page, not a claim of the document. డోస్ is glossed here, its first use in the dose note.
  notice: 'ఈ సంఖ్య ప్రిస్క్రిప్షన్ కాదు. మీ డోస్ (మీకు ఎన్ని కణాలు ఇవ్వాలో) మీ డాక్టర్ నిర్ణయిస్తారు.',
};
