import type { BackTranslation } from '../types.js';

/**
 * A literal back-translation of every Hindi string (./*.ts), word for word where Hindi allows, for
 * the review table docs/reviews/hi.md (`node scripts/review-tables.mjs`). Change a Hindi string and
 * write its back-translation again here: the table marks a string without one.
 */
export const backTranslationHi: BackTranslation = {
  lang: 'hi',
  texts: {
    'स्टेम सेल इंजेक्शन क्या हैं?': 'Stem cell injections, what are [they]?',
    'स्टेम सेल खास तरह की कोशिकाएँ (सेल) हैं। ये कई अलग-अलग तरह के टिश्यू (कोशिकाओं से बना शरीर का हिस्सा) में बदल सकती हैं।':
      'Stem cells are special kinds of cells (cell). They can change into many different kinds of tissue (a part of the body made of cells).',
    'स्टेम सेल थेरेपी हड्डियों, जोड़ों और मांसपेशियों की समस्याओं के इलाज का एक तरीका है। ऑस्टियोआर्थराइटिस (जोड़ों का घिसना) और खराब हुआ कार्टिलेज (हड्डियों के सिरों की चिकनी परत) ऐसी ही समस्याएँ हैं। यह थेरेपी टिश्यू को फिर से बनाने का एक रास्ता देती है।':
      'Stem cell therapy is a way of treating problems of bones, joints and muscles. Osteoarthritis (the wearing of joints) and cartilage that has gone bad (the smooth layer on the ends of bones) are such problems. This therapy gives a way to make tissue again.',
    'स्टेम सेल दो मुख्य स्रोतों से आते हैं:': 'Stem cells come from two main sources:',
    'भ्रूण के स्टेम सेल': 'stem cells of the embryo',
    'वयस्क स्टेम सेल, जिनका इस्तेमाल क्लिनिक ज़्यादा करते हैं': 'adult stem cells, which clinics use more',
    'बोन मैरो (हड्डी के अंदर का नरम हिस्सा) से मिलने वाले स्टेम सेल को BMSCs कहते हैं। हड्डी, जोड़ और मांसपेशियों की समस्याओं में ये सबसे अच्छा काम करते हैं। ऐसा इसलिए है क्योंकि ये कार्टिलेज, हड्डी और टेंडन की कोशिकाओं में बेहतर ढंग से बदल पाते हैं।':
      'Stem cells obtained from bone marrow (the soft part inside the bone) are called BMSCs. In bone, joint and muscle problems these work best. This is so because they are able to change better into cartilage, bone and tendon cells.',
    'यह इलाज नया है और अभी भी बदल रहा है। जो लोग पुराने दर्द और घिसे हुए टिश्यू के साथ जी रहे हैं, उन्हें यह उम्मीद देता है।':
      'This treatment is new and is still changing. People who are living with old (long-standing) pain and worn tissue, to them it gives hope.',
    'घुटने के ऑस्टियोआर्थराइटिस और खराब कार्टिलेज जैसी समस्याओं वाले लोगों की ज़िंदगी बेहतर बनाने में यह बहुत काम आ सकता है।':
      'In making better the life of people with problems like knee osteoarthritis and bad cartilage, this can be of much use.',
    'जैसे-जैसे रिसर्च आगे बढ़ेगी और यह इलाज पाना पहले से आसान होता जाएगा, यह एक ज़्यादा आम इलाज बन सकता है।':
      'As research goes forward and getting this treatment goes on becoming easier than before, it can become a more common treatment.',
    'स्टेम सेल इंजेक्शन कैसे दिए जाते हैं?': 'How are stem cell injections given?',
    'सबसे पहले स्टेम सेल इकट्ठा किए जाते हैं। ये आम तौर पर आपके बोन मैरो से या आपकी चर्बी से लिए जाते हैं। माना जाता है कि जोड़ और कार्टिलेज के टिश्यू को फिर से बनाने के लिए बोन मैरो के सेल बेहतर होते हैं। ऐसा इसलिए है क्योंकि ये दूसरी तरह की कोशिकाओं में बहुत अच्छी तरह बदल पाते हैं।':
      'First of all, stem cells are collected. They are usually taken from your bone marrow or from your fat. It is believed that for making joint and cartilage tissue again, bone marrow cells are better. This is so because they are able to change very well into other kinds of cells.',
    'बोन मैरो को कूल्हे की हड्डी के पीछे वाले हिस्से (posterior superior iliac spine) से खींचकर निकाला जाता है। यह लोकल एनेस्थीसिया देकर किया जाता है।':
      'Bone marrow is taken out by drawing from the back part of the hip bone (posterior superior iliac spine). This is done by giving local anaesthesia.',
    'बोन मैरो में मेसेनकाइमल स्टेम सेल (MSCs) नाम के स्टेम सेल होते हैं। इन्हें खून की लाल कोशिकाओं, सफ़ेद कोशिकाओं और प्लाज़्मा से अलग किया जाता है। इसके लिए नमूने (सैंपल) को तेज़ी से घुमाया जाता है या छाना जाता है।':
      "In bone marrow there are stem cells named mesenchymal stem cells (MSCs). They are separated from the blood's red cells, white cells and plasma. For this the sample (sample) is spun fast or is filtered.",
    'फिर MSCs को एक कल्चर मीडियम में रखा जाता है। इससे उन्हें वे पोषक तत्व और ग्रोथ फ़ैक्टर मिलते हैं जिनकी उन्हें ज़रूरत होती है। इससे उन्हें संख्या में बढ़ने में मदद मिलती है।':
      'Then the MSCs are kept in a culture medium. From this they get those nutrients and growth factors which they need. From this they get help in growing in number.',
    'आम तौर पर माना जाता है कि इंजेक्शन के काम करने के लिए कम से कम इतने स्टेम सेल चाहिए: शरीर के हर किलो वज़न पर {cells}।':
      'Usually it is held that for the injection to work, at least this many stem cells are needed: on each kilo of body weight, {cells}.',
    'फिर बढ़ाए गए सेल को इंजेक्शन से उस जगह में डाला जाता है जिसे इलाज की ज़रूरत है, जैसे घुटने का जोड़। इसका मकसद टिश्यू की मरम्मत और उसके फिर से बनने को बढ़ावा देना है।':
      'Then the grown cells are put by injection into the place that needs treatment, like the knee joint. Its aim is to encourage the repair of tissue and its forming again.',
    'स्टेम सेल इंजेक्शन किसके लिए इस्तेमाल किए जाते हैं?': 'For what are stem cell injections used?',
    'इनका इस्तेमाल सबसे ज़्यादा इन समस्याओं में होता है:': 'Their use happens most in these problems:',
    'घुटने का ऑस्टियोआर्थराइटिस, जो उन सबसे आम समस्याओं में से एक है जिनका इलाज इस तरीके से किया जाता है':
      'osteoarthritis of the knee, which is one of the most common problems whose treatment is done in this way',
    'कॉन्ड्रल डिफ़ेक्ट, यानी खराब हुआ कार्टिलेज': 'chondral defect, that is, cartilage that has gone bad',
    'स्टेम सेल को टेंडन, लिगामेंट, कार्टिलेज और मांसपेशियों की दूसरी चोटों के इलाज में भी इस्तेमाल किया जा सकता है।':
      'Stem cells can also be used in the treatment of other injuries of tendons, ligaments, cartilage and muscles.',
    'इंजेक्शन खराब हुए टिश्यू को फिर से बनने में और ठीक होने में मदद करते हैं। ऐसा वे शरीर की अपनी कुदरती मरम्मत को बढ़ावा देकर करते हैं।':
      "The injections help tissue that has gone bad in forming again and in getting well. They do this by encouraging the body's own natural repair.",
    'यह इलाज बहुत महँगा हो सकता है और इसे पाना मुश्किल हो सकता है। भारत जैसी जगहों पर यह बात खास तौर पर लागू होती है, जहाँ यह अभी बाज़ार में आ ही रहा है।':
      'This treatment can be very expensive and getting it can be difficult. In places like India this applies especially, where it is only now coming onto the market.',
    'इंजेक्शन के लिए स्टेम सेल कैसे निकाले (इकट्ठा किए) जाते हैं?': 'For injection, how are stem cells taken out (collected)?',
    'स्टेम सेल आम तौर पर आपके बोन मैरो से या चर्बी से लिए जाते हैं:': 'Stem cells are usually taken from your bone marrow or from fat:',
    'बोन मैरो को कूल्हे की हड्डी के पीछे वाले हिस्से से खींचकर निकाला जाता है': 'bone marrow is taken out by drawing from the back part of the hip bone',
    'चर्बी शरीर के उन हिस्सों से ली जाती है जहाँ चर्बी जमा होती है': 'fat is taken from those parts of the body where fat collects',
    'इसके बाद स्टेम सेल को नमूने के बाकी हिस्से से अलग किया जाता है। इसके लिए नमूने को घुमाया जाता है या छाना जाता है।':
      'After this the stem cells are separated from the rest of the sample. For this the sample is spun or is filtered.',
    'फिर सेल को बढ़ाया जाता है (इसे कल्चर करना कहते हैं), ताकि उनकी संख्या अच्छी तरह बढ़े।':
      'Then the cells are grown (this is called culturing), so that their number grows well.',
    'प्रक्रिया के दौरान क्या होता है?': 'During the procedure, what happens?',
    'स्टेम सेल आपके बोन मैरो से या आपकी चर्बी से लिए जाते हैं।': 'Stem cells are taken from your bone marrow or from your fat.',
    'सेल को बढ़ाया जाता है (इसे कल्चर करना कहते हैं), ताकि उनकी संख्या ज़्यादा हो जाए।':
      'The cells are grown (this is called culturing), so that their number becomes more.',
    'फिर उन्हें इंजेक्शन से खराब हुई या गठिया वाली जगह में डाला जाता है, जैसे घुटने का जोड़। यह लोकल एनेस्थीसिया देकर किया जाता है।':
      'Then they are put by injection into the place that has gone bad or has arthritis, like the knee joint. This is done by giving local anaesthesia.',
    'इंजेक्शन टिश्यू के फिर से बनने में, सूजन कम करने में और जोड़ के बेहतर काम करने में मदद करते हैं।':
      'The injections help in tissue forming again, in reducing swelling/inflammation and in the joint working better.',
    'क्या स्टेम सेल इंजेक्शन ऑस्टियोआर्थराइटिस में काम करते हैं?': 'Do stem cell injections work in osteoarthritis?',
    'घुटने के ऑस्टियोआर्थराइटिस में नतीजे आशाजनक रहे हैं। खराब हुए कार्टिलेज को फिर से बनाकर और टिश्यू की मरम्मत को बढ़ावा देकर, स्टेम सेल थेरेपी:':
      'In knee osteoarthritis the results have been promising. By making bad cartilage again and encouraging the repair of tissue, stem cell therapy:',
    'दर्द कम कर सकती है': 'can reduce pain',
    'आपको ज़्यादा आसानी से चलने-फिरने में मदद कर सकती है': 'can help you move about more easily',
    'ऑस्टियोआर्थराइटिस के बढ़ने को धीमा कर सकती है': 'can slow down the growing of osteoarthritis',
    'लेकिन नतीजे अलग-अलग हो सकते हैं। किसी मेडिकल प्रोफ़ेशनल से बात करना ज़रूरी है, ताकि पता चल सके कि स्टेम सेल इंजेक्शन आपकी स्थिति के लिए उपयुक्त हैं या नहीं।':
      'But results can be different. Talking to a medical professional is necessary, so that it can be known whether stem cell injections are suitable for your condition or not.',
    'एलोजेनिक स्टेम सेल क्या होते हैं?': 'Allogenic stem cells, what are [they]?',
    'एलोजेनिक स्टेम सेल किसी डोनर (दाता) से आते हैं, आपसे नहीं।': 'Allogenic stem cells come from some donor (giver), not from you.',
    'इनकी ध्यान से जाँच (स्क्रीनिंग) की जाती है, ताकि तय हो सके कि इनमें एंटीबॉडी नहीं हैं। इससे ये किसी भी मरीज़ में इस्तेमाल के लिए उपयुक्त बनते हैं।':
      'They are checked with care (screening), so that it can be settled that they have no antibodies in them. By this they become suitable for use in any patient.',
    'भारत में एलोजेनिक स्टेम सेल अब घुटने के ऑस्टियोआर्थराइटिस और खराब हुए कार्टिलेज जैसी समस्याओं के इलाज के लिए खरीदे जा सकते हैं (ये बाज़ार में मिलते हैं)। इनके इस्तेमाल से ज़्यादा तरह के इलाज पाना पहले से आसान हुआ है। घुटने के ऑस्टियोआर्थराइटिस और बिना सर्जरी के कार्टिलेज की मरम्मत पर यह बात खास तौर पर लागू होती है।':
      'In India allogenic stem cells can now be bought for the treatment of problems like knee osteoarthritis and cartilage that has gone bad (they are found in the market). Through their use, getting more kinds of treatment has become easier than before. This applies especially to knee osteoarthritis and to repair of cartilage without surgery.',
    'क्या स्टेम सेल इंजेक्शन बीमा (इंश्योरेंस) में कवर होते हैं?': 'Are stem cell injections covered in insurance (insurance)?',
    'स्टेम सेल इलाज को अक्सर प्रयोग के दौर का इलाज माना जाता है। ज़रूरी नहीं कि बीमा हर मामले में इसका खर्च दे।':
      'Stem cell treatment is often considered a treatment of the experimental stage. It is not necessary that insurance pays its cost in every case.',
    'आपको कवर मिलेगा या नहीं, यह ज़्यादातर इन बातों पर निर्भर करता है:': 'Whether you will get cover or not, this mostly depends on these things:',
    'आपकी बीमा कंपनी': 'your insurance company',
    'किस समस्या का इलाज हो रहा है': 'which problem is being treated',
    'क्या इलाज को मेडिकल तौर पर ज़रूरी माना जाता है': 'whether the treatment is considered medically necessary',
    'अपनी बीमा कंपनी से पूछकर यह जानना महत्वपूर्ण है कि आपके अपने कवर में क्या-क्या शामिल है।':
      'It is important to find out, by asking your insurance company, what all is included in your own cover.',
    'क्या स्टेम सेल इंजेक्शन सुरक्षित हैं?': 'Are stem cell injections safe?',
    'जब योग्य मेडिकल प्रोफ़ेशनल इन्हें देते हैं, तो इन्हें आम तौर पर सुरक्षित माना जाता है।':
      'When qualified medical professionals give them, then they are generally considered safe.',
    'लेकिन किसी भी मेडिकल प्रक्रिया की तरह, इनमें भी जोखिम हैं, जैसे:': 'But like any medical procedure, these too have risks, like:',
    'संक्रमण (इन्फ़ेक्शन)': 'infection (infection)',
    'खून बहना': 'blood flowing (bleeding)',
    'इंजेक्शन से होने वाला बुरा असर (रिएक्शन)': 'a bad effect caused by the injection (reaction)',
    'यह बेहद ज़रूरी है कि यह प्रक्रिया सख्त मेडिकल निगरानी में और सही मार्गदर्शन के साथ हो।':
      'It is extremely necessary that this procedure happens under strict medical supervision and with proper guidance.',
    'आपके स्टेम सेल इकट्ठा करना': 'Collecting your stem cells',
    'लोकल एनेस्थीसिया देकर, आपके कूल्हे की हड्डी के पीछे वाले हिस्से से बोन मैरो (हड्डी के अंदर का नरम हिस्सा) खींचकर निकाला जाता है।':
      'By giving local anaesthesia, bone marrow (the soft part inside the bone) is taken out by drawing from the back part of your hip bone.',
    'आपके कूल्हे की हड्डी के पीछे वाले हिस्से से बोन मैरो खींचकर निकाला जाता है। हड्डी के इस हिस्से को अंग्रेज़ी में posterior superior iliac spine कहते हैं।':
      'Bone marrow is taken out by drawing from the back part of your hip bone. This part of the bone is called posterior superior iliac spine in English.',
    'यह लोकल एनेस्थीसिया देकर किया जाता है।': 'This is done by giving local anaesthesia.',
    'माना जाता है कि जोड़ और कार्टिलेज (हड्डियों के सिरों की चिकनी परत) के टिश्यू (कोशिकाओं से बना शरीर का हिस्सा) को फिर से बनाने के लिए बोन मैरो के स्टेम सेल बेहतर होते हैं। ऐसा इसलिए है क्योंकि ये दूसरी तरह की कोशिकाओं में बहुत अच्छी तरह बदल पाते हैं।':
      'It is believed that for making again the tissue (a part of the body made of cells) of joints and cartilage (the smooth layer on the ends of bones), bone marrow stem cells are better. This is so because they are able to change very well into other kinds of cells.',
    'स्टेम सेल को अलग करना': 'Separating the stem cells',
    'स्टेम सेल को नमूने के बाकी हिस्से से अलग किया जाता है।': 'The stem cells are separated from the rest of the sample.',
    'बोन मैरो में मेसेनकाइमल स्टेम सेल (MSCs) नाम के स्टेम सेल होते हैं।': 'In bone marrow there are stem cells named mesenchymal stem cells (MSCs).',
    'इन्हें खून की लाल कोशिकाओं, सफ़ेद कोशिकाओं और प्लाज़्मा से अलग किया जाता है। इसके लिए नमूने (सैंपल) को तेज़ी से घुमाया जाता है या छाना जाता है।':
      "They are separated from the blood's red cells, white cells and plasma. For this the sample (sample) is spun fast or is filtered.",
    'सेल को बढ़ाना': 'Growing the cells',
    'स्टेम सेल को बढ़ाया जाता है, ताकि उनकी संख्या ज़्यादा हो जाए।': 'The stem cells are grown, so that their number becomes more.',
    'MSCs को एक कल्चर मीडियम में रखा जाता है। इससे उन्हें वे पोषक तत्व और ग्रोथ फ़ैक्टर मिलते हैं जिनकी उन्हें ज़रूरत होती है। इससे उन्हें संख्या में बढ़ने में मदद मिलती है।':
      'The MSCs are kept in a culture medium. From this they get those nutrients and growth factors which they need. From this they get help in growing in number.',
    इंजेक्शन: 'Injection',
    'सेल को इंजेक्शन से उस जगह में डाला जाता है जिसे इलाज की ज़रूरत है, जैसे आपका घुटना।':
      'The cells are put by injection into the place that needs treatment, like your knee.',
    'बढ़ाए गए सेल को इंजेक्शन से उस जगह में डाला जाता है जिसे इलाज की ज़रूरत है, जैसे घुटने का जोड़। यह लोकल एनेस्थीसिया देकर किया जाता है।':
      'The grown cells are put by injection into the place that needs treatment, like the knee joint. This is done by giving local anaesthesia.',
    'इसका मकसद टिश्यू की मरम्मत और उसके फिर से बनने को बढ़ावा देना है।': 'Its aim is to encourage the repair of tissue and its forming again.',
    'स्टेम सेल आपकी चर्बी से लिए जाते हैं।': 'Stem cells are taken from your fat.',
    'चर्बी शरीर के उस हिस्से से ली जाती है जहाँ चर्बी जमा होती है।': 'Fat is taken from that part of the body where fat collects.',
    'इन्हें नमूने (सैंपल) के बाकी हिस्सों से अलग किया जाता है। इसके लिए नमूने को तेज़ी से घुमाया जाता है या छाना जाता है।':
      'They are separated from the other parts of the sample (sample). For this the sample is spun fast or is filtered.',
    'इन्हें बढ़ाया जाता है (इसे कल्चर करना कहते हैं), ताकि इनकी संख्या अच्छी तरह बढ़े।':
      'They are grown (this is called culturing), so that their number grows well.',
    'सेल को इंजेक्शन से खराब हुई या गठिया वाली जगह में डाला जाता है, जैसे घुटने का जोड़। यह लोकल एनेस्थीसिया देकर किया जाता है।':
      'The cells are put by injection into the place that has gone bad or has arthritis, like the knee joint. This is done by giving local anaesthesia.',
    'इंजेक्शन टिश्यू (कोशिकाओं से बना शरीर का हिस्सा) के फिर से बनने में, सूजन कम करने में और जोड़ के बेहतर काम करने में मदद करते हैं।':
      'The injections help in tissue (a part of the body made of cells) forming again, in reducing swelling/inflammation and in the joint working better.',
    'डोनर के सेल तैयार करना': "Preparing the donor's cells",
    'स्टेम सेल किसी डोनर (दाता) से आते हैं, आपसे नहीं।': 'The stem cells come from some donor (giver), not from you.',
    'एलोजेनिक स्टेम सेल किसी डोनर से आते हैं, आपसे नहीं।': 'Allogenic stem cells come from some donor, not from you.',
    'इनकी ध्यान से जाँच (स्क्रीनिंग) की जाती है, ताकि तय हो सके कि इनमें एंटीबॉडी नहीं हैं। इससे ये डोनर के अलावा दूसरे मरीज़ों में इस्तेमाल के लिए उपयुक्त बनते हैं।':
      'They are checked with care (screening), so that it can be settled that they have no antibodies in them. By this they become suitable for use in patients other than the donor.',
    'भारत में अब इन्हें खरीदा जा सकता है (ये बाज़ार में मिलते हैं)।': 'In India they can now be bought (they are found in the market).',
    'डोनर के स्टेम सेल घुटने के ऑस्टियोआर्थराइटिस (जोड़ों का घिसना) जैसी समस्याओं में और बिना सर्जरी के कार्टिलेज (हड्डियों के सिरों की चिकनी परत) की मरम्मत में इस्तेमाल किए जाते हैं।':
      "The donor's stem cells are used in problems like knee osteoarthritis (the wearing of joints) and in the repair of cartilage (the smooth layer on the ends of bones) without surgery.",
    'कितने स्टेम सेल की ज़रूरत होती है': 'How many stem cells are needed',
    'यानी आपका वज़न जितना ज़्यादा होगा, उतने ज़्यादा सेल की ज़रूरत होगी।': 'That is, the more your weight will be, the more cells will be needed.',
    'यह संख्या दवा का पर्चा (प्रिस्क्रिप्शन) नहीं है। आपकी खुराक (डोज़) आपके डॉक्टर तय करते हैं।':
      'This number is not a medicine slip (prescription). Your dose (dose) your doctor decides.',
    'यह सामान्य जानकारी है, मेडिकल सलाह नहीं। नतीजे अलग-अलग हो सकते हैं। स्टेम सेल इंजेक्शन आपकी स्थिति के लिए उपयुक्त हैं या नहीं, इस बारे में किसी मेडिकल प्रोफ़ेशनल से बात करना ज़रूरी है। ज़रूरी नहीं कि बीमा हर मामले में इनका खर्च दे।':
      'This is general information, not medical advice. Results can be different. Whether stem cell injections are suitable for your condition or not, talking to a medical professional about this is necessary. It is not necessary that insurance pays their cost in every case.',
    'Stem Cell Injections (क्लिनिक का मरीज़ों के लिए जानकारी वाला दस्तावेज़, अंग्रेज़ी में)':
      "Stem Cell Injections (the clinic's information document for patients, in English)",
    'जानकारी का वर्ज़न {version}, क्लिनिक की जानकारी (अंग्रेज़ी) से {date} को लिखा गया।':
      "Information version {version}, written from the clinic's information (English) on {date}.",
    'सब खोलें': 'Open all',
    'सब बंद करें': 'Close all',
    'लिंक कॉपी करें': 'Copy link',
    '“{question}” का लिंक कॉपी करें': 'Copy the link of “{question}”',
    'लिंक कॉपी हो गया': 'The link got copied',
    'कॉपी नहीं हो सका। लिंक यह है: {url}': 'Could not be copied. The link is this: {url}',
    'सवाल खोजें': 'Search questions',
    'मिले सवाल: {total} में से {shown}': 'Questions found: {shown} out of {total}',
    '“{query}” से कोई सवाल नहीं मिला। कोई दूसरा शब्द लिखकर देखें।': 'No question was found with “{query}”. Try writing another word.',
    'इस पेज की पिछली जाँच: {date}': "This page's last check: {date}",
    'इस पेज की अगली जाँच: {date}': "This page's next check: {date}",
    'जाँच करने वाले: {name}': 'Checked by: {name}',
    'चरण {n} (कुल {total} में से)': 'Step {n} (out of {total} in all)',
    'हो गया': 'Done',
    'आप यहाँ हैं': 'You are here',
    'ज़्यादा जानकारी देखें': 'See more information',
    'जानकारी छिपाएँ': 'Hide the information',
    'ज़्यादा जानकारी देखें: {title}': 'See more information: {title}',
    'जानकारी छिपाएँ: {title}': 'Hide the information: {title}',
    'सभी चरण खोलें': 'Open all steps',
    'सभी चरण बंद करें': 'Close all steps',
    'कितने सेल की ज़रूरत होती है': 'How many cells are needed',
    'ध्यान दें: ': 'Please note: ',
    'आपका वज़न': 'Your weight',
    'जैसे, 70': 'Like, 70',
    'किलो या पाउंड': 'Kilo or pound',
    किलो: 'kilo',
    पाउंड: 'pound',
    'यह नियम क्या बताता है, यह देखने के लिए अपना वज़न लिखें।': 'To see what this rule tells, write your weight.',
    'इस नियम के हिसाब से, {weight} किलो के लिए: कम से कम {cells} सेल। यह आपके लिए तय की गई खुराक नहीं है।':
      'By the reckoning of this rule, for {weight} kilo: at least {cells} cells. This is not a dose fixed for you.',
    'इस नियम के हिसाब से, {weight} पाउंड ({kg} किलो) के लिए: कम से कम {cells} सेल। यह आपके लिए तय की गई खुराक नहीं है।':
      'By the reckoning of this rule, for {weight} pound ({kg} kilo): at least {cells} cells. This is not a dose fixed for you.',
    'गलती: ': 'Mistake: ',
    'अपना वज़न लिखें': 'Write your weight',
    'अपना वज़न अंकों में लिखें, जैसे 70': 'Write your weight in digits, like 70',
    'अपना वज़न सिर्फ़ अंकों में लिखें, e अक्षर के बिना, जैसे 70': 'Write your weight only in digits, without the letter e, like 70',
    'दशमलव का बिंदु (.) सिर्फ़ एक बार लगाएँ, जैसे 70.5': 'Put the decimal point (.) only once, like 70.5',
    '0 से ज़्यादा वज़न लिखें': 'Write a weight more than 0',
    'यह कैलकुलेटर वयस्कों के लिए है। {min} से {max} {unit} के बीच का वज़न लिखें':
      'This calculator is for adults. Write a weight between {min} and {max} {unit}',
  },
  notes: [
    'Terms: the words Indian doctors use with patients, one per concept (the glossary above), with a plain gloss in brackets at the first use in each element, because each element can stand alone on a page. The glosses are explanations, not claims; the English has none of them.',
    '“Stem cell” has no gloss: the FAQ’s first answer is its explanation, and the word is common in Indian news.',
    '“Allogenic” is एलोजेनिक, the document’s word, explained in the same sentence (किसी डोनर से आते हैं, “come from a donor”).',
    '“Suitable” is उपयुक्त, never सुरक्षित (“safe”). सुरक्षित is only in the safety entry, and there only as आम तौर पर सुरक्षित माना जाता है (“generally considered safe”).',
    '“Experimental” is प्रयोग के दौर का इलाज (“a treatment of the experimental stage”), not प्रायोगिक, which school Hindi uses for “practical” (प्रायोगिक परीक्षा).',
    '“Insurance may not pay for it in all cases” is ज़रूरी नहीं कि बीमा हर मामले में इसका खर्च दे (“it is not necessary that insurance pays in every case”), so the negation cannot be read as “in no case”.',
    '“Easier to get” (allogenic cells) is पहले से आसान हुआ है (“has become easier than before”): a comparison, never “easily available”.',
    '“Is seen as the bare minimum” is आम तौर पर माना जाता है … कम से कम (“usually it is held … at least”). The dose sentence is in two parts, the figure last: “… at least this many stem cells are needed: on each kilo of body weight, {cells}.”',
    '“To make sure they are free of antibodies” is ताकि तय हो सके कि इनमें एंटीबॉडी नहीं हैं; not पक्का (“certain”), which reads as a promise.',
    '“Under local anaesthetic” is लोकल एनेस्थीसिया देकर (“by giving local anaesthesia”), never सुन्न (“numb”), which would promise what the patient feels.',
    'In the list of what stem cell therapy “can” do, each item ends with सकती है (“can”): Hindi puts the verb last. Nothing is added.',
    'English stays only where a patient meets it at the clinic: the abbreviations MSCs and BMSCs, and the name of the place on the hip bone (posterior superior iliac spine), which the steps introduce as its English name so that “spine” is not read as रीढ़.',
    'Units: किलो and पाउंड, in the content as in the calculator. Numbers are written by Intl in Hindi (“20 लाख”, “14 करोड़”); the calculator also reads weights typed in Devanagari digits (७०).',
  ],
  questions: [
    'Are the glosses plain and right: ऑस्टियोआर्थराइटिस (जोड़ों का घिसना), कार्टिलेज (हड्डियों के सिरों की चिकनी परत), टिश्यू (कोशिकाओं से बना शरीर का हिस्सा), बोन मैरो (हड्डी के अंदर का नरम हिस्सा)?',
    'सूजन for “inflammation”: the everyday word, which also means “swelling”. Is it acceptable?',
    'बेहद ज़रूरी (“extremely necessary”) for “crucial”: it should not read stronger.',
    'जाँच (“check”) for the page’s review (इस पेज की पिछली/अगली जाँच): or समीक्षा?',
    'From the document, for English and Hindi alike: donor cells are “suitable for use in any patient” (FAQ) but “in patients other than the donor” (steps); and the reason given for screening is “free of antibodies”. Is that what the clinic means?',
  ],
};
