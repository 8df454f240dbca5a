import type { LanguageGuide } from '../types.js';

/**
 * The Tamil glossary: one term per concept across every element, and the plain gloss written in
 * brackets right after the term's first use in each element (the FAQ as a whole, each source's steps,
 * the dose note), bare afterwards. Tamil words are used where Tamil patients and doctors in Tamil Nadu
 * use them (ஊசி, எலும்பு மஜ்ஜை, குருத்தெலும்பு, திசு, கொழுப்பு), English loanwords where those are what
 * patients hear (ஸ்டெம் செல், ஆஸ்டியோஆர்த்ரைடிஸ், கல்ச்சர், டோஸ்). A term a patient needs no help with
 * has no gloss. Tamil joins endings to a word (ஊசியால், எலும்பு மஜ்ஜையில்), sometimes changing its last
 * letter (கொழுப்பிலிருந்து): `term` is the plain form, which every glossed first use writes out.
 */
export const guideTa: LanguageGuide = {
  lang: 'ta',
  glossary: [
    { concept: 'stem cell', term: 'ஸ்டெம் செல்', gloss: '' },
    // "One who donates", the everyday word (ரத்த தானம் செய்பவர், "blood donor"). "Allogenic" stays as
    // அலோஜெனிக், explained by the sentence it is in.
    { concept: 'donor', term: 'தானம் செய்பவர்', gloss: '' },
    { concept: 'bone marrow', term: 'எலும்பு மஜ்ஜை', gloss: 'எலும்பின் உள்ளே இருக்கும் மென்மையான பகுதி' },
    // "adipose tissue" is not carried as English: கொழுப்பு is what it is.
    { concept: 'fat', term: 'கொழுப்பு', gloss: '' },
    { concept: 'osteoarthritis', term: 'ஆஸ்டியோஆர்த்ரைடிஸ்', gloss: 'மூட்டுத் தேய்மானம்' },
    // A definition, not a claim; the clinician should confirm it (docs/reviews/ta.md).
    { concept: 'cartilage', term: 'குருத்தெலும்பு', gloss: 'மூட்டில் எலும்புகளின் முனையில் உள்ள வழுவழுப்பான அடுக்கு' },
    { concept: 'tissue', term: 'திசு', gloss: 'செல்களால் ஆன உடல் பகுதி' },
    // ஊசி is both "needle" and "injection"; Tamil patients say ஊசி போடுதல் for having an injection.
    { concept: 'injection', term: 'ஊசி', gloss: '' },
    // Not in content 1.2.0 (nor in the clinic's document); written down so a later text uses this term.
    { concept: 'physiotherapy', term: 'பிசியோதெரபி', gloss: 'உடற்பயிற்சிகள் மூலம் தரும் சிகிச்சை' },
    { concept: 'centrifugation', term: 'சென்ட்ரிஃபியூகேஷன்', gloss: 'மாதிரியை வேகமாகச் சுழற்றுவது' },
    { concept: 'culture', term: 'கல்ச்சர்', gloss: 'செல்களை வளர்த்துப் பெருக்குவது' },
    { concept: 'dose', term: 'டோஸ்', gloss: 'தர வேண்டிய அளவு' },
  ],
  // The words that carry the document's hedges, as they are written in the content.
  hedges: [
    'பொதுவாக', // generally, typically, usually
    'கருதப்படு', // is considered, is seen as, is thought to be, is judged (கருதப்படுகிறது, கருதப்படுகின்றன)
    'குறைந்தது', // at least, bare minimum
    'பெரும்பாலும்', // often
    'அதிகமாக', // most often
    'முக்கியமாக', // mostly (depends mostly on)
    'போகலாம்', // may (not): results may vary, insurance may not pay
    'இருக்கலாம்', // can (be hard to find)
    'செலவாகலாம்', // can (cost a lot)
    'பயன்படுத்தலாம்', // can be used (to treat)
    'மாறலாம்', // may become
    'உதவக்கூடும்', // could (do a lot)
    'முடியும்', // can (become tissue; be bought)
    'நம்பிக்கை தருவதாக', // promising
    'உதவ', // help(s)
    'ஏற்றவை', // suitable (never பாதுகாப்பானவை)
  ],
  // Words that would say more than the document: never used, in the content or the UI strings.
  strengthening: [
    'குணப்படுத்தும்', // cures, will cure
    'குணப்படுத்துகிறது',
    'குணப்படுத்துகின்றன',
    'முழுமையாகக் குணமாகும்', // completely cured
    'குணமாகிவிடும்',
    'உத்தரவாதம்', // guarantee
    'கேரண்டி',
    'நிச்சயமாக', // certainly
    'உறுதியாக',
    'நிரூபிக்கப்பட்ட', // proven
    'முற்றிலும் பாதுகாப்பானது', // completely safe
    'முழுமையாகப் பாதுகாப்பானது',
    'எந்த அபாயமும் இல்லை', // no risk
    'அபாயம் இல்லாத',
    'ஆபத்து இல்லாத',
    'எளிதாகக் கிடைக்கும்', // easily available
    'எளிதில் கிடைக்கும்',
    'எப்போதும்', // always
    'நிரந்தர', // permanent
    'வலியில்லாத', // painless
    'வலி இல்லாத',
    'அதிசய', // miracle
    'மரத்து', // numb (the English content names no numbness)
    '100%',
  ],
};
