import type { UiStrings } from '../strings.js';

/**
 * Every UI string of `src/content/strings.ts` in plain Bengali, table by table, with exactly the
 * same keys and `{placeholders}`. Choices:
 * - Units as patients write them: কেজি and পাউন্ড, in the unit picker, the results and the range error
 *   alike (`{unit}` is filled from `kg`/`lb`, so no ending is attached to it); the visible unit label
 *   asks "কেজি না পাউন্ড".
 * - The page's review dates name the page (এই পাতার …) and use যাচাই ("verification"), not পরীক্ষা,
 *   which on a medical page reads as the patient's own test (the Hindi review's M2).
 * - Example figures in Bengali digits (৭০, ৭০.৫), as `Intl` writes every figure on a Bengali page;
 *   the calculator reads ৭০ and 70 alike.
 * - Counts take the classifier টি ("{shown}টি"), which reads right for one match or many.
 * - The accessible names of the details buttons and the copy-link button start with their visible
 *   label, as WCAG's "label in name" asks.
 * - The footer says the content is a translation from English (ইংরেজি থেকে অনুবাদ).
 * To be reviewed by a clinician fluent in Bengali before patients see it (docs/reviews/bn.md).
 */
export const stringsBn: UiStrings = {
  common: {
    contentVersion: 'তথ্যের সংস্করণ {version}, ক্লিনিকের তথ্য থেকে {date} তারিখে লেখা (ইংরেজি থেকে অনুবাদ)।',
  },
  faq: {
    showAll: 'সব খুলুন',
    hideAll: 'সব বন্ধ করুন',
    copyLink: 'লিংক কপি করুন',
    copyLinkTo: 'লিংক কপি করুন: “{question}”',
    linkCopied: 'লিংক কপি হয়েছে',
    linkNotCopied: 'কপি করা গেল না। লিংকটি হলো: {url}',
    searchQuestions: 'প্রশ্ন খুঁজুন',
    searchMatches: '{total}টি প্রশ্নের মধ্যে {shown}টি মিলেছে',
    searchNoMatch: '“{query}” দিয়ে কোনো প্রশ্ন মেলেনি। অন্য কোনো শব্দ লিখে দেখুন।',
    lastReviewed: 'এই পাতা শেষ যাচাই হয়েছে: {date}',
    nextReviewDue: 'এই পাতার পরের যাচাই: {date}',
    reviewedBy: 'যাচাই করেছেন: {name}',
  },
  steps: {
    stepOf: 'ধাপ {n} ({total}টির মধ্যে)',
    stepDone: 'হয়ে গেছে',
    stepCurrent: 'আপনি এখানে আছেন',
    showDetails: 'আরও তথ্য দেখুন',
    hideDetails: 'তথ্য লুকান',
    showDetailsFor: 'আরও তথ্য দেখুন: {title}',
    hideDetailsFor: 'তথ্য লুকান: {title}',
    showAllSteps: 'সব ধাপ খুলুন',
    hideAllSteps: 'সব ধাপ বন্ধ করুন',
    doseLink: 'কতগুলি কোষ দরকার',
  },
  dose: {
    important: 'গুরুত্বপূর্ণ: ',
    weightLabel: 'আপনার ওজন',
    weightHint: 'যেমন, ৭০',
    unitLabel: 'কেজি না পাউন্ড',
    kg: 'কেজি',
    lb: 'পাউন্ড',
    resultPrompt: 'এই নিয়মে কত হয় দেখতে আপনার ওজন লিখুন।',
    resultKg: 'এই নিয়ম অনুযায়ী, {weight} কেজি ওজনের জন্য: কমপক্ষে {cells} কোষ। এটি আপনার জন্য ঠিক করা ডোজ নয়।',
    resultLb: 'এই নিয়ম অনুযায়ী, {weight} পাউন্ড ({kg} কেজি) ওজনের জন্য: কমপক্ষে {cells} কোষ। এটি আপনার জন্য ঠিক করা ডোজ নয়।',
    errorPrefix: 'ভুল: ',
    errorEmpty: 'আপনার ওজন লিখুন',
    errorNotNumber: 'আপনার ওজন সংখ্যায় লিখুন, যেমন ৭০',
    errorExponent: 'আপনার ওজন শুধু সংখ্যায় লিখুন, e অক্ষর ছাড়া, যেমন ৭০',
    errorSeparators: 'দশমিক বিন্দু (.) একবারই দিন, যেমন ৭০.৫',
    errorNotPositive: '০-এর বেশি ওজন লিখুন',
    errorRange: 'এই ক্যালকুলেটর প্রাপ্তবয়স্কদের জন্য। {min} থেকে {max} {unit} পর্যন্ত কোনো ওজন লিখুন',
  },
};
