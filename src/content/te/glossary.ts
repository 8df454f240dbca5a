import type { LanguageGuide } from '../types.js';

/**
 * The Telugu glossary: one term per concept across every element, and the plain gloss written in
 * brackets right after the term's first use in each element (the FAQ as a whole, each source's steps,
 * the dose note), bare afterwards. English loanwords are used where Telugu patients and doctors in
 * Andhra Pradesh and Telangana use them (స్టెమ్ సెల్, ఇంజెక్షన్, బోన్ మ్యారో, కార్టిలేజ్, టిష్యూ), not the
 * textbook words (మూల కణం, ఎముక మజ్జ, మృదులాస్థి, కణజాలం). A term a patient needs no help with has no
 * gloss. Telugu adds endings to a term (స్టెమ్ సెల్స్‌ను, బోన్ మ్యారోలో); `term` is the form every use
 * begins with.
 */
export const guideTe: LanguageGuide = {
  lang: 'te',
  glossary: [
    { concept: 'stem cell', term: 'స్టెమ్ సెల్', gloss: '' },
    // దాత is the everyday word (రక్తదాత, "blood donor"). "Allogenic" stays as అలోజెనిక్, explained by the sentence it is in.
    { concept: 'donor', term: 'దాత', gloss: '' },
    { concept: 'bone marrow', term: 'బోన్ మ్యారో', gloss: 'ఎముక లోపలి మెత్తని భాగం' },
    // "adipose tissue" is not carried as English: కొవ్వు is what it is.
    { concept: 'fat', term: 'కొవ్వు', gloss: '' },
    { concept: 'osteoarthritis', term: 'ఆస్టియో ఆర్థరైటిస్', gloss: 'కీళ్ల అరుగుదల' },
    // A definition, not a claim; the clinician should confirm it (docs/reviews/te.md).
    { concept: 'cartilage', term: 'కార్టిలేజ్', gloss: 'కీళ్లలో ఎముకల చివర ఉండే నునుపైన పొర' },
    { concept: 'tissue', term: 'టిష్యూ', gloss: 'కణాలతో ఏర్పడే శరీర భాగం' },
    { concept: 'injection', term: 'ఇంజెక్షన్', gloss: '' },
    // Not in content 1.2.0 (nor in the clinic's document); written down so a later text uses this term.
    { concept: 'physiotherapy', term: 'ఫిజియోథెరపీ', gloss: 'వ్యాయామాలతో చేసే చికిత్స' },
    { concept: 'centrifugation', term: 'సెంట్రిఫ్యూగేషన్', gloss: 'నమూనాను వేగంగా తిప్పడం' },
    { concept: 'culture', term: 'కల్చర్', gloss: 'కణాలను పెంచి ఎక్కువ చేయడం' },
    { concept: 'dose', term: 'డోస్', gloss: 'మీకు ఎన్ని కణాలు ఇవ్వాలో' },
  ],
  // The words that carry the document's hedges, as they are written in the content.
  hedges: [
    'సాధారణంగా', // generally, typically, usually
    'భావిస్తారు', // is considered, is seen as, is thought to be, is judged
    'కనీసం', // at least, bare minimum
    'తరచుగా', // often
    'ఎక్కువగా', // most often, mostly
    // The ending -వచ్చు ("may", "can"): కావచ్చు (may be, may become), ఉపయోగించవచ్చు (can be used),
    // ఉండకపోవచ్చు (may not be the same: "may vary"), చెల్లించకపోవచ్చు (may not pay), కొనవచ్చు (can be bought).
    'వచ్చు',
    'గలదు', // can (on each thing the therapy may do for osteoarthritis)
    'గలవు', // can (stem cells can turn into tissue)
    'అవకాశం ఉంది', // could (do a lot)
    'ఆశాజనకంగా', // promising
    'సహాయపడ', // help(s)
    'తగినవి', // suitable (never సురక్షితం)
  ],
  // Words that would say more than the document: never used, in the content or the UI strings.
  strengthening: [
    'నయం చేస్తుంది', // cures
    'నయం చేస్తాయి',
    'నయం అవుతుంది', // will be cured
    'నయమవుతుంది',
    'పూర్తిగా నయం', // completely cured
    'గ్యారంటీ', // guarantee
    'హామీ',
    'ఖచ్చితంగా', // certainly
    'కచ్చితంగా',
    'నిరూపించబడింది', // proven
    'నిరూపితమైన',
    'రుజువైన',
    'పూర్తిగా సురక్షితం', // completely safe
    'ఎలాంటి ప్రమాదం లేదు', // no risk
    'ప్రమాదం లేని',
    'రిస్క్ లేని',
    'సులభంగా దొరుకుతాయి', // easily available
    'సులభంగా లభిస్తాయి',
    'తేలికగా దొరుకుతాయి',
    'ఎల్లప్పుడూ', // always
    'ఎప్పుడూ పనిచేస్తాయి', // always works
    'శాశ్వత', // permanent
    'నొప్పి లేని', // painless
    'అద్భుత', // miracle
    'మొద్దుబార', // numb (the English content names no numbness)
    '100%',
  ],
};
