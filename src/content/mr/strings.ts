import type { UiStrings } from '../strings.js';

/**
 * Every UI string of `src/content/strings.ts` in plain Marathi, table by table, with exactly the
 * same keys and `{placeholders}`. Choices:
 * - Units as patients write them: किलो and पौंड, in the unit picker, the results and the range error
 *   alike (`{unit}` is filled from `kg`/`lb`); the visible unit label asks "किलो की पौंड".
 * - The page's review dates name the page (या पानाची …) and use पडताळणी ("verification"), not
 *   तपासणी, which on a medical page reads as the patient's own check-up (the Hindi review's M2).
 * - Example figures in Devanagari digits (७०, ७०.५), as `Intl` writes every figure on a Marathi page;
 *   the calculator reads ७० and 70 alike.
 * - The accessible names of the details buttons and the copy-link button start with their visible
 *   label, as WCAG's "label in name" asks; `searchMatches` reads right for one match or many.
 * - The footer says the content is a translation from English (इंग्रजीतून अनुवाद).
 * To be reviewed by a clinician fluent in Marathi before patients see it (docs/reviews/mr.md).
 */
export const stringsMr: UiStrings = {
  common: {
    contentVersion: 'माहितीची आवृत्ती {version}, क्लिनिकच्या माहितीवरून {date} रोजी लिहिलेली (इंग्रजीतून अनुवाद).',
  },
  faq: {
    showAll: 'सर्व उघडा',
    hideAll: 'सर्व बंद करा',
    copyLink: 'लिंक कॉपी करा',
    copyLinkTo: 'लिंक कॉपी करा: “{question}”',
    linkCopied: 'लिंक कॉपी झाली',
    linkNotCopied: 'कॉपी करता आली नाही. लिंक अशी आहे: {url}',
    searchQuestions: 'प्रश्न शोधा',
    searchMatches: 'जुळणारे प्रश्न: {total} पैकी {shown}',
    searchNoMatch: '“{query}” शी जुळणारा एकही प्रश्न नाही. दुसरा शब्द लिहून पाहा.',
    lastReviewed: 'या पानाची शेवटची पडताळणी: {date}',
    nextReviewDue: 'या पानाची पुढची पडताळणी: {date}',
    reviewedBy: 'पडताळणी करणारे: {name}',
  },
  steps: {
    stepOf: 'टप्पा {n} ({total} पैकी)',
    stepDone: 'पूर्ण झाले',
    stepCurrent: 'तुम्ही इथे आहात',
    showDetails: 'अधिक माहिती पाहा',
    hideDetails: 'माहिती लपवा',
    showDetailsFor: 'अधिक माहिती पाहा: {title}',
    hideDetailsFor: 'माहिती लपवा: {title}',
    showAllSteps: 'सर्व टप्पे उघडा',
    hideAllSteps: 'सर्व टप्पे बंद करा',
    doseLink: 'किती पेशी लागतात',
  },
  dose: {
    important: 'महत्त्वाचे: ',
    weightLabel: 'तुमचे वजन',
    weightHint: 'उदाहरणार्थ, ७०',
    unitLabel: 'किलो की पौंड',
    kg: 'किलो',
    lb: 'पौंड',
    resultPrompt: 'हा नियम काय सांगतो ते पाहण्यासाठी तुमचे वजन लिहा.',
    resultKg: 'या नियमानुसार, {weight} किलो वजनासाठी: कमीत कमी {cells} पेशी. हा तुमच्यासाठी ठरवलेला डोस नाही.',
    resultLb: 'या नियमानुसार, {weight} पौंड ({kg} किलो) वजनासाठी: कमीत कमी {cells} पेशी. हा तुमच्यासाठी ठरवलेला डोस नाही.',
    errorPrefix: 'चूक: ',
    errorEmpty: 'तुमचे वजन लिहा',
    errorNotNumber: 'तुमचे वजन अंकांत लिहा, उदाहरणार्थ ७०',
    errorExponent: 'तुमचे वजन फक्त अंकांत लिहा, e हे अक्षर न वापरता, उदाहरणार्थ ७०',
    errorSeparators: 'दशांश चिन्ह (.) एकदाच वापरा, उदाहरणार्थ ७०.५',
    errorNotPositive: '० पेक्षा जास्त वजन लिहा',
    errorRange: 'हे कॅल्क्युलेटर प्रौढांसाठी आहे. {min} ते {max} {unit} यामधील वजन लिहा',
  },
};
