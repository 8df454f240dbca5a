import type { BackTranslation } from '../types.js';

/**
 * A literal back-translation of every Marathi string (./*.ts), word for word where Marathi allows, for
 * the review table docs/reviews/mr.md (`node scripts/review-tables.mjs mr`). Change a Marathi string and
 * write its back-translation again here: the table marks a string without one.
 */
export const backTranslationMr: BackTranslation = {
  lang: 'mr',
  texts: {
    'स्टेम सेल इंजेक्शन म्हणजे काय?': 'Stem cell injection, that is what?',
    'स्टेम सेल या खास प्रकारच्या पेशी असतात. त्या बदलून अनेक वेगवेगळ्या प्रकारचे टिश्यू (शरीरातील पेशींचा समूह) बनू शकतात.':
      'Stem cells are cells of a special kind. They, changing, can become many different kinds of tissue (a group of cells in the body).',
    'स्टेम सेल थेरपी हा हाडे, सांधे आणि स्नायू यांच्या आजारांवरचा एक उपचार आहे. ऑस्टिओआर्थरायटिस (सांधे झिजून होणारा संधिवात) आणि खराब झालेले कार्टिलेज (सांध्यातील हाडांच्या टोकांवरचा गुळगुळीत थर) ही अशा आजारांची उदाहरणे आहेत. या उपचारातून टिश्यू पुन्हा तयार करण्याचा एक मार्ग मिळतो.':
      'Stem cell therapy is one treatment for illnesses of bones, joints and muscles. Osteoarthritis (arthritis that comes from joints wearing away) and cartilage that has gone bad (the smooth layer on the ends of the bones in a joint) are examples of such illnesses. From this treatment one gets a way of making tissue again.',
    'स्टेम सेल दोन मुख्य स्रोतांमधून मिळतात:': 'Stem cells are obtained from two main sources:',
    'गर्भातील स्टेम सेल': 'stem cells in the embryo',
    'प्रौढ स्टेम सेल, ज्यांचा वापर क्लिनिकमध्ये जास्त वेळा होतो': 'adult stem cells, whose use happens more often in clinics',
    'बोन मॅरोमधील (हाडांच्या आतील मऊ भाग) स्टेम सेलना BMSCs म्हणतात. हाडे, सांधे आणि स्नायू यांच्या आजारांवर त्या सर्वात चांगले काम करतात. याचे कारण म्हणजे, कार्टिलेज, हाड आणि टेंडन यांच्या पेशींमध्ये बदलण्याची त्यांची क्षमता जास्त असते.':
      'Stem cells in bone marrow (the soft part inside bones) are called BMSCs. On illnesses of bones, joints and muscles they work best. The reason for this is that their ability to change into cells of cartilage, bone and tendon is greater.',
    'हा उपचार नवीन आहे आणि अजून बदलत आहे. जुनाट दुखणे आणि झिजलेले टिश्यू यांचा त्रास असलेल्या लोकांना तो आशा देतो.':
      'This treatment is new and is still changing. To people who have the trouble of long-standing pain and worn tissue, it gives hope.',
    'गुडघ्याचा ऑस्टिओआर्थरायटिस आणि खराब झालेले कार्टिलेज असे आजार असलेल्या लोकांचे आयुष्य सुधारण्यासाठी हा उपचार खूप उपयोगी ठरू शकतो.':
      'For improving the life of people who have illnesses such as knee osteoarthritis and cartilage that has gone bad, this treatment can prove very useful.',
    'जसजसे संशोधन पुढे जाईल आणि हा उपचार मिळणे अधिक सोपे होईल, तसतसा तो जास्त वापरला जाणारा उपचार बनू शकतो.':
      'As research goes forward and getting this treatment becomes easier, so it can become a more widely used treatment.',
    'स्टेम सेल इंजेक्शन कसे दिले जाते?': 'Stem cell injection, how is it given?',
    'आधी स्टेम सेल गोळा केल्या जातात. त्या सहसा तुमच्या बोन मॅरोमधून किंवा तुमच्या चरबीतून (adipose tissue) घेतल्या जातात. सांध्याचे टिश्यू आणि कार्टिलेज पुन्हा तयार करण्यासाठी बोन मॅरोमधील पेशी जास्त चांगल्या मानल्या जातात. याचे कारण म्हणजे, इतर प्रकारच्या पेशींमध्ये बदलण्याची त्यांची क्षमता खूप चांगली असते.':
      'First, stem cells are collected. They are usually taken from your bone marrow or from your fat (adipose tissue). For making joint tissue and cartilage again, the cells in bone marrow are considered better. The reason for this is that their ability to change into other kinds of cells is very good.',
    'बोन मॅरो कमरेच्या हाडाच्या मागच्या भागातून (posterior superior iliac spine) ओढून काढला जातो. हे स्थानिक भूल देऊन केले जाते.':
      'Bone marrow is drawn out from the back part of the hip bone (posterior superior iliac spine). This is done by giving local anaesthesia.',
    'बोन मॅरोमध्ये मेसेन्कायमल स्टेम सेल (MSCs) नावाच्या स्टेम सेल असतात. त्यांना रक्तातील लाल पेशी, पांढऱ्या पेशी आणि प्लाझ्मा यांच्यापासून वेगळे केले जाते. यासाठी सेंट्रिफ्युगेशन (नमुना खूप वेगाने गोल फिरवणे) किंवा गाळणे वापरले जाते.':
      'In bone marrow there are stem cells named mesenchymal stem cells (MSCs). They are separated from the red cells, white cells and plasma in the blood. For this, centrifugation (spinning the sample round very fast) or filtering is used.',
    'नंतर MSCs चे कल्चर (शरीराबाहेर पेशी वाढवणे) करण्यासाठी त्यांना कल्चर मीडियम नावाच्या मिश्रणात ठेवले जाते. त्यातून त्यांना गरजेचे पोषक घटक आणि ग्रोथ फॅक्टर (वाढीला मदत करणारे घटक) मिळतात. यामुळे त्यांची संख्या वाढायला मदत होते.':
      'Then, to do culture (growing cells outside the body) of the MSCs, they are kept in a mixture named culture medium. From it they get the nutrients they need and growth factors (substances that help growth). Because of this, help happens for their number to grow.',
    'सहसा, इंजेक्शनचा उपयोग होण्यासाठी शरीराच्या प्रत्येक किलो वजनामागे अगदी कमीत कमी {cells} स्टेम सेल लागतात, असे मानले जाते.':
      "Usually, for the injection to be of use, at the very least {cells} stem cells are needed per kilo of the body's weight, so it is considered.",
    'नंतर या वाढवलेल्या पेशी उपचाराची गरज असलेल्या भागात इंजेक्शनने दिल्या जातात, जसे की गुडघ्याच्या सांध्यात. टिश्यू दुरुस्त होणे आणि पुन्हा तयार होणे यांना चालना देणे, हा यामागचा हेतू असतो.':
      'Then these grown cells are given by injection into the part that needs treatment, such as into the knee joint. To give a push to the tissue being repaired and being made again, that is the aim behind it.',
    'स्टेम सेल इंजेक्शन कशासाठी वापरले जाते?': 'Stem cell injection, for what is it used?',
    'हे इंजेक्शन सर्वात जास्त वेळा या आजारांसाठी वापरले जाते:': 'This injection is used most often for these illnesses:',
    'गुडघ्याचा ऑस्टिओआर्थरायटिस, जो या पद्धतीने उपचार होणाऱ्या सर्वात सामान्य आजारांपैकी एक आहे':
      'osteoarthritis of the knee, which is one of the most common illnesses treated by this method',
    'कॉन्ड्रल डिफेक्ट, म्हणजे खराब झालेले कार्टिलेज': 'chondral defect, that is, cartilage that has gone bad',
    'टेंडन, लिगामेंट, कार्टिलेज आणि स्नायू यांच्या इतर दुखापतींवर उपचार करण्यासाठीही स्टेम सेल वापरल्या जाऊ शकतात.':
      'Stem cells can also be used for treating other injuries of tendons, ligaments, cartilage and muscles.',
    'हे इंजेक्शन खराब झालेले टिश्यू पुन्हा तयार होण्यास आणि भरून येण्यास मदत करते. शरीराच्या स्वतःच्या नैसर्गिक दुरुस्तीला चालना देऊन ते हे करते.':
      "This injection helps tissue that has gone bad to be made again and to fill in (heal). It does this by giving a push to the body's own natural repair.",
    'हा उपचार खूप महाग असू शकतो आणि तो मिळणे कठीणही असू शकते. भारतासारख्या ठिकाणी हे विशेषकरून दिसते. इथे हा उपचार अजून बाजारात येत आहे.':
      'This treatment can be very expensive, and getting it can also be difficult. In places like India this is seen especially. Here this treatment is still coming into the market.',
    'इंजेक्शनसाठी स्टेम सेल कशा गोळा केल्या जातात?': 'For the injection, how are stem cells collected?',
    'स्टेम सेल सहसा तुमच्या बोन मॅरोमधून किंवा चरबीतून घेतल्या जातात:': 'Stem cells are usually taken from your bone marrow or from fat:',
    'बोन मॅरो कमरेच्या हाडाच्या मागच्या भागातून (posterior superior iliac spine) ओढून काढला जातो':
      'bone marrow is drawn out from the back part of the hip bone (posterior superior iliac spine)',
    'शरीरात जिथे चरबी साठते, तिथून चरबी घेतली जाते': 'where fat collects in the body, from there fat is taken',
    'त्यानंतर स्टेम सेल नमुन्याच्या बाकीच्या भागापासून वेगळ्या केल्या जातात. यासाठी सेंट्रिफ्युगेशन किंवा गाळणे वापरले जाते.':
      'After that, the stem cells are separated from the remaining part of the sample. For this, centrifugation or filtering is used.',
    'मग त्यांची संख्या चांगली वाढावी म्हणून पेशींचे कल्चर केले जाते.': 'Then, so that their number grows well, culture of the cells is done.',
    'या प्रक्रियेत काय होते?': 'In this procedure, what happens?',
    'तुमच्या बोन मॅरोमधून किंवा तुमच्या चरबीतून स्टेम सेल घेतल्या जातात.': 'Stem cells are taken from your bone marrow or from your fat.',
    'पेशींची संख्या वाढावी म्हणून त्यांचे कल्चर केले जाते.': 'So that the number of cells grows, their culture is done.',
    'नंतर त्या खराब झालेल्या किंवा संधिवात असलेल्या भागात इंजेक्शनने दिल्या जातात, जसे की गुडघ्याच्या सांध्यात. हे स्थानिक भूल देऊन केले जाते.':
      'Then they are given by injection into the part that has gone bad or has arthritis, such as into the knee joint. This is done by giving local anaesthesia.',
    'हे इंजेक्शन टिश्यू पुन्हा तयार होण्यास मदत करते. ते सूज कमी होण्यास आणि सांधा अधिक चांगले काम करण्यासही मदत करते.':
      'This injection helps tissue to be made again. It also helps swelling to reduce and the joint to work better.',
    'ऑस्टिओआर्थरायटिसवर स्टेम सेल इंजेक्शनचा उपयोग होतो का?': 'On osteoarthritis, is there use of stem cell injection?',
    'गुडघ्याच्या ऑस्टिओआर्थरायटिसमध्ये मिळालेले परिणाम आशादायक ठरले आहेत. खराब झालेले कार्टिलेज पुन्हा तयार करून आणि टिश्यूच्या दुरुस्तीला चालना देऊन, स्टेम सेल थेरपी:':
      'The results obtained in knee osteoarthritis have proved promising. By making again cartilage that has gone bad and giving a push to the repair of tissue, stem cell therapy:',
    'दुखणे कमी करू शकते': 'can reduce pain',
    'तुम्हाला अधिक सहजपणे हालचाल करण्यास मदत करू शकते': 'can help you move about more easily',
    'ऑस्टिओआर्थरायटिस वाढण्याचा वेग कमी करू शकते': 'can reduce the speed at which osteoarthritis grows',
    'पण परिणाम वेगवेगळे असू शकतात. स्टेम सेल इंजेक्शन तुमच्या आजारासाठी योग्य आहे की नाही, हे जाणून घेण्यासाठी वैद्यकीय तज्ज्ञांशी बोलणे आवश्यक आहे.':
      'But results can be different. To find out whether stem cell injection is suitable for your illness or not, talking to medical experts is necessary.',
    'ॲलोजेनिक स्टेम सेल म्हणजे काय?': 'Allogenic stem cell, that is what?',
    'ॲलोजेनिक स्टेम सेल तुमच्याकडून नाही, तर डोनरकडून (स्वतःच्या पेशी देणारी दुसरी व्यक्ती) येतात.':
      'Allogenic stem cells come not from you, but from a donor (another person who gives their own cells).',
    'त्यांच्यात अँटिबॉडी नाहीत, याची खात्री करण्यासाठी त्यांची काळजीपूर्वक तपासणी (स्क्रीनिंग) केली जाते. यामुळे त्या कोणत्याही रुग्णासाठी वापरण्यास योग्य ठरतात.':
      'To make sure that there are no antibodies in them, they are checked with care (screening). Because of this they prove suitable for use for any patient.',
    'भारतात गुडघ्याचा ऑस्टिओआर्थरायटिस, खराब झालेले कार्टिलेज अशा आजारांवरील उपचारासाठी ॲलोजेनिक स्टेम सेल आता बाजारात विकत मिळू शकतात. त्यांच्या वापरामुळे अधिक उपचार मिळणे पूर्वीपेक्षा सोपे झाले आहे. हे विशेषतः गुडघ्याच्या ऑस्टिओआर्थरायटिसच्या आणि ऑपरेशन न करता कार्टिलेज दुरुस्त करण्याच्या बाबतीत दिसते.':
      'In India, for treating illnesses such as knee osteoarthritis and cartilage that has gone bad, allogenic stem cells can now be got by buying in the market. Because of their use, getting more treatments has become easier than before. This is seen especially in the matter of knee osteoarthritis and of repairing cartilage without an operation.',
    'स्टेम सेल इंजेक्शनचा खर्च विमा देतो का?': 'Does insurance give the cost of stem cell injection?',
    'स्टेम सेल उपचार अनेकदा प्रयोगाच्या टप्प्यातील उपचार मानला जातो. प्रत्येक बाबतीत विमा त्याचा खर्च देईलच, असे नाही.':
      'Stem cell treatment is often considered a treatment at the stage of trials. It is not so that insurance will surely pay its cost in every case.',
    'तुम्हाला विम्याचा फायदा मिळेल की नाही, हे मुख्यतः या गोष्टींवर अवलंबून असते:':
      'Whether you will get the benefit of insurance or not, that depends mainly on these things:',
    'तुमची विमा कंपनी': 'your insurance company',
    'कोणत्या आजारावर उपचार होत आहेत': 'for which illness treatment is happening',
    'हा उपचार वैद्यकीयदृष्ट्या गरजेचा मानला जातो की नाही': 'whether this treatment is considered medically needed or not',
    'तुमच्या स्वतःच्या विम्यात काय काय येते, हे तुमच्या विमा कंपनीकडून विचारून घेणे महत्त्वाचे आहे.':
      'What all comes in your own insurance, it is important to ask your insurance company and find out.',
    'स्टेम सेल इंजेक्शन सुरक्षित आहे का?': 'Stem cell injection, is it safe?',
    'पात्र वैद्यकीय तज्ज्ञांनी दिल्यास, ते साधारणपणे सुरक्षित मानले जाते.': 'If given by qualified medical experts, it is generally considered safe.',
    'पण कोणत्याही वैद्यकीय प्रक्रियेप्रमाणे यातही धोके आहेत, जसे की:': 'But like any medical procedure, in this too there are risks, such as:',
    'संसर्ग (इन्फेक्शन)': 'infection (infection)',
    रक्तस्राव: 'bleeding',
    'इंजेक्शनचा उलटा परिणाम (रिॲक्शन)': 'a reverse effect of the injection (reaction)',
    'ही प्रक्रिया कडक वैद्यकीय देखरेखीखाली आणि योग्य मार्गदर्शनाने करून घेणे अत्यंत आवश्यक आहे.':
      'It is extremely necessary to have this procedure done under strict medical supervision and with proper guidance.',
    'तुमच्या स्टेम सेल गोळा करणे': 'Collecting your stem cells',
    'स्थानिक भूल देऊन, तुमच्या कमरेच्या हाडाच्या मागच्या भागातून बोन मॅरो (हाडांच्या आतील मऊ भाग) ओढून काढला जातो.':
      'By giving local anaesthesia, bone marrow (the soft part inside bones) is drawn out from the back part of your hip bone.',
    'तुमच्या कमरेच्या हाडाच्या मागच्या भागातून बोन मॅरो ओढून काढला जातो. हाडाच्या या भागाला इंग्रजीत posterior superior iliac spine म्हणतात.':
      'Bone marrow is drawn out from the back part of your hip bone. This part of the bone is called posterior superior iliac spine in English.',
    'हे स्थानिक भूल देऊन केले जाते.': 'This is done by giving local anaesthesia.',
    'सांध्याचे टिश्यू (शरीरातील पेशींचा समूह) पुन्हा तयार करण्यासाठी बोन मॅरोमधील स्टेम सेल जास्त चांगल्या मानल्या जातात. कार्टिलेज (सांध्यातील हाडांच्या टोकांवरचा गुळगुळीत थर) पुन्हा तयार करण्यासाठीही त्या जास्त चांगल्या मानल्या जातात. याचे कारण म्हणजे, इतर प्रकारच्या पेशींमध्ये बदलण्याची त्यांची क्षमता खूप चांगली असते.':
      'For making joint tissue (a group of cells in the body) again, the stem cells in bone marrow are considered better. For making cartilage (the smooth layer on the ends of the bones in a joint) again too, they are considered better. The reason for this is that their ability to change into other kinds of cells is very good.',
    'स्टेम सेल वेगळ्या करणे': 'Separating the stem cells',
    'स्टेम सेल नमुन्याच्या बाकीच्या भागापासून वेगळ्या केल्या जातात.': 'The stem cells are separated from the remaining part of the sample.',
    'बोन मॅरोमध्ये मेसेन्कायमल स्टेम सेल (MSCs) नावाच्या स्टेम सेल असतात.': 'In bone marrow there are stem cells named mesenchymal stem cells (MSCs).',
    'त्यांना रक्तातील लाल पेशी, पांढऱ्या पेशी आणि प्लाझ्मा यांच्यापासून वेगळे केले जाते. यासाठी सेंट्रिफ्युगेशन (नमुना खूप वेगाने गोल फिरवणे) किंवा गाळणे वापरले जाते.':
      'They are separated from the red cells, white cells and plasma in the blood. For this, centrifugation (spinning the sample round very fast) or filtering is used.',
    'पेशी वाढवणे': 'Growing the cells',
    'स्टेम सेलची संख्या वाढवली जाते.': 'The number of stem cells is increased.',
    'MSCs चे कल्चर (शरीराबाहेर पेशी वाढवणे) करण्यासाठी त्यांना कल्चर मीडियम नावाच्या मिश्रणात ठेवले जाते. त्यातून त्यांना गरजेचे पोषक घटक आणि ग्रोथ फॅक्टर (वाढीला मदत करणारे घटक) मिळतात. यामुळे त्यांची संख्या वाढायला मदत होते.':
      'To do culture (growing cells outside the body) of the MSCs, they are kept in a mixture named culture medium. From it they get the nutrients they need and growth factors (substances that help growth). Because of this, help happens for their number to grow.',
    इंजेक्शन: 'Injection',
    'उपचाराची गरज असलेल्या भागात, जसे की तुमच्या गुडघ्यात, पेशी इंजेक्शनने दिल्या जातात.':
      'Into the part that needs treatment, such as into your knee, the cells are given by injection.',
    'वाढवलेल्या पेशी उपचाराची गरज असलेल्या भागात इंजेक्शनने दिल्या जातात, जसे की गुडघ्याच्या सांध्यात. हे स्थानिक भूल देऊन केले जाते.':
      'The grown cells are given by injection into the part that needs treatment, such as into the knee joint. This is done by giving local anaesthesia.',
    'टिश्यू दुरुस्त होणे आणि पुन्हा तयार होणे यांना चालना देणे, हा यामागचा हेतू असतो.':
      'To give a push to the tissue being repaired and being made again, that is the aim behind it.',
    'तुमच्या चरबीतून (adipose tissue) स्टेम सेल घेतल्या जातात.': 'Stem cells are taken from your fat (adipose tissue).',
    'शरीरात जिथे चरबी साठते, त्या भागातून चरबी घेतली जाते.': 'Where fat collects in the body, from that part fat is taken.',
    'त्यांना नमुन्याच्या इतर भागांपासून वेगळे केले जाते. यासाठी सेंट्रिफ्युगेशन (नमुना खूप वेगाने गोल फिरवणे) किंवा गाळणे वापरले जाते.':
      'They are separated from the other parts of the sample. For this, centrifugation (spinning the sample round very fast) or filtering is used.',
    'त्यांची संख्या चांगली वाढावी म्हणून त्यांचे कल्चर (शरीराबाहेर पेशी वाढवणे) केले जाते.':
      'So that their number grows well, their culture (growing cells outside the body) is done.',
    'पेशी खराब झालेल्या किंवा संधिवात असलेल्या भागात इंजेक्शनने दिल्या जातात, जसे की गुडघ्याच्या सांध्यात. हे स्थानिक भूल देऊन केले जाते.':
      'The cells are given by injection into the part that has gone bad or has arthritis, such as into the knee joint. This is done by giving local anaesthesia.',
    'हे इंजेक्शन टिश्यू (शरीरातील पेशींचा समूह) पुन्हा तयार होण्यास मदत करते. ते सूज कमी होण्यास आणि सांधा अधिक चांगले काम करण्यासही मदत करते.':
      'This injection helps tissue (a group of cells in the body) to be made again. It also helps swelling to reduce and the joint to work better.',
    'डोनरच्या पेशी तयार करणे': "Preparing the donor's cells",
    'या स्टेम सेल तुमच्याकडून नाही, तर डोनरकडून (स्वतःच्या पेशी देणारी दुसरी व्यक्ती) येतात.':
      'These stem cells come not from you, but from a donor (another person who gives their own cells).',
    'ॲलोजेनिक स्टेम सेल तुमच्याकडून नाही, तर डोनरकडून येतात.': 'Allogenic stem cells come not from you, but from a donor.',
    'त्यांच्यात अँटिबॉडी नाहीत, याची खात्री करण्यासाठी त्यांची काळजीपूर्वक तपासणी (स्क्रीनिंग) केली जाते. यामुळे त्या डोनरशिवाय इतर रुग्णांसाठी वापरण्यास योग्य ठरतात.':
      'To make sure that there are no antibodies in them, they are checked with care (screening). Because of this they prove suitable for use for patients other than the donor.',
    'भारतात त्या आता बाजारात विकत मिळू शकतात.': 'In India they can now be got by buying in the market.',
    'डोनरच्या स्टेम सेल गुडघ्याचा ऑस्टिओआर्थरायटिस (सांधे झिजून होणारा संधिवात) अशा आजारांसाठी वापरल्या जातात. ऑपरेशन न करता कार्टिलेज (सांध्यातील हाडांच्या टोकांवरचा गुळगुळीत थर) दुरुस्त करण्यासाठीही त्या वापरल्या जातात.':
      "The donor's stem cells are used for illnesses such as knee osteoarthritis (arthritis that comes from joints wearing away). They are also used for repairing cartilage (the smooth layer on the ends of the bones in a joint) without an operation.",
    'किती स्टेम सेल लागतात': 'How many stem cells are needed',
    'म्हणजे तुमचे वजन जितके जास्त, तितक्या जास्त पेशी लागतात.': 'That is, the more your weight, the more cells are needed.',
    'ही संख्या डॉक्टरांची चिठ्ठी (प्रिस्क्रिप्शन) नाही. तुमचा डोस (किती पेशी द्यायच्या ते) तुमचे डॉक्टर ठरवतात.':
      "This number is not a doctor's chit (prescription). Your dose (how many cells to give) your doctor decides.",
    'ही सर्वसाधारण माहिती आहे, वैद्यकीय सल्ला नाही. परिणाम वेगवेगळे असू शकतात. स्टेम सेल इंजेक्शन तुमच्या आजारासाठी योग्य आहे की नाही, याबद्दल वैद्यकीय तज्ज्ञांशी बोलणे आवश्यक आहे. प्रत्येक बाबतीत विमा याचा खर्च देईलच, असे नाही.':
      'This is general information, not medical advice. Results can be different. About whether stem cell injection is suitable for your illness or not, talking to medical experts is necessary. It is not so that insurance will surely pay its cost in every case.',
    'Stem Cell Injections (क्लिनिकचा रुग्णांसाठी माहितीचा दस्तऐवज, इंग्रजीत)':
      "Stem Cell Injections (the clinic's information document for patients, in English)",
    'माहितीची आवृत्ती {version}, क्लिनिकच्या माहितीवरून {date} रोजी लिहिलेली (इंग्रजीतून अनुवाद).':
      "Version of the information {version}, written from the clinic's information on {date} (translation from English).",
    'सर्व उघडा': 'Open all',
    'सर्व बंद करा': 'Close all',
    'लिंक कॉपी करा': 'Copy link',
    'लिंक कॉपी करा: “{question}”': 'Copy link: “{question}”',
    'लिंक कॉपी झाली': 'The link got copied',
    'कॉपी करता आली नाही. लिंक अशी आहे: {url}': 'Could not copy. The link is like this: {url}',
    'प्रश्न शोधा': 'Search questions',
    'जुळणारे प्रश्न: {total} पैकी {shown}': 'Matching questions: {shown} out of {total}',
    '“{query}” शी जुळणारा एकही प्रश्न नाही. दुसरा शब्द लिहून पाहा.': 'Not a single question matches “{query}”. Try writing another word.',
    'या पानाची शेवटची पडताळणी: {date}': "This page's last verification: {date}",
    'या पानाची पुढची पडताळणी: {date}': "This page's next verification: {date}",
    'पडताळणी करणारे: {name}': 'Verified by [respectful plural]: {name}',
    'टप्पा {n} ({total} पैकी)': 'Step {n} (out of {total})',
    'पूर्ण झाले': 'Done',
    'तुम्ही इथे आहात': 'You are here',
    'अधिक माहिती पाहा': 'See more information',
    'माहिती लपवा': 'Hide information',
    'अधिक माहिती पाहा: {title}': 'See more information: {title}',
    'माहिती लपवा: {title}': 'Hide information: {title}',
    'सर्व टप्पे उघडा': 'Open all steps',
    'सर्व टप्पे बंद करा': 'Close all steps',
    'किती पेशी लागतात': 'How many cells are needed',
    'महत्त्वाचे: ': 'Important:',
    'तुमचे वजन': 'Your weight',
    'उदाहरणार्थ, ७०': 'For example, 70 [in Devanagari digits]',
    'किलो की पौंड': 'Kilo or pound',
    किलो: 'kilo',
    पौंड: 'pound',
    'हा नियम काय सांगतो ते पाहण्यासाठी तुमचे वजन लिहा.': 'To see what this rule says, write your weight.',
    'या नियमानुसार, {weight} किलो वजनासाठी: कमीत कमी {cells} पेशी. हा तुमच्यासाठी ठरवलेला डोस नाही.':
      'By this rule, for a weight of {weight} kilo: at the least {cells} cells. This is not a dose fixed for you.',
    'या नियमानुसार, {weight} पौंड ({kg} किलो) वजनासाठी: कमीत कमी {cells} पेशी. हा तुमच्यासाठी ठरवलेला डोस नाही.':
      'By this rule, for a weight of {weight} pound ({kg} kilo): at the least {cells} cells. This is not a dose fixed for you.',
    'चूक: ': 'Mistake:',
    'तुमचे वजन लिहा': 'Write your weight',
    'तुमचे वजन अंकांत लिहा, उदाहरणार्थ ७०': 'Write your weight in digits, for example 70',
    'तुमचे वजन फक्त अंकांत लिहा, e हे अक्षर न वापरता, उदाहरणार्थ ७०':
      'Write your weight only in digits, without using the letter e, for example 70',
    'दशांश चिन्ह (.) एकदाच वापरा, उदाहरणार्थ ७०.५': 'Use the decimal mark (.) only once, for example 70.5',
    '० पेक्षा जास्त वजन लिहा': 'Write a weight more than 0',
    'हे कॅल्क्युलेटर प्रौढांसाठी आहे. {min} ते {max} {unit} यामधील वजन लिहा':
      'This calculator is for adults. Write a weight between {min} and {max} {unit}',
  },
  notes: [
    'Terms: the words doctors in Maharashtra use with patients, one per concept (the glossary above), with a plain Marathi gloss in brackets at the first use in each element, because each element can stand alone on a page. The glosses are explanations, not claims; the English has none of them.',
    '“Stem cell” has no gloss: the FAQ’s first answer is its explanation (खास प्रकारच्या पेशी, “cells of a special kind”). पेशी is the everyday Marathi word for a cell (लाल पेशी, पांढऱ्या पेशी on a blood report); in Marathi it does not mean “muscle” (स्नायू).',
    '“Donor” is डोनर, as clinics say it, explained once as स्वतःच्या पेशी देणारी दुसरी व्यक्ती (“another person who gives their own cells”). दाता changes its stem when inflected (दात्याकडून), which makes one term per concept harder to keep.',
    '“Suitable” is योग्य, never सुरक्षित (“safe”). सुरक्षित is only in the safety entry, and there only as साधारणपणे सुरक्षित मानले जाते (“generally considered safe”), with the condition “if given by qualified medical experts”.',
    '“Experimental” is प्रयोगाच्या टप्प्यातील उपचार (“a treatment at the stage of trials”), not प्रायोगिक, which school Marathi uses for “practical” (प्रायोगिक परीक्षा), the same trap the Hindi review found.',
    '“Insurance may not pay for it in all cases” is प्रत्येक बाबतीत विमा … देईलच, असे नाही (“it is not so that insurance will surely pay in every case”), so the negation cannot be read as “in no case”.',
    '“Easier to get” (allogenic cells) is पूर्वीपेक्षा सोपे झाले आहे (“has become easier than before”), and “gets easier to reach” (the outlook) is अधिक सोपे होईल: comparisons, never सहज उपलब्ध (“easily available”).',
    '“Typically … is seen as the bare minimum” is one sentence of 18 words: सहसा (“typically”) … अगदी कमीत कमी (“at the very least”) … लागतात, असे मानले जाते (“are needed, so it is considered”). The calculator’s “at least” is the same कमीत कमी.',
    '“To make sure they are free of antibodies” is याची खात्री करण्यासाठी: खात्री here is “making sure”, not a promise to the patient; the never-list has खात्रीशीर and खात्रीने instead.',
    '“Under local anaesthetic” is स्थानिक भूल देऊन (“by giving local anaesthesia”); भूल is the everyday Marathi word for anaesthesia. Never सुन्न or बधिर (“numb”), which would promise what the patient feels.',
    '“Help it heal” is भरून येण्यास मदत (“help it fill in”, as a wound does), not बरे होणे, which readers take as “be cured”. “Stimulate” is चालना देणे (“give a push to”) throughout.',
    'In the list of what stem cell therapy “can” do, each item ends with करू शकते (“can”): Marathi puts the verb last. Nothing is added.',
    '“The back of the hip bone” is कमरेच्या हाडाचा मागचा भाग. The landmark’s English name stays in brackets in the FAQ, and the steps introduce it as its English name (इंग्रजीत … म्हणतात), so that “spine” is not read as the backbone (पाठीचा कणा).',
    '“Culture medium” is कल्चर मीडियम नावाचे मिश्रण (“a mixture called culture medium”), after कल्चर (शरीराबाहेर पेशी वाढवणे, “growing cells outside the body”). Where one English sentence would carry two glossed terms, the Marathi uses two sentences.',
    'English stays only where a patient meets it at the clinic: adipose tissue, the name of the place on the hip bone, and the abbreviations MSCs and BMSCs (2.5 % of the letters).',
    'Units: किलो and पौंड, in the content as in the calculator. Numbers are written by Intl in Marathi, in Devanagari digits (“२० लाख”, “१४ कोटी”); the UI’s example figures are in Devanagari digits to match (७०, ७०.५), and the calculator also reads weights typed as 70.',
    'UI strings: the page’s review dates name the page and say पडताळणी (“verification”), not तपासणी, which on a medical page reads as the patient’s own check-up; the unit picker is labelled किलो की पौंड (“kilo or pound”); the footer says the content is a translation from English; “{shown} of {total}” reads right for one match or many.',
  ],
  questions: [
    'Are the glosses plain and right: ऑस्टिओआर्थरायटिस (सांधे झिजून होणारा संधिवात), कार्टिलेज (सांध्यातील हाडांच्या टोकांवरचा गुळगुळीत थर), टिश्यू (शरीरातील पेशींचा समूह), बोन मॅरो (हाडांच्या आतील मऊ भाग), कल्चर (शरीराबाहेर पेशी वाढवणे)? “Outside the body” and “arthritis from wear” are definitions the English does not give.',
    'वैद्यकीय तज्ज्ञ (“medical expert”) for “medical professional”: Marathi has no everyday word for “professional”. Is it acceptable, or should it be डॉक्टर?',
    'स्थानिक भूल for “local anaesthetic”: or the लोकल ॲनेस्थेशिया your patients may hear at the clinic?',
    'सूज for “inflammation”: the everyday word, which also means “swelling”. Is it acceptable?',
    'गर्भातील स्टेम सेल (“stem cells in the embryo/foetus”) for “embryonic stem cells”: or the textbook भ्रूणातील?',
    'From the document, for English and every translation alike: donor cells are “suitable for use in any patient” (FAQ) but “in patients other than the donor” (steps); the reason given for screening is “free of antibodies”; and the dose figure is “optimal” and “bare minimum” at once. Is that what the clinic means?',
  ],
};
