import type { DoseRuleText } from '../types.js';

/**
 * Tamil translation of the texts of `doseRule` (../dose.ts). The figure and the weight range are the
 * English rule's alone (a translation has none, so the figure lives in one place); every text shows it
 * through `{cells}`, filled in by Intl at render time.
 *
 * `rule` keeps the document's hedges at the English strength: பொதுவாக ("typically"), கருதப்படுகிறது
 * ("is seen as") and குறைந்தது ("bare minimum"). Node's ICU and the browsers write the figure in Tamil
 * as "2 மில்லியன்" (not லட்சம்); a Tamil number word before a noun takes no ending, so the sentence
 * reads right with "2 மில்லியன்", "20 லட்சம்" or plain digits. The unit is கிலோ, as in the calculator,
 * without a Latin "(kg)".
 */
export const doseRuleTa: DoseRuleText = {
  heading: 'எத்தனை ஸ்டெம் செல்கள் தேவை',
  rule: 'ஊசி பலன் தர, பொதுவாக ஒவ்வொரு கிலோ உடல் எடைக்கும் குறைந்தது {cells} ஸ்டெம் செல்கள் தேவை என்று கருதப்படுகிறது.',
  meaning: 'அதாவது, உங்கள் எடை எவ்வளவு அதிகமோ, அவ்வளவு அதிக செல்கள் தேவை.',
  // A notice of the page, not a claim of the document. டோஸ் is glossed here, its first use in the dose note.
  notice: 'இந்த எண் மருந்துச் சீட்டு அல்ல. உங்கள் டோஸ் (தர வேண்டிய அளவு) எவ்வளவு என்று உங்கள் மருத்துவர் முடிவு செய்வார்.',
};
