import type { UiStrings } from '../strings.js';

/**
 * Every UI string of `src/content/strings.ts` in plain Hindi, table by table, with exactly the same
 * keys and `{placeholders}` (registered for `lang="hi"` pages by src/locales/hi.ts). Units are
 * written as patients write them: किलो and पाउंड, in the unit picker, the results and the range
 * error alike (`{unit}` is filled from `kg`/`lb`). A review date names what is reviewed (इस पेज की),
 * so it never reads as the patient's next check-up. To be reviewed by a clinician fluent in Hindi
 * before patients see it (docs/reviews/hi.md).
 */
export const stringsHi: UiStrings = {
  common: {
    contentVersion: 'जानकारी का वर्ज़न {version}, क्लिनिक की जानकारी (अंग्रेज़ी) से {date} को लिखा गया।',
  },
  faq: {
    showAll: 'सब खोलें',
    hideAll: 'सब बंद करें',
    copyLink: 'लिंक कॉपी करें',
    copyLinkTo: '“{question}” का लिंक कॉपी करें',
    linkCopied: 'लिंक कॉपी हो गया',
    linkNotCopied: 'कॉपी नहीं हो सका। लिंक यह है: {url}',
    searchQuestions: 'सवाल खोजें',
    searchMatches: 'मिले सवाल: {total} में से {shown}',
    searchNoMatch: '“{query}” से कोई सवाल नहीं मिला। कोई दूसरा शब्द लिखकर देखें।',
    lastReviewed: 'इस पेज की पिछली जाँच: {date}',
    nextReviewDue: 'इस पेज की अगली जाँच: {date}',
    reviewedBy: 'जाँच करने वाले: {name}',
  },
  steps: {
    stepOf: 'चरण {n} (कुल {total} में से)',
    stepDone: 'हो गया',
    stepCurrent: 'आप यहाँ हैं',
    showDetails: 'ज़्यादा जानकारी देखें',
    hideDetails: 'जानकारी छिपाएँ',
    showDetailsFor: 'ज़्यादा जानकारी देखें: {title}',
    hideDetailsFor: 'जानकारी छिपाएँ: {title}',
    showAllSteps: 'सभी चरण खोलें',
    hideAllSteps: 'सभी चरण बंद करें',
    doseLink: 'कितने सेल की ज़रूरत होती है',
  },
  dose: {
    important: 'ध्यान दें: ',
    weightLabel: 'आपका वज़न',
    weightHint: 'जैसे, 70',
    unitLabel: 'किलो या पाउंड',
    kg: 'किलो',
    lb: 'पाउंड',
    resultPrompt: 'यह नियम क्या बताता है, यह देखने के लिए अपना वज़न लिखें।',
    resultKg: 'इस नियम के हिसाब से, {weight} किलो के लिए: कम से कम {cells} सेल। यह आपके लिए तय की गई खुराक नहीं है।',
    resultLb: 'इस नियम के हिसाब से, {weight} पाउंड ({kg} किलो) के लिए: कम से कम {cells} सेल। यह आपके लिए तय की गई खुराक नहीं है।',
    errorPrefix: 'गलती: ',
    errorEmpty: 'अपना वज़न लिखें',
    errorNotNumber: 'अपना वज़न अंकों में लिखें, जैसे 70',
    errorExponent: 'अपना वज़न सिर्फ़ अंकों में लिखें, e अक्षर के बिना, जैसे 70',
    errorSeparators: 'दशमलव का बिंदु (.) सिर्फ़ एक बार लगाएँ, जैसे 70.5',
    errorNotPositive: '0 से ज़्यादा वज़न लिखें',
    errorRange: 'यह कैलकुलेटर वयस्कों के लिए है। {min} से {max} {unit} के बीच का वज़न लिखें',
  },
};
