import type { ProcedureStep, StemCellSource } from '../types.js';

// Hindi translation of `procedureSteps` (../procedure.ts): the same sources, step ids, details
// blocks and `{cells}`, built the same way (shared separate and inject steps). As in English, each
// source gets only what the clinic's document says about it; no anaesthetic is named for donor
// cells. "Local anaesthetic" is लोकल एनेस्थीसिया देकर, never सुन्न ("numb"), which the English
// content removed. Judgement calls: HINDI-REVIEW.md.

const injectSummary = 'सेल को इंजेक्शन से उस जगह में डाला जाता है जिसे इलाज की ज़रूरत है, जैसे आपका घुटना।';

const boneMarrowSeparate: ProcedureStep = {
  id: 'separate',
  title: 'स्टेम सेल को अलग करना',
  summary: 'स्टेम सेल को नमूने के बाकी हिस्से से अलग किया जाता है।',
  details: [
    'बोन मैरो में मेसेनकाइमल स्टेम सेल (mesenchymal stem cells, MSCs) नाम के स्टेम सेल होते हैं।',
    'इन्हें खून की लाल कोशिकाओं, सफ़ेद कोशिकाओं और प्लाज़्मा से अलग किया जाता है। यह नमूने (सैंपल) को तेज़ी से घुमाकर (centrifugation) या छानकर (filtration) किया जाता है।',
  ],
};

const inject: ProcedureStep = {
  id: 'inject',
  title: 'इंजेक्शन',
  summary: injectSummary,
  details: [
    'सेल को इंजेक्शन से खराब हुई या गठिया (आर्थराइटिस) वाली जगह में डाला जाता है, जैसे घुटने का जोड़। यह लोकल एनेस्थीसिया देकर किया जाता है।',
    'इंजेक्शन ऊतक के फिर से बनने में, सूजन (inflammation) कम करने में और जोड़ के बेहतर काम करने में मदद करते हैं।',
  ],
};

/** The documented procedure for each source of stem cells, in order, in Hindi. */
export const procedureStepsHi: Readonly<Record<StemCellSource, readonly ProcedureStep[]>> = {
  'bone-marrow': [
    {
      id: 'harvest',
      title: 'आपके स्टेम सेल इकट्ठा करना',
      summary: 'लोकल एनेस्थीसिया देकर, आपकी कूल्हे की हड्डी के पीछे वाले हिस्से से बोन मैरो खींचकर निकाला जाता है।',
      details: [
        'आपकी कूल्हे की हड्डी के पीछे वाले हिस्से से बोन मैरो (अस्थि मज्जा) खींचकर निकाला जाता है (aspirated)। हड्डी के इस हिस्से को पोस्टीरियर सुपीरियर इलियक स्पाइन (posterior superior iliac spine) कहते हैं।',
        'यह लोकल एनेस्थीसिया देकर किया जाता है।',
        'माना जाता है कि जोड़ और कार्टिलेज के ऊतक को फिर से बनाने के लिए बोन मैरो के स्टेम सेल बेहतर होते हैं। ऐसा इसलिए है क्योंकि ये दूसरी तरह की कोशिकाओं में बदलने में बहुत अच्छे होते हैं।',
      ],
    },
    boneMarrowSeparate,
    {
      id: 'culture',
      title: 'सेल को बढ़ाना',
      summary: 'स्टेम सेल को बढ़ाया जाता है, ताकि उनकी संख्या ज़्यादा हो जाए।',
      details: [
        'MSCs को एक कल्चर मीडियम (culture medium) में रखा जाता है। इससे उन्हें वे पोषक तत्व और ग्रोथ फ़ैक्टर मिलते हैं जिनकी उन्हें ज़रूरत होती है। इससे उन्हें संख्या में बढ़ने में मदद मिलती है।',
        'आम तौर पर, इंजेक्शन के काम करने के लिए शरीर के हर किलोग्राम (kg) वज़न पर {cells} स्टेम सेल को कम से कम ज़रूरी संख्या (bare minimum) माना जाता है।',
      ],
    },
    {
      ...inject,
      details: [
        'बढ़ाए गए सेल को इंजेक्शन से उस जगह में डाला जाता है जिसे इलाज की ज़रूरत है, जैसे घुटने का जोड़। यह लोकल एनेस्थीसिया देकर किया जाता है।',
        'इसका मकसद ऊतक की मरम्मत और उसके फिर से बनने को बढ़ावा देना है।',
      ],
    },
  ],
  adipose: [
    {
      id: 'harvest',
      title: 'आपके स्टेम सेल इकट्ठा करना',
      summary: 'स्टेम सेल आपकी चर्बी (adipose tissue) से लिए जाते हैं।',
      details: ['चर्बी शरीर की उस जगह से ली जाती है जहाँ आपका शरीर चर्बी जमा करता है।'],
    },
    {
      ...boneMarrowSeparate,
      details: ['इन्हें नमूने के बाकी हिस्सों से अलग किया जाता है। यह नमूने को तेज़ी से घुमाकर (centrifugation) या छानकर (filtration) किया जाता है।'],
    },
    {
      id: 'culture',
      title: 'सेल को बढ़ाना',
      summary: 'स्टेम सेल को बढ़ाया जाता है, ताकि उनकी संख्या ज़्यादा हो जाए।',
      details: ['इन्हें बढ़ाया (कल्चर किया) जाता है, ताकि इनकी संख्या अच्छी तरह बढ़े।'],
    },
    inject,
  ],
  allogenic: [
    {
      id: 'donor',
      title: 'डोनर के सेल तैयार करना',
      summary: 'स्टेम सेल किसी डोनर (दाता) से आते हैं, आपसे नहीं।',
      details: [
        'एलोजेनिक (allogenic) स्टेम सेल किसी डोनर से आते हैं, आपसे नहीं।',
        'इन्हें ध्यान से जाँचा (screen किया) जाता है, यह सुनिश्चित करने के लिए कि इनमें एंटीबॉडी न हों। इससे ये डोनर के अलावा दूसरे मरीज़ों में इस्तेमाल के लिए उपयुक्त बनते हैं।',
        'भारत में अब इन्हें खरीदा जा सकता है (ये बाज़ार में उपलब्ध हैं)।',
      ],
    },
    {
      id: 'inject',
      title: 'इंजेक्शन',
      summary: injectSummary,
      details: ['डोनर के स्टेम सेल घुटने के ऑस्टियोआर्थराइटिस जैसी समस्याओं के लिए और बिना सर्जरी के कार्टिलेज की मरम्मत के लिए इस्तेमाल किए जाते हैं।'],
    },
  ],
};
