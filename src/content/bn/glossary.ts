import type { LanguageGuide } from '../types.js';

/**
 * What the Bengali translation promises, tested by test/node/languages.test.mjs: the one term it
 * uses for each concept (wherever the English names the concept), the plain gloss written in
 * brackets right after the term's first use in each element (the FAQ, each source's steps, the dose
 * note), the words that carry the document's hedges, and the words that would say more than the
 * document.
 *
 * Terms are the words doctors in West Bengal use with patients: the loanwords স্টেম সেল, বোন ম্যারো,
 * কার্টিলেজ, টিস্যু, ইনজেকশন, ডোজ, not the school-book অস্থিমজ্জা, তরুণাস্থি or কলা (the textbook word
 * for tissue, which every reader also knows as "banana" and "art"). A plain Bengali gloss explains
 * each loanword once per element. কোষ is the everyday word for a cell; গাঁট for a joint (গাঁটে ব্যথা);
 * পেশি for a muscle.
 */
export const guideBn: LanguageGuide = {
  lang: 'bn',
  glossary: [
    // The FAQ's first answer says what stem cells are ("বিশেষ ধরনের কোষ"); no bracket needed.
    { concept: 'stem cell', term: 'স্টেম সেল', gloss: '' },
    // দাতা, as in রক্তদাতা: Bengali endings leave the word whole (দাতার).
    { concept: 'donor', term: 'দাতা', gloss: 'নিজের কোষ দান করেন এমন অন্য মানুষ' },
    { concept: 'bone marrow', term: 'বোন ম্যারো', gloss: 'হাড়ের ভিতরের নরম অংশ' },
    // চর্বি needs no explaining; the bracket carries the English name the clinic's forms use.
    { concept: 'fat', term: 'চর্বি', gloss: 'adipose tissue' },
    // The name on the patient's report, explained with বাত, the word patients know for arthritis.
    { concept: 'osteoarthritis', term: 'অস্টিওআর্থ্রাইটিস', gloss: 'গাঁট ক্ষয়ে যাওয়ার বাত' },
    { concept: 'cartilage', term: 'কার্টিলেজ', gloss: 'গাঁটে হাড়ের মাথায় থাকা মসৃণ স্তর' },
    { concept: 'tissue', term: 'টিস্যু', gloss: 'কোষ দিয়ে গড়া শরীরের অংশ' },
    { concept: 'injection', term: 'ইনজেকশন', gloss: '' },
    // Not in the clinic's document or the content; written down so a later text uses the same word.
    { concept: 'physiotherapy', term: 'ফিজিওথেরাপি', gloss: 'ব্যায়াম ও নড়াচড়ার মাধ্যমে চিকিৎসা' },
    { concept: 'centrifugation', term: 'সেন্ট্রিফিউগেশন', gloss: 'নমুনাটি খুব জোরে ঘোরানো' },
    // "Outside the body" defines culture; it is not a claim of the document (see docs/reviews/bn.md).
    { concept: 'culture', term: 'কালচার', gloss: 'শরীরের বাইরে কোষ বাড়ানো' },
    { concept: 'dose', term: 'ডোজ', gloss: 'কত কোষ দেওয়া হবে' },
  ],
  // may/can (পারে, যেতে পারে), typically/usually (সাধারণত), generally (সাধারণভাবে), is considered
  // (মনে করা হয়, ধরা হয়), often (প্রায়ই), mostly (মূলত), bare minimum (ন্যূনতম), at least (কমপক্ষে),
  // promising (আশাব্যঞ্জক), suitable (উপযুক্ত), experimental (পরীক্ষামূলক).
  hedges: ['পারে', 'সাধারণত', 'সাধারণভাবে', 'মনে করা হয়', 'ধরা হয়', 'প্রায়ই', 'মূলত', 'ন্যূনতম', 'কমপক্ষে', 'আশাব্যঞ্জক', 'উপযুক্ত', 'পরীক্ষামূলক'],
  // A cure, a guarantee, certainty, proof, no risk, no pain or numbness, permanence, a miracle, and
  // "easier to get" made "easily available". Not নিশ্চিত alone: "তা নিশ্চিত করতে" is "to make sure".
  strengthening: [
    'সেরে যায়',
    'সেরে যাবে',
    'সারিয়ে দেয়',
    'সারিয়ে তোলে',
    'সারিয়ে দেবে',
    'নিরাময়',
    'রোগমুক্ত',
    'গ্যারান্টি',
    'নিশ্চয়তা',
    'নিশ্চিতভাবে',
    'নিশ্চিত ফল',
    'অবশ্যই সেরে',
    'প্রমাণিত',
    'সম্পূর্ণ নিরাপদ',
    'পুরোপুরি নিরাপদ',
    'সবচেয়ে নিরাপদ',
    'কোনো ঝুঁকি নেই',
    'ঝুঁকি নেই',
    'ঝুঁকিহীন',
    'ঝুঁকিমুক্ত',
    'সবসময়',
    'চিরকালের',
    'স্থায়ীভাবে',
    'ব্যথাহীন',
    'যন্ত্রণাহীন',
    'অবশ করে',
    'অলৌকিক',
    'ম্যাজিক',
    '100%',
    '১০০%',
    'সহজেই পাওয়া',
    'সহজলভ্য',
    'সহজে পাওয়া যায়',
  ],
};
