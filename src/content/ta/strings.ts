import type { UiStrings } from '../strings.js';

/**
 * Every UI string of `src/content/strings.ts` in plain Tamil, table by table, with exactly the same
 * keys and `{placeholders}`. Choices a reader may ask about:
 * - Units are written as patients write them: கிலோ and பவுண்டு, in the unit picker, the results and
 *   the range error alike (`{unit}` is filled from `kg`/`lb`); a Tamil unit after a number takes no ending.
 * - `{total}`/`{shown}` stand after their nouns, so the count reads right for one question or many.
 * - Buttons ask politely in the form Tamil interfaces use (திறக்கவும், மூடவும்).
 * - Where a button's accessible name adds to its visible label, the label comes first, as WCAG's
 *   "label in name" asks (showDetailsFor, copyLinkTo).
 * - The review dates name the page (இந்தப் பக்கம்…), so they are not read as the patient's own check-up.
 * A clinician fluent in Tamil must review this before patients see it (docs/reviews/ta.md).
 */
export const stringsTa: UiStrings = {
  common: {
    contentVersion: 'தகவல் பதிப்பு {version}. கிளினிக்கின் தகவலை வைத்து எழுதிய தேதி: {date}.',
  },
  faq: {
    showAll: 'எல்லாவற்றையும் திறக்கவும்',
    hideAll: 'எல்லாவற்றையும் மூடவும்',
    copyLink: 'இணைப்பை நகலெடுக்கவும்',
    copyLinkTo: 'இணைப்பை நகலெடுக்கவும்: “{question}”',
    linkCopied: 'இணைப்பு நகலெடுக்கப்பட்டது',
    linkNotCopied: 'நகலெடுக்க முடியவில்லை. இணைப்பு இதுதான்: {url}',
    searchQuestions: 'கேள்விகளைத் தேடவும்',
    searchMatches: 'மொத்தக் கேள்விகள் {total}, பொருந்தியவை {shown}',
    searchNoMatch: '“{query}” என்பதற்குப் பொருந்தும் கேள்விகள் இல்லை. வேறு சொல்லை எழுதிப் பாருங்கள்.',
    lastReviewed: 'இந்தப் பக்கம் கடைசியாகச் சரிபார்க்கப்பட்ட தேதி: {date}',
    nextReviewDue: 'இந்தப் பக்கம் அடுத்து சரிபார்க்கப்பட வேண்டிய தேதி: {date}',
    reviewedBy: 'இந்தப் பக்கத்தைச் சரிபார்த்தவர்: {name}',
  },
  steps: {
    stepOf: 'படி {n} (மொத்தம் {total} படிகள்)',
    stepDone: 'முடிந்தது',
    stepCurrent: 'நீங்கள் இங்கே இருக்கிறீர்கள்',
    showDetails: 'விவரங்களைக் காட்டவும்',
    hideDetails: 'விவரங்களை மறைக்கவும்',
    showDetailsFor: 'விவரங்களைக் காட்டவும்: {title}',
    hideDetailsFor: 'விவரங்களை மறைக்கவும்: {title}',
    showAllSteps: 'எல்லாப் படிகளையும் திறக்கவும்',
    hideAllSteps: 'எல்லாப் படிகளையும் மூடவும்',
    doseLink: 'எத்தனை செல்கள் தேவை',
  },
  dose: {
    important: 'முக்கியம்: ',
    weightLabel: 'உங்கள் எடை',
    weightHint: 'உதாரணமாக, 70',
    // The visible label beside the picker: what it offers, plainer than "unit" (அலகு).
    unitLabel: 'கிலோ அல்லது பவுண்டு',
    kg: 'கிலோ',
    lb: 'பவுண்டு',
    resultPrompt: 'இந்த விதிப்படி எவ்வளவு வரும் என்று பார்க்க, உங்கள் எடையை எழுதுங்கள்.',
    resultKg: 'இந்த விதிப்படி, {weight} கிலோ எடைக்கு: குறைந்தது {cells} செல்கள். இது உங்களுக்கென்று தீர்மானித்த டோஸ் அல்ல.',
    resultLb: 'இந்த விதிப்படி, {weight} பவுண்டு ({kg} கிலோ) எடைக்கு: குறைந்தது {cells} செல்கள். இது உங்களுக்கென்று தீர்மானித்த டோஸ் அல்ல.',
    errorPrefix: 'பிழை: ',
    errorEmpty: 'உங்கள் எடையை எழுதுங்கள்',
    errorNotNumber: 'உங்கள் எடையை எண்களில் எழுதுங்கள், உதாரணமாக 70',
    errorExponent: 'உங்கள் எடையை e என்ற எழுத்து இல்லாமல், எண்களில் மட்டும் எழுதுங்கள், உதாரணமாக 70',
    errorSeparators: 'தசமப் புள்ளியை (.) ஒரு முறை மட்டும் போடுங்கள், உதாரணமாக 70.5',
    errorNotPositive: '0-ஐ விட அதிகமான எடையை எழுதுங்கள்',
    errorRange: 'இந்தக் கால்குலேட்டர் பெரியவர்களுக்கானது. {min} முதல் {max} {unit} வரையிலான எடையை எழுதுங்கள்',
  },
};
