import type { ProcedureStep, StemCellSource } from '../types.js';

// Marathi translation of `procedureSteps` (../procedure.ts): the same sources, step ids, details
// blocks and `{cells}`, built the same way (shared separate and inject steps). As in English, each
// source gets only what the clinic's document says about it; no anaesthetic is named for donor
// cells. Each source's steps can stand alone on a page, so each list glosses its own terms once, at
// their first use under a title (./glossary.ts): the shared inject step's details carry the tissue
// gloss because only the fat list uses them, and the bone-marrow list glosses tissue in its first
// step. Judgement calls: docs/reviews/mr.md.

const injectSummary = 'उपचाराची गरज असलेल्या भागात, जसे की तुमच्या गुडघ्यात, पेशी इंजेक्शनने दिल्या जातात.';

const boneMarrowSeparate: ProcedureStep = {
  id: 'separate',
  title: 'स्टेम सेल वेगळ्या करणे',
  summary: 'स्टेम सेल नमुन्याच्या बाकीच्या भागापासून वेगळ्या केल्या जातात.',
  details: [
    'बोन मॅरोमध्ये मेसेन्कायमल स्टेम सेल (MSCs) नावाच्या स्टेम सेल असतात.',
    'त्यांना रक्तातील लाल पेशी, पांढऱ्या पेशी आणि प्लाझ्मा यांच्यापासून वेगळे केले जाते. यासाठी सेंट्रिफ्युगेशन (नमुना खूप वेगाने गोल फिरवणे) किंवा गाळणे वापरले जाते.',
  ],
};

const inject: ProcedureStep = {
  id: 'inject',
  title: 'इंजेक्शन',
  summary: injectSummary,
  details: [
    'पेशी खराब झालेल्या किंवा संधिवात असलेल्या भागात इंजेक्शनने दिल्या जातात, जसे की गुडघ्याच्या सांध्यात. हे स्थानिक भूल देऊन केले जाते.',
    'हे इंजेक्शन टिश्यू (शरीरातील पेशींचा समूह) पुन्हा तयार होण्यास मदत करते. ते सूज कमी होण्यास आणि सांधा अधिक चांगले काम करण्यासही मदत करते.',
  ],
};

/** The documented procedure for each source of stem cells, in order, in Marathi. */
export const procedureStepsMr: Readonly<Record<StemCellSource, readonly ProcedureStep[]>> = {
  'bone-marrow': [
    {
      id: 'harvest',
      title: 'तुमच्या स्टेम सेल गोळा करणे',
      summary: 'स्थानिक भूल देऊन, तुमच्या कमरेच्या हाडाच्या मागच्या भागातून बोन मॅरो (हाडांच्या आतील मऊ भाग) ओढून काढला जातो.',
      details: [
        // One way of naming the landmark: the plain words, and the English name a patient may hear.
        'तुमच्या कमरेच्या हाडाच्या मागच्या भागातून बोन मॅरो ओढून काढला जातो. हाडाच्या या भागाला इंग्रजीत posterior superior iliac spine म्हणतात.',
        'हे स्थानिक भूल देऊन केले जाते.',
        'सांध्याचे टिश्यू (शरीरातील पेशींचा समूह) पुन्हा तयार करण्यासाठी बोन मॅरोमधील स्टेम सेल जास्त चांगल्या मानल्या जातात. कार्टिलेज (सांध्यातील हाडांच्या टोकांवरचा गुळगुळीत थर) पुन्हा तयार करण्यासाठीही त्या जास्त चांगल्या मानल्या जातात. याचे कारण म्हणजे, इतर प्रकारच्या पेशींमध्ये बदलण्याची त्यांची क्षमता खूप चांगली असते.',
      ],
    },
    boneMarrowSeparate,
    {
      id: 'culture',
      title: 'पेशी वाढवणे',
      summary: 'स्टेम सेलची संख्या वाढवली जाते.',
      details: [
        'MSCs चे कल्चर (शरीराबाहेर पेशी वाढवणे) करण्यासाठी त्यांना कल्चर मीडियम नावाच्या मिश्रणात ठेवले जाते. त्यातून त्यांना गरजेचे पोषक घटक आणि ग्रोथ फॅक्टर (वाढीला मदत करणारे घटक) मिळतात. यामुळे त्यांची संख्या वाढायला मदत होते.',
        'सहसा, इंजेक्शनचा उपयोग होण्यासाठी शरीराच्या प्रत्येक किलो वजनामागे अगदी कमीत कमी {cells} स्टेम सेल लागतात, असे मानले जाते.',
      ],
    },
    {
      ...inject,
      details: [
        'वाढवलेल्या पेशी उपचाराची गरज असलेल्या भागात इंजेक्शनने दिल्या जातात, जसे की गुडघ्याच्या सांध्यात. हे स्थानिक भूल देऊन केले जाते.',
        'टिश्यू दुरुस्त होणे आणि पुन्हा तयार होणे यांना चालना देणे, हा यामागचा हेतू असतो.',
      ],
    },
  ],
  adipose: [
    {
      id: 'harvest',
      title: 'तुमच्या स्टेम सेल गोळा करणे',
      summary: 'तुमच्या चरबीतून (adipose tissue) स्टेम सेल घेतल्या जातात.',
      details: ['शरीरात जिथे चरबी साठते, त्या भागातून चरबी घेतली जाते.'],
    },
    {
      ...boneMarrowSeparate,
      details: ['त्यांना नमुन्याच्या इतर भागांपासून वेगळे केले जाते. यासाठी सेंट्रिफ्युगेशन (नमुना खूप वेगाने गोल फिरवणे) किंवा गाळणे वापरले जाते.'],
    },
    {
      id: 'culture',
      title: 'पेशी वाढवणे',
      summary: 'स्टेम सेलची संख्या वाढवली जाते.',
      details: ['त्यांची संख्या चांगली वाढावी म्हणून त्यांचे कल्चर (शरीराबाहेर पेशी वाढवणे) केले जाते.'],
    },
    inject,
  ],
  allogenic: [
    {
      id: 'donor',
      title: 'डोनरच्या पेशी तयार करणे',
      summary: 'या स्टेम सेल तुमच्याकडून नाही, तर डोनरकडून (स्वतःच्या पेशी देणारी दुसरी व्यक्ती) येतात.',
      details: [
        'ॲलोजेनिक स्टेम सेल तुमच्याकडून नाही, तर डोनरकडून येतात.',
        'त्यांच्यात अँटिबॉडी नाहीत, याची खात्री करण्यासाठी त्यांची काळजीपूर्वक तपासणी (स्क्रीनिंग) केली जाते. यामुळे त्या डोनरशिवाय इतर रुग्णांसाठी वापरण्यास योग्य ठरतात.',
        'भारतात त्या आता बाजारात विकत मिळू शकतात.',
      ],
    },
    {
      id: 'inject',
      title: 'इंजेक्शन',
      summary: injectSummary,
      details: [
        'डोनरच्या स्टेम सेल गुडघ्याचा ऑस्टिओआर्थरायटिस (सांधे झिजून होणारा संधिवात) अशा आजारांसाठी वापरल्या जातात. ऑपरेशन न करता कार्टिलेज (सांध्यातील हाडांच्या टोकांवरचा गुळगुळीत थर) दुरुस्त करण्यासाठीही त्या वापरल्या जातात.',
      ],
    },
  ],
};
