/**
 * A literal back-translation of every Telugu string (./*.ts), word for word where Telugu allows, for
 * the review table docs/reviews/te.md (`node scripts/review-tables.mjs te`). Words in square
 * brackets are understood in the Telugu but not written (Telugu often leaves out the subject: "[they]
 * take"). Change a Telugu string and write its back-translation again here: the table marks a string
 * without one. Untyped until the BackTranslation type (src/content/types.ts) reaches main from the
 * language-infrastructure branch; then annotate it `: BackTranslation`.
 */
export const backTranslationTe = {
  lang: 'te',
  texts: {
    'స్టెమ్ సెల్ ఇంజెక్షన్లు అంటే ఏమిటి?': 'Stem cell injections, that is, what?',
    'స్టెమ్ సెల్స్ ప్రత్యేకమైన కణాలు. ఇవి మారి, రకరకాల టిష్యూ (కణాలతో ఏర్పడే శరీర భాగం) అవ్వగలవు.':
      'Stem cells are special cells. These, changing, can become various tissue (a body part formed of cells).',
    'స్టెమ్ సెల్ చికిత్స ఎముకలు, కీళ్లు, కండరాల సమస్యలకు ఒక చికిత్సా పద్ధతి. ఆస్టియో ఆర్థరైటిస్ (కీళ్ల అరుగుదల), దెబ్బతిన్న కార్టిలేజ్ (కీళ్లలో ఎముకల చివర ఉండే నునుపైన పొర) ఈ సమస్యల్లో కొన్ని. ఇది టిష్యూ మళ్లీ పెరగడానికి ఒక మార్గం చూపుతుంది.':
      'Stem cell treatment is a method of treatment for problems of bones, joints, muscles. Osteoarthritis (wearing of the joints), damaged cartilage (the smooth layer at the ends of the bones in the joints) are some of these problems. This shows a way for tissue to grow again.',
    'స్టెమ్ సెల్స్ రెండు ముఖ్యమైన మూలాల నుండి వస్తాయి:': 'Stem cells come from two important sources:',
    'పిండం నుండి వచ్చే స్టెమ్ సెల్స్': 'stem cells that come from an embryo',
    'అడల్ట్ స్టెమ్ సెల్స్ (శరీర భాగాల్లో ఉండే స్టెమ్ సెల్స్), వీటిని క్లినిక్‌లు ఎక్కువగా వాడతాయి':
      'adult stem cells (stem cells that are in the parts of the body); these, clinics use more',
    'బోన్ మ్యారో (ఎముక లోపలి మెత్తని భాగం) నుండి వచ్చే స్టెమ్ సెల్స్‌ను BMSCs అంటారు. ఎముకలు, కీళ్లు, కండరాల సమస్యలకు ఇవి అన్నిటికంటే బాగా పనిచేస్తాయి. ఎందుకంటే ఇవి కార్టిలేజ్, ఎముక, టెండన్ కణాలుగా మారడంలో మెరుగ్గా ఉంటాయి.':
      'Stem cells that come from bone marrow (the soft part inside the bone) are called BMSCs. For problems of bones, joints, muscles these work better than all. Because these are better at changing into cartilage, bone, tendon cells.',
    'ఈ చికిత్స కొత్తది, ఇంకా మారుతూ ఉంది. చాలా కాలంగా నొప్పితో, అరిగిపోయిన టిష్యూతో బాధపడేవారికి ఇది ఆశను ఇస్తుంది.':
      'This treatment is new, [it] is still changing. To those suffering for a long time with pain, with worn-out tissue, this gives hope.',
    'మోకాలి ఆస్టియో ఆర్థరైటిస్, దెబ్బతిన్న కార్టిలేజ్ లాంటి సమస్యలు ఉన్నవారి జీవితం మరింత బాగుండేలా చేయడంలో ఇది చాలా ఉపయోగపడే అవకాశం ఉంది.':
      'In making the life of those who have problems like knee osteoarthritis, damaged cartilage be better, there is a chance that this is of much use.',
    'పరిశోధన కొనసాగుతున్న కొద్దీ, ఈ చికిత్స అందుకోవడం ఇంతకు ముందు కంటే తేలిక అవుతున్న కొద్దీ, ఇది ఎక్కువ మంది వాడే చికిత్స కావచ్చు.':
      'As research continues, as getting this treatment becomes easier than before, this may become a treatment that more people use.',
    'స్టెమ్ సెల్ ఇంజెక్షన్లు ఎలా ఇస్తారు?': 'Stem cell injections, how do [they] give [them]?',
    'ముందుగా స్టెమ్ సెల్స్ సేకరిస్తారు. ఇవి సాధారణంగా మీ బోన్ మ్యారో నుండి గానీ, మీ కొవ్వు నుండి గానీ వస్తాయి. కీళ్ల టిష్యూ, కార్టిలేజ్ మళ్లీ పెరగడానికి బోన్ మ్యారో కణాలు మెరుగైనవని భావిస్తారు. ఎందుకంటే ఇవి వేరే రకాల కణాలుగా మారడంలో చాలా బాగుంటాయి.':
      'First [they] collect stem cells. These usually come either from your bone marrow or from your fat. [They] consider bone marrow cells to be better for joint tissue, cartilage to grow again. Because these are very good at changing into other kinds of cells.',
    'బోన్ మ్యారోను తుంటి ఎముక వెనుక భాగం (posterior superior iliac spine) నుండి బయటకు తీస్తారు. దీన్ని లోకల్ అనస్తీషియా ఇచ్చి చేస్తారు.':
      '[They] take bone marrow out from the back part of the hip bone (posterior superior iliac spine). [They] do this giving local anaesthesia.',
    'బోన్ మ్యారోలో మెసెన్కైమల్ స్టెమ్ సెల్స్ (MSCs) అనే స్టెమ్ సెల్స్ ఉంటాయి. వీటిని ఎర్ర రక్త కణాలు, తెల్ల రక్త కణాలు, ప్లాస్మా నుండి వేరు చేస్తారు. ఇది సెంట్రిఫ్యూగేషన్ (నమూనాను వేగంగా తిప్పడం) ద్వారా గానీ, వడపోత ద్వారా గానీ చేస్తారు.':
      'In bone marrow there are stem cells called mesenchymal stem cells (MSCs). These [they] separate from red blood cells, white blood cells, plasma. This [they] do either through centrifugation (turning the sample fast) or through filtering.',
    'తర్వాత, కల్చర్ (కణాలను పెంచి ఎక్కువ చేయడం) కోసం MSCలను కల్చర్ మీడియం అనే మిశ్రమంలో ఉంచుతారు. అది వాటికి కావాల్సిన పోషకాలను, పెరుగుదలకు సహాయపడే పదార్థాలను ఇస్తుంది. ఇది అవి సంఖ్యలో పెరగడానికి సహాయపడుతుంది.':
      'Then, for culture (growing cells and making [them] more), [they] place the MSCs in a mixture called culture medium. It gives them the nutrients [they] need, substances that help growth. This helps them to grow in number.',
    'ఇంజెక్షన్ పని చేయాలంటే, సాధారణంగా ప్రతి కిలో శరీర బరువుకు స్టెమ్ సెల్స్ కనీసం {cells} ఉండాలని భావిస్తారు.':
      'For the injection to work, usually, for each kilo of body weight, [they] consider that stem cells should be at least {cells}.',
    'తర్వాత పెంచిన కణాలను చికిత్స అవసరమైన చోట ఇంజెక్షన్ ద్వారా ఇస్తారు, ఉదాహరణకు మోకాలి కీలులో. టిష్యూ మరమ్మతును, మళ్లీ పెరగడాన్ని ప్రోత్సహించడమే దీని ఉద్దేశం.':
      'Then [they] give the grown cells by injection at the place that needs treatment, for example in the knee joint. To encourage the repair of tissue, [its] growing again, is its purpose.',
    'స్టెమ్ సెల్ ఇంజెక్షన్లను దేనికి వాడతారు?': 'Stem cell injections, for what do [they] use [them]?',
    'వీటిని ఎక్కువగా ఈ సమస్యలకు వాడతారు:': 'These [they] use mostly for these problems:',
    'మోకాలి ఆస్టియో ఆర్థరైటిస్, ఈ విధంగా ఎక్కువగా చికిత్స చేసే సమస్యల్లో ఇది ఒకటి':
      'knee osteoarthritis; among the problems treated mostly in this way, this is one',
    'కాండ్రల్ డిఫెక్ట్స్, అంటే దెబ్బతిన్న కార్టిలేజ్': 'chondral defects, that is, damaged cartilage',
    'టెండన్లు, లిగమెంట్లు, కార్టిలేజ్, కండరాలకు అయిన ఇతర గాయాల చికిత్సకు కూడా స్టెమ్ సెల్స్‌ను ఉపయోగించవచ్చు.':
      'For the treatment of other injuries that happened to tendons, ligaments, cartilage, muscles also, [one] can use stem cells.',
    'ఈ ఇంజెక్షన్లు దెబ్బతిన్న టిష్యూ మళ్లీ పెరగడానికి, మానడానికి సహాయపడతాయి. శరీరం సహజంగా చేసుకునే మరమ్మతును ప్రోత్సహించి ఇవి ఇలా చేస్తాయి.':
      'These injections help damaged tissue to grow again, to heal. By encouraging the repair the body does for itself naturally, these do so.',
    'ఈ చికిత్సకు ఖర్చు ఎక్కువ కావచ్చు, ఇది దొరకడం కష్టం కావచ్చు. ముఖ్యంగా భారతదేశం లాంటి చోట్ల ఇలా ఉంటుంది. భారతదేశంలో ఇది ఇంకా అమ్మకానికి అందుబాటులోకి వస్తూ ఉంది.':
      'For this treatment the cost may be high, getting it may be difficult. Especially in places like India it is like this. In India this is still coming into availability for sale.',
    'ఇంజెక్షన్ల కోసం స్టెమ్ సెల్స్‌ను ఎలా సేకరిస్తారు?': 'For injections, how do [they] collect stem cells?',
    'స్టెమ్ సెల్స్‌ను సాధారణంగా మీ బోన్ మ్యారో నుండి గానీ, కొవ్వు నుండి గానీ తీస్తారు:': 'Stem cells [they] usually take either from your bone marrow or from fat:',
    'బోన్ మ్యారోను తుంటి ఎముక వెనుక భాగం (posterior superior iliac spine) నుండి బయటకు తీస్తారు':
      'bone marrow [they] take out from the back part of the hip bone (posterior superior iliac spine)',
    'కొవ్వును శరీరంలో కొవ్వు నిల్వ ఉండే చోట్ల నుండి తీస్తారు': 'fat [they] take from the places in the body where fat is stored',
    'తర్వాత స్టెమ్ సెల్స్‌ను నమూనాలోని మిగతా భాగాల నుండి వేరు చేస్తారు. ఇది సెంట్రిఫ్యూగేషన్ ద్వారా గానీ, వడపోత ద్వారా గానీ చేస్తారు.':
      'Then [they] separate the stem cells from the other parts in the sample. This [they] do either through centrifugation or through filtering.',
    'తర్వాత కణాలు బాగా ఎక్కువయ్యేలా వాటిని కల్చర్ చేస్తారు.': 'Then, so that the cells become many, [they] culture them.',
    'ఈ ప్రక్రియలో ఏం జరుగుతుంది?': 'In this procedure what happens?',
    'స్టెమ్ సెల్స్‌ను మీ బోన్ మ్యారో నుండి గానీ, మీ కొవ్వు టిష్యూ నుండి గానీ తీస్తారు.':
      'Stem cells [they] take either from your bone marrow or from your fat tissue.',
    'కణాలు ఎక్కువయ్యేలా వాటిని కల్చర్ చేస్తారు.': 'So that cells become more, [they] culture them.',
    'తర్వాత వాటిని దెబ్బతిన్న చోట గానీ, ఆర్థరైటిస్ ఉన్న చోట గానీ ఇంజెక్షన్ ద్వారా ఇస్తారు, ఉదాహరణకు మోకాలి కీలులో. దీన్ని లోకల్ అనస్తీషియా ఇచ్చి చేస్తారు.':
      'Then [they] give them by injection either at the damaged place or at the place where there is arthritis, for example in the knee joint. [They] do this giving local anaesthesia.',
    'ఈ ఇంజెక్షన్లు టిష్యూ మళ్లీ పెరగడానికి, వాపు తగ్గడానికి, కీలు మెరుగ్గా పనిచేయడానికి సహాయపడతాయి.':
      'These injections help tissue to grow again, swelling to reduce, the joint to work better.',
    'ఆస్టియో ఆర్థరైటిస్‌కు స్టెమ్ సెల్ ఇంజెక్షన్లు పనిచేస్తాయా?': 'For osteoarthritis, do stem cell injections work?',
    'మోకాలి ఆస్టియో ఆర్థరైటిస్‌లో ఫలితాలు ఆశాజనకంగా ఉన్నాయి. దెబ్బతిన్న కార్టిలేజ్‌ను మళ్లీ పెంచడం ద్వారా, టిష్యూ మరమ్మతును ప్రోత్సహించడం ద్వారా, స్టెమ్ సెల్ చికిత్స:':
      'In knee osteoarthritis the results are promising. Through growing damaged cartilage again, through encouraging the repair of tissue, stem cell treatment:',
    'నొప్పిని తగ్గించగలదు': 'can reduce pain',
    'మీరు మరింత తేలికగా కదలడానికి సహాయపడగలదు': 'can help you to move more easily',
    'ఆస్టియో ఆర్థరైటిస్ పెరగడాన్ని నెమ్మది చేయగలదు': 'can make the growing of osteoarthritis slow',
    'కానీ ఫలితాలు అందరికీ ఒకేలా ఉండకపోవచ్చు. స్టెమ్ సెల్ ఇంజెక్షన్లు మీ సమస్యకు తగినవో కాదో తెలుసుకోవడానికి, వైద్య నిపుణులతో మాట్లాడటం తప్పనిసరి.':
      'But the results may not be the same for everyone. To find out whether stem cell injections are suitable for your problem or not, talking with medical experts is a must.',
    'అలోజెనిక్ స్టెమ్ సెల్స్ అంటే ఏమిటి?': 'Allogenic stem cells, that is, what?',
    'అలోజెనిక్ స్టెమ్ సెల్స్ దాత నుండి వస్తాయి, మీ నుండి కాదు.': 'Allogenic stem cells come from a donor, not from you.',
    'వీటిలో యాంటీబాడీలు లేవని నిర్ధారించుకోవడానికి వీటిని జాగ్రత్తగా పరీక్షిస్తారు. దీని వల్ల ఇవి ఏ రోగికైనా వాడటానికి తగినవి అవుతాయి.':
      'To make sure that in these there are no antibodies, [they] test these carefully. Because of this these become suitable to use for any patient.',
    'మోకాలి ఆస్టియో ఆర్థరైటిస్, దెబ్బతిన్న కార్టిలేజ్ లాంటి సమస్యల చికిత్స కోసం భారతదేశంలో ఇప్పుడు అలోజెనిక్ స్టెమ్ సెల్స్‌ను కొనవచ్చు. వీటి వాడకం వల్ల, ఎక్కువ చికిత్సలు అందుకోవడం ఇంతకు ముందు కంటే తేలిక అయింది. ముఖ్యంగా మోకాలి ఆస్టియో ఆర్థరైటిస్‌కు, ఆపరేషన్ లేకుండా కార్టిలేజ్ మరమ్మతుకు ఇది వర్తిస్తుంది.':
      'For the treatment of problems like knee osteoarthritis, damaged cartilage, in India now [one] can buy allogenic stem cells. Because of their use, getting more treatments has become easier than before. Especially for knee osteoarthritis, for cartilage repair without an operation, this applies.',
    'స్టెమ్ సెల్ ఇంజెక్షన్లు ఇన్సూరెన్స్‌లో కవర్ అవుతాయా?': 'Are stem cell injections covered in insurance?',
    'స్టెమ్ సెల్ చికిత్సను తరచుగా ప్రయోగ దశలో ఉన్న చికిత్సగా భావిస్తారు. కొన్ని సందర్భాల్లో ఇన్సూరెన్స్ దీని ఖర్చు చెల్లించకపోవచ్చు.':
      'Stem cell treatment [they] often consider a treatment that is in the experimental stage. In some cases insurance may not pay its cost.',
    'మీకు కవర్ వస్తుందా లేదా అనేది ఎక్కువగా వీటిపై ఆధారపడి ఉంటుంది:': 'Whether you get cover or not depends mostly on these:',
    'మీ ఇన్సూరెన్స్ కంపెనీ': 'your insurance company',
    'ఏ సమస్యకు చికిత్స చేస్తున్నారు': 'for which problem [they] are giving treatment',
    'ఆ చికిత్స వైద్యపరంగా అవసరమని భావిస్తారా లేదా': 'whether [they] consider that treatment medically necessary or not',
    'మీ కవర్‌లో ఏమేమి ఉన్నాయో తెలుసుకోవడానికి, మీ ఇన్సూరెన్స్ కంపెనీని అడగడం ముఖ్యం.':
      'To find out what all is in your cover, asking your insurance company is important.',
    'స్టెమ్ సెల్ ఇంజెక్షన్లు సురక్షితమైనవా?': 'Are stem cell injections safe ones?',
    'అర్హత ఉన్న వైద్య నిపుణులు ఇచ్చినప్పుడు, వీటిని సాధారణంగా సురక్షితమైనవిగా భావిస్తారు.':
      'When qualified medical experts give [them], [they] usually consider these safe.',
    'కానీ ఏ వైద్య ప్రక్రియలో లాగానే, వీటిలోనూ ప్రమాదాలు ఉన్నాయి, ఉదాహరణకు:': 'But as in any medical procedure, in these too there are risks, for example:',
    ఇన్ఫెక్షన్: 'infection',
    రక్తస్రావం: 'bleeding',
    'ఇంజెక్షన్ వల్ల చెడు రియాక్షన్': 'a bad reaction because of the injection',
    'ఈ ప్రక్రియను కఠినమైన వైద్య పర్యవేక్షణలో, సరైన సూచనలతో చేయించుకోవడం చాలా ముఖ్యం.':
      'Having this procedure done under strict medical supervision, with proper instructions, is very important.',
    'మీ స్టెమ్ సెల్స్ సేకరించడం': 'Collecting your stem cells',
    'లోకల్ అనస్తీషియా ఇచ్చి, మీ తుంటి ఎముక వెనుక భాగం నుండి బోన్ మ్యారో (ఎముక లోపలి మెత్తని భాగం) తీస్తారు.':
      'Giving local anaesthesia, [they] take bone marrow (the soft part inside the bone) from the back part of your hip bone.',
    'మీ తుంటి ఎముక వెనుక భాగం నుండి బోన్ మ్యారోను బయటకు తీస్తారు. ఎముకలోని ఈ భాగాన్ని ఇంగ్లీషులో posterior superior iliac spine అంటారు.':
      '[They] take bone marrow out from the back part of your hip bone. This part of the bone [they] call in English posterior superior iliac spine.',
    'దీన్ని లోకల్ అనస్తీషియా ఇచ్చి చేస్తారు.': '[They] do this giving local anaesthesia.',
    'కీళ్ల టిష్యూ (కణాలతో ఏర్పడే శరీర భాగం) మళ్లీ పెరగడానికి బోన్ మ్యారో స్టెమ్ సెల్స్ మెరుగైనవని భావిస్తారు. కార్టిలేజ్ (కీళ్లలో ఎముకల చివర ఉండే నునుపైన పొర) మళ్లీ పెరగడానికి కూడా ఇవి మెరుగైనవని భావిస్తారు. ఎందుకంటే ఇవి వేరే రకాల కణాలుగా మారడంలో చాలా బాగుంటాయి.':
      '[They] consider bone marrow stem cells to be better for joint tissue (a body part formed of cells) to grow again. [They] consider these to be better also for cartilage (the smooth layer at the ends of the bones in the joints) to grow again. Because these are very good at changing into other kinds of cells.',
    'స్టెమ్ సెల్స్‌ను వేరు చేయడం': 'Separating stem cells',
    'స్టెమ్ సెల్స్‌ను నమూనాలోని మిగతా భాగాల నుండి వేరు చేస్తారు.': '[They] separate the stem cells from the other parts in the sample.',
    'బోన్ మ్యారోలో మెసెన్కైమల్ స్టెమ్ సెల్స్ (MSCs) అనే స్టెమ్ సెల్స్ ఉంటాయి.': 'In bone marrow there are stem cells called mesenchymal stem cells (MSCs).',
    'వీటిని ఎర్ర రక్త కణాలు, తెల్ల రక్త కణాలు, ప్లాస్మా నుండి వేరు చేస్తారు. ఇది సెంట్రిఫ్యూగేషన్ (నమూనాను వేగంగా తిప్పడం) ద్వారా గానీ, వడపోత ద్వారా గానీ చేస్తారు.':
      'These [they] separate from red blood cells, white blood cells, plasma. This [they] do either through centrifugation (turning the sample fast) or through filtering.',
    'కణాలను పెంచడం': 'Growing cells',
    'స్టెమ్ సెల్స్ సంఖ్య ఎక్కువయ్యేలా వాటిని పెంచుతారు.': 'So that the number of stem cells becomes more, [they] grow them.',
    'కల్చర్ (కణాలను పెంచి ఎక్కువ చేయడం) కోసం MSCలను కల్చర్ మీడియం అనే మిశ్రమంలో ఉంచుతారు. అది వాటికి కావాల్సిన పోషకాలను, పెరుగుదలకు సహాయపడే పదార్థాలను ఇస్తుంది. ఇది అవి సంఖ్యలో పెరగడానికి సహాయపడుతుంది.':
      'For culture (growing cells and making [them] more), [they] place the MSCs in a mixture called culture medium. It gives them the nutrients [they] need, substances that help growth. This helps them to grow in number.',
    'ఇంజెక్షన్ ఇవ్వడం': 'Giving the injection',
    'కణాలను చికిత్స అవసరమైన చోట ఇంజెక్షన్ ద్వారా ఇస్తారు, ఉదాహరణకు మీ మోకాలిలో.':
      '[They] give the cells by injection at the place that needs treatment, for example in your knee.',
    'పెంచిన కణాలను చికిత్స అవసరమైన చోట ఇంజెక్షన్ ద్వారా ఇస్తారు, ఉదాహరణకు మోకాలి కీలులో. దీన్ని లోకల్ అనస్తీషియా ఇచ్చి చేస్తారు.':
      '[They] give the grown cells by injection at the place that needs treatment, for example in the knee joint. [They] do this giving local anaesthesia.',
    'టిష్యూ మరమ్మతును, మళ్లీ పెరగడాన్ని ప్రోత్సహించడమే దీని ఉద్దేశం.': 'To encourage the repair of tissue, [its] growing again, is its purpose.',
    'స్టెమ్ సెల్స్‌ను మీ కొవ్వు నుండి తీస్తారు.': 'Stem cells [they] take from your fat.',
    'శరీరంలో కొవ్వు నిల్వ ఉండే ఒక చోటు నుండి కొవ్వును తీస్తారు.': 'From a place in the body where fat is stored [they] take fat.',
    'వీటిని నమూనాలోని మిగతా భాగాల నుండి వేరు చేస్తారు. ఇది సెంట్రిఫ్యూగేషన్ (నమూనాను వేగంగా తిప్పడం) ద్వారా గానీ, వడపోత ద్వారా గానీ చేస్తారు.':
      'These [they] separate from the other parts in the sample. This [they] do either through centrifugation (turning the sample fast) or through filtering.',
    'అవి బాగా పెరిగేలా వాటిని కల్చర్ (కణాలను పెంచి ఎక్కువ చేయడం) చేస్తారు.':
      'So that they grow well, [they] culture (growing cells and making [them] more) them.',
    'కణాలను దెబ్బతిన్న చోట గానీ, ఆర్థరైటిస్ ఉన్న చోట గానీ ఇంజెక్షన్ ద్వారా ఇస్తారు, ఉదాహరణకు మోకాలి కీలులో. దీన్ని లోకల్ అనస్తీషియా ఇచ్చి చేస్తారు.':
      '[They] give the cells by injection either at the damaged place or at the place where there is arthritis, for example in the knee joint. [They] do this giving local anaesthesia.',
    'ఈ ఇంజెక్షన్లు టిష్యూ (కణాలతో ఏర్పడే శరీర భాగం) మళ్లీ పెరగడానికి, వాపు తగ్గడానికి, కీలు మెరుగ్గా పనిచేయడానికి సహాయపడతాయి.':
      'These injections help tissue (a body part formed of cells) to grow again, swelling to reduce, the joint to work better.',
    'దాత ఇచ్చిన కణాలను సిద్ధం చేయడం': 'Preparing the cells a donor gave',
    'స్టెమ్ సెల్స్ దాత నుండి వస్తాయి, మీ నుండి కాదు.': 'Stem cells come from a donor, not from you.',
    'వీటిలో యాంటీబాడీలు లేవని నిర్ధారించుకోవడానికి వీటిని జాగ్రత్తగా పరీక్షిస్తారు. దీని వల్ల ఇవి దాత కాకుండా వేరే రోగులకు వాడటానికి తగినవి అవుతాయి.':
      'To make sure that in these there are no antibodies, [they] test these carefully. Because of this these become suitable to use for patients other than the donor.',
    'భారతదేశంలో ఇప్పుడు వీటిని కొనవచ్చు.': 'In India now [one] can buy these.',
    'దాత ఇచ్చిన స్టెమ్ సెల్స్‌ను మోకాలి ఆస్టియో ఆర్థరైటిస్ (కీళ్ల అరుగుదల) లాంటి సమస్యలకు వాడతారు. ఆపరేషన్ లేకుండా కార్టిలేజ్ (కీళ్లలో ఎముకల చివర ఉండే నునుపైన పొర) మరమ్మతుకు కూడా వాడతారు.':
      'Stem cells that a donor gave [they] use for problems like knee osteoarthritis (wearing of the joints). [They] use [them] also for cartilage (the smooth layer at the ends of the bones in the joints) repair without an operation.',
    'ఎన్ని స్టెమ్ సెల్స్ అవసరం': 'How many stem cells [are] needed',
    'అంటే మీ బరువు ఎంత ఎక్కువైతే, అన్ని ఎక్కువ కణాలు అవసరం.': 'That is, however much more your weight is, that much more cells [are] needed.',
    'ఈ సంఖ్య ప్రిస్క్రిప్షన్ కాదు. మీ డోస్ (మీకు ఎన్ని కణాలు ఇవ్వాలో) మీ డాక్టర్ నిర్ణయిస్తారు.':
      'This number is not a prescription. Your dose (how many cells to give you) your doctor decides.',
    'ఇది సాధారణ సమాచారం, వైద్య సలహా కాదు. ఫలితాలు అందరికీ ఒకేలా ఉండకపోవచ్చు. స్టెమ్ సెల్ ఇంజెక్షన్లు మీ సమస్యకు తగినవో కాదో అనే దాని గురించి వైద్య నిపుణులతో మాట్లాడటం తప్పనిసరి. కొన్ని సందర్భాల్లో ఇన్సూరెన్స్ వీటి ఖర్చు చెల్లించకపోవచ్చు.':
      'This is general information, not medical advice. Results may not be the same for everyone. About whether stem cell injections are suitable for your problem or not, talking with medical experts is a must. In some cases insurance may not pay their cost.',
    'Stem Cell Injections (రోగుల కోసం క్లినిక్ ఇంగ్లీషులో రాసిన సమాచార పత్రం)':
      'Stem Cell Injections (the information document the clinic wrote in English for patients)',
    'సమాచారం వెర్షన్ {version}. క్లినిక్ సమాచారం ఆధారంగా రాసిన తేదీ: {date}.':
      'Information version {version}. Date written on the basis of the clinic’s information: {date}.',
    'అన్నీ తెరవండి': 'Open all',
    'అన్నీ మూసివేయండి': 'Close all',
    'లింక్ కాపీ చేయండి': 'Copy link',
    'లింక్ కాపీ చేయండి: “{question}”': 'Copy link: “{question}”',
    'లింక్ కాపీ అయింది': 'Link got copied',
    'కాపీ కాలేదు. లింక్ ఇది: {url}': 'Copy did not happen. The link is this: {url}',
    'ప్రశ్నలు వెతకండి': 'Search questions',
    'మొత్తం {total} ప్రశ్నలు, సరిపోయినవి {shown}': 'In total {total} questions, matching ones {shown}',
    '“{query}”కు సరిపోయే ప్రశ్నలు లేవు. వేరే మాట రాసి చూడండి.': 'For “{query}” there are no matching questions. Write another word and see.',
    'ఈ పేజీని చివరిసారి సరిచూసిన తేదీ: {date}': 'Date this page was last checked: {date}',
    'ఈ పేజీని మళ్లీ సరిచూడాల్సిన తేదీ: {date}': 'Date this page must be checked again: {date}',
    'ఈ పేజీని సరిచూసినవారు: {name}': 'The one(s) who checked this page: {name}',
    'దశ {n} (మొత్తం {total} దశలు)': 'Step {n} ({total} steps in total)',
    పూర్తయింది: 'It is complete',
    'మీరు ఇక్కడ ఉన్నారు': 'You are here',
    'వివరాలు చూపించండి': 'Show details',
    'వివరాలు దాచండి': 'Hide details',
    'వివరాలు చూపించండి: {title}': 'Show details: {title}',
    'వివరాలు దాచండి: {title}': 'Hide details: {title}',
    'అన్ని దశలూ తెరవండి': 'Open all the steps',
    'అన్ని దశలూ మూసివేయండి': 'Close all the steps',
    'ఎన్ని కణాలు అవసరం': 'How many cells [are] needed',
    'ముఖ్యం: ': 'Important: ',
    'మీ బరువు': 'Your weight',
    'ఉదాహరణకు, 70': 'For example, 70',
    'కిలోలు లేదా పౌండ్లు': 'Kilos or pounds',
    కిలోలు: 'kilos',
    పౌండ్లు: 'pounds',
    'ఈ నియమం ప్రకారం ఎంత వస్తుందో చూడటానికి మీ బరువు రాయండి.': 'To see how much comes by this rule, write your weight.',
    'ఈ నియమం ప్రకారం, {weight} కిలోల బరువుకు కావాల్సిన కణాలు: కనీసం {cells}. ఇది మీ కోసం నిర్ణయించిన డోస్ కాదు.':
      'By this rule, cells needed for a weight of {weight} kilos: at least {cells}. This is not a dose decided for you.',
    'ఈ నియమం ప్రకారం, {weight} పౌండ్ల ({kg} కిలోల) బరువుకు కావాల్సిన కణాలు: కనీసం {cells}. ఇది మీ కోసం నిర్ణయించిన డోస్ కాదు.':
      'By this rule, cells needed for a weight of {weight} pounds ({kg} kilos): at least {cells}. This is not a dose decided for you.',
    'పొరపాటు: ': 'Mistake: ',
    'మీ బరువు రాయండి': 'Write your weight',
    'మీ బరువును అంకెల్లో రాయండి, ఉదాహరణకు 70': 'Write your weight in digits, for example 70',
    'మీ బరువును e అక్షరం లేకుండా, అంకెల్లో మాత్రమే రాయండి, ఉదాహరణకు 70': 'Write your weight without the letter e, only in digits, for example 70',
    'దశాంశ బిందువు (.) ఒక్కసారి మాత్రమే పెట్టండి, ఉదాహరణకు 70.5': 'Put the decimal point (.) only once, for example 70.5',
    '0 కంటే ఎక్కువ బరువు రాయండి': 'Write a weight more than 0',
    'ఈ కాలిక్యులేటర్ పెద్దల కోసం. మీరు రాసే బరువు {min} నుండి {max} {unit} ఉండాలి':
      'This calculator is for adults. The weight you write must be from {min} to {max} {unit}',
  },
  notes: [
    'Register: the words doctors in Andhra Pradesh and Telangana use with patients. Loanwords where patients use them (స్టెమ్ సెల్, ఇంజెక్షన్, బోన్ మ్యారో, కార్టిలేజ్, టిష్యూ, ఇన్సూరెన్స్, లోకల్ అనస్తీషియా, ఆపరేషన్), not the textbook words (మూల కణం, ఎముక మజ్జ, మృదులాస్థి, కణజాలం, బీమా, శస్త్రచికిత్స). Cells in general are కణాలు, the everyday word (ఎర్ర రక్త కణాలు, "red blood cells").',
    'Glosses: each glossed term is explained in brackets once, at its first use in the text of each element (the FAQ as a whole, each source’s steps, the dose note), and bare afterwards; a step list can stand alone on a page, so it has its own glosses.',
    'English in brackets only where the clinic will say it: MSCs, BMSCs and the hip-bone landmark (posterior superior iliac spine, written in Latin letters: spelt in Telugu letters, “…స్పైన్” would suggest the spine, వెన్నెముక). The English content’s “(aspirated)”, “(screened)”, “(adipose tissue)”, “(musculoskeletal disorders)”, “(chronic pain and degeneration)”, “(commercially available)” and “(filtration)” are left out: the Telugu words around them say it.',
    'Hedges at the English strength: “may” is the ending -వచ్చు, “can” -గలదు/-గలవు, “typically/usually/generally” సాధారణంగా, “is considered/seen as/thought” భావిస్తారు, “bare minimum/at least” కనీసం, “often” తరచుగా, “promising” ఆశాజనకంగా, “suitable” తగినవి (never సురక్షితం, “safe”, which appears only in the safety entry, with సాధారణంగా … భావిస్తారు). “Could do a lot” is చాలా ఉపయోగపడే అవకాశం ఉంది (“there is a chance it is of much use”). “Easier to get” keeps its comparison: ఇంతకు ముందు కంటే … తేలిక అయింది (“has become easier than before”).',
    '“Heal” is మానడం (as a wound heals), never నయం (“cure”). “Experimental” is ప్రయోగ దశలో ఉన్న (“at the experimental stage”). “Essential” తప్పనిసరి, “crucial” చాలా ముఖ్యం, “important” ముఖ్యం.',
    '“Insurance may not pay for it in all cases” is “in some cases insurance may not pay its cost” (కొన్ని సందర్భాల్లో … చెల్లించకపోవచ్చు): the same claim, without the doubt a Telugu “in all cases … may not” leaves about the scope of the “not”.',
    'The dose figure: Intl writes 2,000,000 in Telugu as “2 మిలియన్లు” (Node, Chromium and Firefox; not లక్షలు). A Telugu number word before a noun takes an ending (మిలియన్ల, లక్షల) that Intl does not write, so {cells} ends its phrase: “…స్టెమ్ సెల్స్ కనీసం {cells} ఉండాలని భావిస్తారు” and “…కావాల్సిన కణాలు: కనీసం {cells}”. It reads right with millions, lakhs or plain digits. The unit is కిలో (కిలోలు, కిలోల) in the content and the calculator alike, with no Latin “(kg)”.',
    'Long English sentences that carried a list of examples and two glosses are split (FAQ 1 answer 2; the bone-marrow harvest step; the donor-cell injection step): the facts are the same, each Telugu sentence is short.',
    'UI strings: a button’s visible label comes first in its accessible name (“వివరాలు చూపించండి: {title}”). The review dates name the page (ఈ పేజీని …), so they are not read as the patient’s own check-up. The search count is written so it is right for one question or many (“మొత్తం {total} ప్రశ్నలు, సరిపోయినవి {shown}”). The unit picker is labelled “కిలోలు లేదా పౌండ్లు”, plainer than a word for “unit”.',
    'Telugu writes a zero-width non-joiner between an English loanword ending in a consonant and a Telugu ending (స్టెమ్ సెల్స్‌ను), as Telugu keyboards and newspapers do; search should ignore it.',
  ],
  questions: [
    'Do the glosses say what you would tell a patient? బోన్ మ్యారో (ఎముక లోపలి మెత్తని భాగం, “the soft part inside the bone”), ఆస్టియో ఆర్థరైటిస్ (కీళ్ల అరుగుదల, “wearing of the joints”), కార్టిలేజ్ (కీళ్లలో ఎముకల చివర ఉండే నునుపైన పొర, “the smooth layer at the ends of the bones in the joints”), టిష్యూ (కణాలతో ఏర్పడే శరీర భాగం), కల్చర్, సెంట్రిఫ్యూగేషన్, డోస్.',
    '“Adult stem cells” is kept as అడల్ట్ స్టెమ్ సెల్స్ with the gloss “stem cells that are in the parts of the body”: “of adults” (పెద్దల) would be wrong. Is the gloss right, or would you rather leave it out?',
    'Would your patients recognise బోన్ మ్యారో, or is ఎముక మజ్జ (the newspaper word) better as the main term? The same for టిష్యూ against కణజాలం.',
    'Intl writes the figure as “2 మిలియన్లు” and “140 మిలియన్లు”. Would your patients understand “20 లక్షలు” and “14 కోట్లు” better? (That is a change to how numbers are written for Telugu, not to the wording here; the sentences read right either way.)',
    'From the English and the clinic’s document, for both languages: “suitable for use in any patient” (FAQ) against “patients other than the donor” (steps); “they work best” names no comparison; the figure is “typically … the bare minimum”. Please confirm these are what the clinic means.',
  ],
};
