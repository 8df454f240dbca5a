import type { LanguageGuide } from '../types.js';

/**
 * What the Hindi translation promises, tested by test/node/languages.test.mjs: the one term it uses
 * for each concept (wherever the English names the concept), the plain gloss written in brackets
 * right after the term's first use in each element (the FAQ, each source's steps, the dose note),
 * the words that carry the document's hedges, and the words that would say more than the document.
 */
export const guideHi: LanguageGuide = {
  lang: 'hi',
  // Words Indian doctors use with patients, one per concept; a gloss where a patient with about eight
  // years of school may not know the word. "Allogenic" is एलोजेनिक, always explained in the same
  // sentence as "from a donor" (डोनर से), the term the glossary holds for the concept.
  glossary: [
    { concept: 'stem cell', term: 'स्टेम सेल', gloss: '' },
    { concept: 'donor', term: 'डोनर', gloss: 'दाता' },
    { concept: 'bone marrow', term: 'बोन मैरो', gloss: 'हड्डी के अंदर का नरम हिस्सा' },
    { concept: 'fat', term: 'चर्बी', gloss: '' },
    { concept: 'osteoarthritis', term: 'ऑस्टियोआर्थराइटिस', gloss: 'जोड़ों का घिसना' },
    { concept: 'cartilage', term: 'कार्टिलेज', gloss: 'हड्डियों के सिरों की चिकनी परत' },
    { concept: 'tissue', term: 'टिश्यू', gloss: 'कोशिकाओं से बना शरीर का हिस्सा' },
    { concept: 'injection', term: 'इंजेक्शन', gloss: '' },
    { concept: 'physiotherapy', term: 'फ़िज़ियोथेरेपी', gloss: '' },
    { concept: 'centrifugation', term: 'घुमाया', gloss: '' },
    { concept: 'culture', term: 'कल्चर', gloss: '' },
    { concept: 'dose', term: 'खुराक', gloss: 'डोज़' },
  ],
  hedges: ['सकता', 'सकती', 'सकते', 'आम तौर पर', 'अक्सर', 'ज़्यादातर', 'माना जाता', 'कम से कम', 'आशाजनक', 'उपयुक्त', 'प्रयोग के दौर', 'ज़रूरी नहीं'],
  // A cure, a guarantee, certainty, no risk, no pain, permanence, proof, and “easier to get” made “easily available”.
  strengthening: [
    'इलाज करता',
    'इलाज करती',
    'इलाज करते',
    'इलाज कर देता',
    'इलाज कर देते',
    'ठीक करता',
    'ठीक करती',
    'ठीक करते',
    'ठीक कर देता',
    'ठीक कर देती',
    'ठीक कर देते',
    'ठीक हो जाएगा',
    'ठीक हो जाएँगे',
    'ठीक हो जाएंगे',
    'गारंटी',
    'पक्का',
    'पक्की',
    'पक्के',
    '100%',
    '१००%',
    'सौ प्रतिशत',
    'बिना जोखिम',
    'जोखिम नहीं',
    'जोखिम-मुक्त',
    'जोखिम मुक्त',
    'कोई खतरा नहीं',
    'बिना खतरे',
    'साबित',
    'प्रमाणित',
    'हमेशा',
    'स्थायी',
    'दर्द रहित',
    'दर्दरहित',
    'बिना दर्द',
    'सुन्न',
    'साइड इफ़ेक्ट नहीं',
    'बिना साइड इफ़ेक्ट',
    'चमत्कार',
    'निश्चित रूप से',
    'ज़रूर ठीक',
    'सबसे सुरक्षित',
    'आसानी से मिलने लगे',
    'आसानी से मिल जाते',
    'आसानी से उपलब्ध',
    // "gets easier to reach" (FAQ 1) is a comparison (पहले से आसान), never "will be easy".
    'पाना आसान होगा',
  ],
};
