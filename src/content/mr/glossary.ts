import type { LanguageGuide } from '../types.js';

/**
 * What the Marathi translation promises, tested by test/node/languages.test.mjs: the one term it
 * uses for each concept (wherever the English names the concept), the plain gloss written in
 * brackets right after the term's first use in each element (the FAQ, each source's steps, the dose
 * note), the words that carry the document's hedges, and the words that would say more than the
 * document.
 *
 * Terms are the words doctors in Maharashtra use with patients: the loanwords स्टेम सेल, बोन मॅरो,
 * कार्टिलेज, टिश्यू, इंजेक्शन, डोस, not the school-book मूलपेशी, अस्थिमज्जा, कूर्चा, ऊती. A plain
 * Marathi gloss explains each loanword once per element. पेशी is the everyday Marathi word for a
 * cell (लाल पेशी, पांढऱ्या पेशी on a blood report); it is not "muscle" in Marathi (स्नायू).
 */
export const guideMr: LanguageGuide = {
  lang: 'mr',
  glossary: [
    // The FAQ's first answer says what stem cells are ("खास प्रकारच्या पेशी"); no bracket needed.
    { concept: 'stem cell', term: 'स्टेम सेल', gloss: '' },
    // डोनर, as clinics say it; दाता would change its stem when inflected (दात्याकडून).
    { concept: 'donor', term: 'डोनर', gloss: 'स्वतःच्या पेशी देणारी दुसरी व्यक्ती' },
    { concept: 'bone marrow', term: 'बोन मॅरो', gloss: 'हाडांच्या आतील मऊ भाग' },
    // चरबी needs no explaining; the bracket carries the English name the clinic's forms use.
    { concept: 'fat', term: 'चरबी', gloss: 'adipose tissue' },
    // The name on the patient's report, explained with संधिवात, the word patients know for arthritis.
    { concept: 'osteoarthritis', term: 'ऑस्टिओआर्थरायटिस', gloss: 'सांधे झिजून होणारा संधिवात' },
    { concept: 'cartilage', term: 'कार्टिलेज', gloss: 'सांध्यातील हाडांच्या टोकांवरचा गुळगुळीत थर' },
    // Not ऊती (a textbook word; the Hindi review's m8 about ऊतक).
    { concept: 'tissue', term: 'टिश्यू', gloss: 'शरीरातील पेशींचा समूह' },
    { concept: 'injection', term: 'इंजेक्शन', gloss: '' },
    // Not in the clinic's document or the content; written down so a later text uses the same word.
    { concept: 'physiotherapy', term: 'फिजिओथेरपी', gloss: 'व्यायाम आणि हालचालींनी केले जाणारे उपचार' },
    { concept: 'centrifugation', term: 'सेंट्रिफ्युगेशन', gloss: 'नमुना खूप वेगाने गोल फिरवणे' },
    // "Outside the body" defines culture; it is not a claim of the document (see docs/reviews/mr.md).
    { concept: 'culture', term: 'कल्चर', gloss: 'शरीराबाहेर पेशी वाढवणे' },
    { concept: 'dose', term: 'डोस', gloss: 'किती पेशी द्यायच्या ते' },
  ],
  // may/can (…शकतो, शकते, शकतात), typically/usually (सहसा), generally (साधारणपणे), is considered
  // (मानले/मानला/मानल्या जाते…), often (अनेकदा), mostly (मुख्यतः), at least / bare minimum (कमीत कमी),
  // promising (आशादायक), suitable (योग्य), experimental (प्रयोगाच्या टप्प्यातील), "not necessarily" (…च, असे नाही).
  hedges: [
    'शकतो',
    'शकते',
    'शकतात',
    'सहसा',
    'साधारणपणे',
    'मानले जाते',
    'मानला जातो',
    'मानल्या जातात',
    'अनेकदा',
    'मुख्यतः',
    'कमीत कमी',
    'आशादायक',
    'योग्य',
    'प्रयोगाच्या टप्प्यातील',
    'असे नाही',
  ],
  // A cure, a guarantee, certainty, proof, no risk, no pain or numbness, permanence, a miracle, and
  // "easier to get" made "easily available". Not खात्री alone: "याची खात्री करण्यासाठी" is "to make sure".
  strengthening: [
    'बरा होतो',
    'बरा होईल',
    'बरे होतात',
    'बरे होईल',
    'बरा करते',
    'बरे करते',
    'बरे करतात',
    'पूर्ण बरा',
    'हमखास',
    'खात्रीशीर',
    'खात्रीने',
    'गॅरंटी',
    'हमी',
    'सिद्ध झाले',
    'सिद्ध झालेला',
    'सिद्ध झालेली',
    'पूर्णपणे सुरक्षित',
    'सर्वात सुरक्षित',
    'धोका नाही',
    'कोणताही धोका',
    'धोकारहित',
    'जोखीम नाही',
    'नेहमी',
    'कायमचा',
    'कायमची',
    'कायमस्वरूपी',
    'वेदनारहित',
    'दुखत नाही',
    'सुन्न',
    'बधिर',
    'चमत्कार',
    'नक्की',
    'निश्चितपणे',
    '100%',
    '१००%',
    'सहज उपलब्ध',
    'सहज मिळते',
    'सहज मिळतात',
    'सहज मिळू',
  ],
};
