/**
 * A literal back-translation of every Tamil string (./*.ts), word for word where Tamil allows, for
 * the review table docs/reviews/ta.md (`node scripts/review-tables.mjs ta`). Words in square
 * brackets are understood in the Tamil but not written (Tamil often leaves out the subject: "[they]
 * take"). Change a Tamil string and write its back-translation again here: the table marks a string
 * without one. Untyped until the BackTranslation type (src/content/types.ts) reaches main from the
 * language-infrastructure branch; then annotate it `: BackTranslation`.
 */
export const backTranslationTa = {
  lang: 'ta',
  texts: {
    'ஸ்டெம் செல் ஊசிகள் என்றால் என்ன?': 'Stem cell injections, if [one] says [that], what?',
    'ஸ்டெம் செல்கள் சிறப்பு வகை செல்கள். அவை மாறி, பல வகையான திசு (செல்களால் ஆன உடல் பகுதி) ஆக முடியும்.':
      'Stem cells are special-kind cells. They, changing, can become many kinds of tissue (a body part made of cells).',
    'ஸ்டெம் செல் சிகிச்சை, எலும்பு, மூட்டு, தசை பிரச்சினைகளுக்கான ஒரு சிகிச்சை முறை. ஆஸ்டியோஆர்த்ரைடிஸ் (மூட்டுத் தேய்மானம்), சேதமடைந்த குருத்தெலும்பு (மூட்டில் எலும்புகளின் முனையில் உள்ள வழுவழுப்பான அடுக்கு) ஆகியவை இவற்றில் அடங்கும். இது திசு மீண்டும் வளர ஒரு வழியைத் தருகிறது.':
      'Stem cell treatment is a treatment method for bone, joint, muscle problems. Osteoarthritis (wear of the joint), damaged cartilage (the smooth layer at the end of the bones in the joint) are included among these. This gives a way for tissue to grow again.',
    'ஸ்டெம் செல்கள் இரண்டு முக்கிய மூலங்களிலிருந்து வருகின்றன:': 'Stem cells come from two main sources:',
    'கருவிலிருந்து வரும் ஸ்டெம் செல்கள்': 'stem cells that come from the embryo',
    'அடல்ட் ஸ்டெம் செல்கள் (உடலின் பாகங்களில் இருக்கும் ஸ்டெம் செல்கள்); கிளினிக்குகள் இவற்றை அதிகம் பயன்படுத்துகின்றன':
      'adult stem cells (stem cells that are in the parts of the body); clinics use these more',
    'எலும்பு மஜ்ஜை (எலும்பின் உள்ளே இருக்கும் மென்மையான பகுதி) தரும் ஸ்டெம் செல்களை BMSCs என்பார்கள். எலும்பு, மூட்டு, தசை பிரச்சினைகளுக்கு இவை மிகச் சிறப்பாகச் செயல்படுகின்றன. ஏனென்றால், குருத்தெலும்பு, எலும்பு, டெண்டன் செல்களாக மாறுவதில் இவை அதிகத் திறன் கொண்டவை.':
      'Stem cells that bone marrow (the soft part that is inside the bone) gives, [they] call BMSCs. For bone, joint, muscle problems these work very well. Because these have more ability in changing into cartilage, bone, tendon cells.',
    'இந்தச் சிகிச்சை புதியது, இன்னும் மாறிக்கொண்டே இருக்கிறது. நீண்ட காலமாக வலியுடனும், தேய்ந்த திசுவுடனும் வாழ்பவர்களுக்கு இது நம்பிக்கை தருகிறது.':
      'This treatment is new, [it] is still changing. To those living for a long time with pain and with worn tissue, this gives hope.',
    'முழங்கால் ஆஸ்டியோஆர்த்ரைடிஸ், சேதமடைந்த குருத்தெலும்பு போன்ற பிரச்சினைகள் உள்ளவர்களின் வாழ்க்கைத் தரத்தை மேம்படுத்த இது பெரிதும் உதவக்கூடும்.':
      'This may greatly help to improve the quality of life of those who have problems like knee osteoarthritis, damaged cartilage.',
    'ஆராய்ச்சி தொடர்ந்து, இந்தச் சிகிச்சையைப் பெறுவது இன்னும் எளிதாகும்போது, இது அதிகம் பேர் பயன்படுத்தும் சிகிச்சையாக மாறலாம்.':
      'As research continues and as getting this treatment becomes easier, this may change into a treatment that more people use.',
    'ஸ்டெம் செல் ஊசிகள் எப்படிப் போடப்படுகின்றன?': 'Stem cell injections, how are [they] given?',
    'முதலில் ஸ்டெம் செல்கள் சேகரிக்கப்படுகின்றன. அவை பொதுவாக உங்கள் எலும்பு மஜ்ஜையிலிருந்தோ, உடலின் கொழுப்புப் பகுதியிலிருந்தோ எடுக்கப்படுகின்றன. மூட்டு, குருத்தெலும்பு திசுக்கள் மீண்டும் வளர, எலும்பு மஜ்ஜை செல்கள் கொழுப்பிலிருந்து வரும் செல்களை விடச் சிறந்தவை என்று கருதப்படுகிறது. ஏனென்றால், அவை மற்ற வகை செல்களாக மாறுவதில் மிகவும் திறன் கொண்டவை.':
      'First stem cells are collected. They are usually taken from your bone marrow or from the fat part of the body. For joint, cartilage tissues to grow again, it is considered that bone marrow cells are better than the cells that come from fat. Because they have much ability in changing into other kinds of cells.',
    'எலும்பு மஜ்ஜை, இடுப்பு எலும்பின் பின்பகுதியிலிருந்து (posterior superior iliac spine) வெளியே எடுக்கப்படுகிறது. இது லோக்கல் அனஸ்தீசியா கொடுத்துச் செய்யப்படுகிறது.':
      'Bone marrow is taken out from the back part of the hip bone (posterior superior iliac spine). This is done by giving local anaesthesia.',
    'எலும்பு மஜ்ஜையில் மெசன்கைமல் ஸ்டெம் செல்கள் (MSCs) என்ற ஸ்டெம் செல்கள் உள்ளன. அவை சிவப்பு ரத்த அணுக்கள், வெள்ளை ரத்த அணுக்கள், பிளாஸ்மா ஆகியவற்றிலிருந்து பிரிக்கப்படுகின்றன. இது சென்ட்ரிஃபியூகேஷன் (மாதிரியை வேகமாகச் சுழற்றுவது) மூலமோ, வடிகட்டுதல் மூலமோ செய்யப்படுகிறது.':
      'In bone marrow there are stem cells called mesenchymal stem cells (MSCs). They are separated from red blood cells, white blood cells, plasma. This is done by centrifugation (spinning the sample fast) or by filtering.',
    'பிறகு, கல்ச்சர் (செல்களை வளர்த்துப் பெருக்குவது) செய்ய, MSC-கள் கல்ச்சர் மீடியம் என்ற கலவையில் வைக்கப்படுகின்றன. அது அவற்றுக்குத் தேவையான சத்துகளையும், வளர்ச்சிக்கு உதவும் பொருட்களையும் தருகிறது. இது அவை எண்ணிக்கையில் பெருக உதவுகிறது.':
      'Then, to do culture (growing the cells and multiplying [them]), the MSCs are placed in a mixture called culture medium. It gives them the nutrients they need and substances that help growth. This helps them to multiply in number.',
    'ஊசி பலன் தர, பொதுவாக ஒவ்வொரு கிலோ உடல் எடைக்கும் குறைந்தது {cells} ஸ்டெம் செல்கள் தேவை என்று கருதப்படுகிறது.':
      'For the injection to give benefit, usually for each kilo of body weight at least {cells} stem cells are considered needed.',
    'பிறகு, வளர்க்கப்பட்ட செல்கள் சிகிச்சை தேவைப்படும் இடத்தில் ஊசி மூலம் செலுத்தப்படுகின்றன, உதாரணமாக முழங்கால் மூட்டில். திசு சீரமைப்பையும், அது மீண்டும் வளர்வதையும் தூண்டுவதே இதன் நோக்கம்.':
      'Then the grown cells are delivered by injection at the place that needs treatment, for example in the knee joint. Its aim is to stimulate tissue repair and its growing again.',
    'ஸ்டெம் செல் ஊசிகள் எதற்குப் பயன்படுத்தப்படுகின்றன?': 'Stem cell injections, for what are [they] used?',
    'இவை அதிகமாகப் பயன்படுவது இந்தப் பிரச்சினைகளுக்கு:': 'What these are used for most is these problems:',
    'முழங்கால் ஆஸ்டியோஆர்த்ரைடிஸ்; இந்த முறையில் சிகிச்சை அளிக்கப்படும் மிகப் பொதுவான பிரச்சினைகளில் இதுவும் ஒன்று':
      'knee osteoarthritis; among the most common problems treated in this method, this too is one',
    'காண்ட்ரல் டிஃபெக்ட்ஸ், அதாவது சேதமடைந்த குருத்தெலும்பு': 'chondral defects, that is, damaged cartilage',
    'டெண்டன், லிகமென்ட், குருத்தெலும்பு, தசை ஆகியவற்றில் ஏற்படும் மற்ற காயங்களுக்குச் சிகிச்சை அளிக்கவும் ஸ்டெம் செல்களைப் பயன்படுத்தலாம்.':
      'To give treatment also for other injuries that happen in tendon, ligament, cartilage, muscle, [one] can use stem cells.',
    'இந்த ஊசிகள் சேதமடைந்த திசு மீண்டும் வளரவும், ஆறவும் உதவுகின்றன. உடலின் சொந்த இயற்கையான சீரமைப்பைத் தூண்டுவதன் மூலம் இவை இதைச் செய்கின்றன.':
      'These injections help damaged tissue to grow again and to heal. They do this by stimulating the body’s own natural repair.',
    'இந்தச் சிகிச்சைக்கு அதிகம் செலவாகலாம், இது கிடைப்பதும் கடினமாக இருக்கலாம். இந்தியா போன்ற இடங்களில் இது குறிப்பாகப் பொருந்தும். இந்தியாவில் இது இன்னும் விற்பனைக்கு வந்துகொண்டிருக்கிறது.':
      'This treatment may cost a lot; getting it too may be difficult. In places like India this applies especially. In India this is still coming onto sale.',
    'ஊசிக்கான ஸ்டெம் செல்கள் எப்படிச் சேகரிக்கப்படுகின்றன?': 'Stem cells for injection, how are [they] collected?',
    'ஸ்டெம் செல்கள் பொதுவாக உங்கள் எலும்பு மஜ்ஜையிலிருந்தோ, உடலின் கொழுப்புப் பகுதியிலிருந்தோ எடுக்கப்படுகின்றன:':
      'Stem cells are usually taken from your bone marrow or from the fat part of the body:',
    'எலும்பு மஜ்ஜை, இடுப்பு எலும்பின் பின்பகுதியிலிருந்து (posterior superior iliac spine) வெளியே எடுக்கப்படுகிறது':
      'bone marrow is taken out from the back part of the hip bone (posterior superior iliac spine)',
    'உடலில் கொழுப்பு சேரும் இடங்களிலிருந்து கொழுப்பு எடுக்கப்படுகிறது': 'fat is taken from the places in the body where fat collects',
    'அடுத்து, ஸ்டெம் செல்கள் மாதிரியின் மற்ற பகுதிகளிலிருந்து பிரிக்கப்படுகின்றன. இது சென்ட்ரிஃபியூகேஷன் மூலமோ, வடிகட்டுதல் மூலமோ செய்யப்படுகிறது.':
      'Next, stem cells are separated from the other parts of the sample. This is done by centrifugation or by filtering.',
    'பிறகு, செல்கள் நன்றாகப் பெருகும்படி கல்ச்சர் செய்யப்படுகின்றன.': 'Then the cells are cultured so that [they] multiply well.',
    'இந்தச் செயல்முறையில் என்ன நடக்கும்?': 'In this procedure, what will happen?',
    'ஸ்டெம் செல்கள் உங்கள் எலும்பு மஜ்ஜையிலிருந்தோ, உங்கள் கொழுப்புத் திசுவிலிருந்தோ எடுக்கப்படுகின்றன.':
      'Stem cells are taken from your bone marrow or from your fat tissue.',
    'அவற்றின் எண்ணிக்கை அதிகமாகும்படி செல்கள் கல்ச்சர் செய்யப்படுகின்றன.': 'So that their number becomes more, the cells are cultured.',
    'பிறகு அவை சேதமடைந்த அல்லது ஆர்த்ரைடிஸ் உள்ள இடத்தில் ஊசி மூலம் செலுத்தப்படுகின்றன, உதாரணமாக முழங்கால் மூட்டில். இது லோக்கல் அனஸ்தீசியா கொடுத்துச் செய்யப்படுகிறது.':
      'Then they are delivered by injection at the damaged place or the place where there is arthritis, for example in the knee joint. This is done by giving local anaesthesia.',
    'இந்த ஊசிகள் திசு மீண்டும் வளரவும், வீக்கம் குறையவும், மூட்டு இன்னும் நன்றாகச் செயல்படவும் உதவுகின்றன.':
      'These injections help tissue to grow again, swelling to reduce, and the joint to work even better.',
    'ஆஸ்டியோஆர்த்ரைடிஸ் பிரச்சினைக்கு ஸ்டெம் செல் ஊசிகள் பலன் தருமா?': 'For the osteoarthritis problem, will stem cell injections give benefit?',
    'முழங்கால் ஆஸ்டியோஆர்த்ரைடிஸ் பிரச்சினையில் முடிவுகள் நம்பிக்கை தருவதாக உள்ளன. சேதமடைந்த குருத்தெலும்பு மீண்டும் வளரச் செய்தும், திசு சீரமைப்பைத் தூண்டியும், ஸ்டெம் செல் சிகிச்சை:':
      'In the knee osteoarthritis problem, results are giving hope. By making damaged cartilage grow again and by stimulating tissue repair, stem cell treatment:',
    'வலியைக் குறைக்கலாம்': 'may reduce pain',
    'நீங்கள் இன்னும் எளிதாக நடமாட உதவலாம்': 'may help you move about even more easily',
    'ஆஸ்டியோஆர்த்ரைடிஸ் மோசமாவதை மெதுவாக்கலாம்': 'may slow the osteoarthritis getting worse',
    'ஆனால் முடிவுகள் எல்லோருக்கும் ஒரே மாதிரி இருக்காமல் போகலாம். ஸ்டெம் செல் ஊசிகள் உங்கள் உடல்நிலைக்கு ஏற்றவையா என்று தெரிந்துகொள்ள, மருத்துவ நிபுணரிடம் பேசுவது மிகவும் அவசியம்.':
      'But results may not turn out the same for everyone. To find out whether stem cell injections are suitable for your health condition, talking to a medical expert is very necessary.',
    'அலோஜெனிக் ஸ்டெம் செல்கள் என்றால் என்ன?': 'Allogenic stem cells, if [one] says [that], what?',
    'அலோஜெனிக் ஸ்டெம் செல்களைத் தருபவர் ஒரு தானம் செய்பவர், நீங்கள் அல்ல.': 'The one who gives allogenic stem cells is a donor, not you.',
    'அவற்றில் ஆன்டிபாடிகள் இல்லை என்பதை உறுதிசெய்ய, அவை கவனமாகப் பரிசோதிக்கப்படுகின்றன. இதனால், எந்த நோயாளிக்கும் பயன்படுத்த அவை ஏற்றவையாகின்றன.':
      'To make sure that there are no antibodies in them, they are carefully tested. Because of this, they become suitable to use for any patient.',
    'முழங்கால் ஆஸ்டியோஆர்த்ரைடிஸ், சேதமடைந்த குருத்தெலும்பு போன்ற பிரச்சினைகளுக்குச் சிகிச்சை அளிக்க, இந்தியாவில் இப்போது அலோஜெனிக் ஸ்டெம் செல்களை வாங்க முடியும். இவற்றைப் பயன்படுத்துவதால், அதிகமான சிகிச்சைகளைப் பெறுவது முன்பை விட எளிதாகியுள்ளது. குறிப்பாக முழங்கால் ஆஸ்டியோஆர்த்ரைடிஸ் பிரச்சினைக்கும், அறுவை சிகிச்சை இல்லாமல் குருத்தெலும்பு சீரமைப்புக்கும் இது பொருந்தும்.':
      'To give treatment for problems like knee osteoarthritis, damaged cartilage, in India now [one] can buy allogenic stem cells. Because of using these, getting more treatments has become easier than before. Especially for the knee osteoarthritis problem and for cartilage repair without surgery, this applies.',
    'ஸ்டெம் செல் ஊசிகளுக்குக் காப்பீடு கிடைக்குமா?': 'For stem cell injections, will insurance be available?',
    'ஸ்டெம் செல் சிகிச்சை பெரும்பாலும் சோதனை நிலையில் உள்ள சிகிச்சையாகக் கருதப்படுகிறது. சில சமயங்களில் காப்பீடு இதற்குப் பணம் தராமல் போகலாம்.':
      'Stem cell treatment is mostly considered a treatment that is at the testing stage. At some times insurance may not end up giving money for this.',
    'உங்களுக்குக் காப்பீடு கிடைக்குமா என்பது முக்கியமாக இவற்றைப் பொறுத்தது:': 'Whether you get insurance depends mainly on these:',
    'உங்கள் காப்பீட்டு நிறுவனம்': 'your insurance company',
    'எந்தப் பிரச்சினைக்குச் சிகிச்சை அளிக்கப்படுகிறது': 'for which problem treatment is being given',
    'அந்தச் சிகிச்சை மருத்துவ ரீதியாக அவசியம் என்று கருதப்படுகிறதா': 'whether that treatment is considered medically necessary',
    'உங்கள் காப்பீட்டில் என்னென்ன அடங்கும் என்று தெரிந்துகொள்ள, உங்கள் காப்பீட்டு நிறுவனத்திடம் கேட்பது முக்கியம்.':
      'To find out what all is included in your insurance, asking your insurance company is important.',
    'ஸ்டெம் செல் ஊசிகள் பாதுகாப்பானவையா?': 'Are stem cell injections safe ones?',
    'தகுதியுள்ள மருத்துவ நிபுணர்கள் போடும்போது, இவை பொதுவாகப் பாதுகாப்பானவை என்று கருதப்படுகின்றன.':
      'When qualified medical experts give [them], these are generally considered safe.',
    'ஆனால் எந்த மருத்துவச் செயல்முறையையும் போலவே, இவற்றிலும் அபாயங்கள் உள்ளன, உதாரணமாக:':
      'But just like any medical procedure, in these too there are risks, for example:',
    தொற்று: 'infection',
    ரத்தப்போக்கு: 'bleeding',
    'ஊசியால் ஏற்படும் மோசமான எதிர்வினை (ரியாக்ஷன்)': 'a bad reaction caused by the injection (reaction)',
    'கடுமையான மருத்துவக் கண்காணிப்பின் கீழ், சரியான வழிகாட்டுதலுடன் இந்தச் செயல்முறையைச் செய்துகொள்வது மிக முக்கியம்.':
      'Having this procedure done under strict medical supervision, with correct guidance, is very important.',
    'உங்கள் ஸ்டெம் செல்களைச் சேகரித்தல்': 'Collecting your stem cells',
    'லோக்கல் அனஸ்தீசியா கொடுத்து, உங்கள் இடுப்பு எலும்பின் பின்பகுதியிலிருந்து எலும்பு மஜ்ஜை (எலும்பின் உள்ளே இருக்கும் மென்மையான பகுதி) எடுக்கப்படுகிறது.':
      'Giving local anaesthesia, bone marrow (the soft part that is inside the bone) is taken from the back part of your hip bone.',
    'உங்கள் இடுப்பு எலும்பின் பின்பகுதியிலிருந்து எலும்பு மஜ்ஜை வெளியே எடுக்கப்படுகிறது. எலும்பின் இந்தப் பகுதியை ஆங்கிலத்தில் posterior superior iliac spine என்பார்கள்.':
      'Bone marrow is taken out from the back part of your hip bone. This part of the bone [they] call in English posterior superior iliac spine.',
    'இது லோக்கல் அனஸ்தீசியா கொடுத்துச் செய்யப்படுகிறது.': 'This is done by giving local anaesthesia.',
    'மூட்டுத் திசு (செல்களால் ஆன உடல் பகுதி) மீண்டும் வளர, எலும்பு மஜ்ஜை ஸ்டெம் செல்கள் மற்ற ஸ்டெம் செல்களை விடச் சிறந்தவை என்று கருதப்படுகிறது. குருத்தெலும்பு (மூட்டில் எலும்புகளின் முனையில் உள்ள வழுவழுப்பான அடுக்கு) மீண்டும் வளரவும் இவை மற்ற ஸ்டெம் செல்களை விடச் சிறந்தவை என்று கருதப்படுகிறது. ஏனென்றால், அவை மற்ற வகை செல்களாக மாறுவதில் மிகவும் திறன் கொண்டவை.':
      'For joint tissue (a body part made of cells) to grow again, it is considered that bone marrow stem cells are better than other stem cells. It is considered that these are better than other stem cells for cartilage (the smooth layer at the end of the bones in the joint) to grow again too. Because they have much ability in changing into other kinds of cells.',
    'ஸ்டெம் செல்களைப் பிரித்தல்': 'Separating stem cells',
    'ஸ்டெம் செல்கள் மாதிரியின் மற்ற பகுதிகளிலிருந்து பிரிக்கப்படுகின்றன.': 'Stem cells are separated from the other parts of the sample.',
    'எலும்பு மஜ்ஜையில் மெசன்கைமல் ஸ்டெம் செல்கள் (MSCs) என்ற ஸ்டெம் செல்கள் உள்ளன.':
      'In bone marrow there are stem cells called mesenchymal stem cells (MSCs).',
    'அவை சிவப்பு ரத்த அணுக்கள், வெள்ளை ரத்த அணுக்கள், பிளாஸ்மா ஆகியவற்றிலிருந்து பிரிக்கப்படுகின்றன. இது சென்ட்ரிஃபியூகேஷன் (மாதிரியை வேகமாகச் சுழற்றுவது) மூலமோ, வடிகட்டுதல் மூலமோ செய்யப்படுகிறது.':
      'They are separated from red blood cells, white blood cells, plasma. This is done by centrifugation (spinning the sample fast) or by filtering.',
    'செல்களை வளர்த்தல்': 'Growing cells',
    'ஸ்டெம் செல்களின் எண்ணிக்கை அதிகமாகும்படி அவை வளர்க்கப்படுகின்றன.': 'So that the number of stem cells becomes more, they are grown.',
    'கல்ச்சர் (செல்களை வளர்த்துப் பெருக்குவது) செய்ய, MSC-கள் கல்ச்சர் மீடியம் என்ற கலவையில் வைக்கப்படுகின்றன. அது அவற்றுக்குத் தேவையான சத்துகளையும், வளர்ச்சிக்கு உதவும் பொருட்களையும் தருகிறது. இது அவை எண்ணிக்கையில் பெருக உதவுகிறது.':
      'To do culture (growing the cells and multiplying [them]), the MSCs are placed in a mixture called culture medium. It gives them the nutrients they need and substances that help growth. This helps them to multiply in number.',
    'ஊசி போடுதல்': 'Giving the injection',
    'சிகிச்சை தேவைப்படும் இடத்தில் செல்கள் ஊசி மூலம் செலுத்தப்படுகின்றன, உதாரணமாக உங்கள் முழங்காலில்.':
      'The cells are delivered by injection at the place that needs treatment, for example in your knee.',
    'வளர்க்கப்பட்ட செல்கள் சிகிச்சை தேவைப்படும் இடத்தில் ஊசி மூலம் செலுத்தப்படுகின்றன, உதாரணமாக முழங்கால் மூட்டில். இது லோக்கல் அனஸ்தீசியா கொடுத்துச் செய்யப்படுகிறது.':
      'The grown cells are delivered by injection at the place that needs treatment, for example in the knee joint. This is done by giving local anaesthesia.',
    'திசு சீரமைப்பையும், அது மீண்டும் வளர்வதையும் தூண்டுவதே இதன் நோக்கம்.': 'Its aim is to stimulate tissue repair and its growing again.',
    'ஸ்டெம் செல்கள் உங்கள் உடலின் கொழுப்புப் பகுதியிலிருந்து எடுக்கப்படுகின்றன.': 'Stem cells are taken from the fat part of your body.',
    'உடலில் கொழுப்பு சேரும் ஒரு இடத்திலிருந்து கொழுப்பு எடுக்கப்படுகிறது.': 'Fat is taken from a place in the body where fat collects.',
    'அவை மாதிரியின் மற்ற பகுதிகளிலிருந்து பிரிக்கப்படுகின்றன. இது சென்ட்ரிஃபியூகேஷன் (மாதிரியை வேகமாகச் சுழற்றுவது) மூலமோ, வடிகட்டுதல் மூலமோ செய்யப்படுகிறது.':
      'They are separated from the other parts of the sample. This is done by centrifugation (spinning the sample fast) or by filtering.',
    'அவை நன்றாகப் பெருகும்படி கல்ச்சர் (செல்களை வளர்த்துப் பெருக்குவது) செய்யப்படுகின்றன.':
      'They are cultured (growing the cells and multiplying [them]) so that [they] multiply well.',
    'செல்கள் சேதமடைந்த அல்லது ஆர்த்ரைடிஸ் உள்ள இடத்தில் ஊசி மூலம் செலுத்தப்படுகின்றன, உதாரணமாக முழங்கால் மூட்டில். இது லோக்கல் அனஸ்தீசியா கொடுத்துச் செய்யப்படுகிறது.':
      'The cells are delivered by injection at the damaged place or the place where there is arthritis, for example in the knee joint. This is done by giving local anaesthesia.',
    'இந்த ஊசிகள் திசு (செல்களால் ஆன உடல் பகுதி) மீண்டும் வளரவும், வீக்கம் குறையவும், மூட்டு இன்னும் நன்றாகச் செயல்படவும் உதவுகின்றன.':
      'These injections help tissue (a body part made of cells) to grow again, swelling to reduce, and the joint to work even better.',
    'தானம் செய்பவர் தந்த செல்களைத் தயார் செய்தல்': 'Preparing the cells a donor gave',
    'ஸ்டெம் செல்களைத் தருபவர் ஒரு தானம் செய்பவர், நீங்கள் அல்ல.': 'The one who gives the stem cells is a donor, not you.',
    'அவற்றில் ஆன்டிபாடிகள் இல்லை என்பதை உறுதிசெய்ய, அவை கவனமாகப் பரிசோதிக்கப்படுகின்றன. இதனால், தானம் செய்பவர் அல்லாத மற்ற நோயாளிகளுக்குப் பயன்படுத்த அவை ஏற்றவையாகின்றன.':
      'To make sure that there are no antibodies in them, they are carefully tested. Because of this, they become suitable to use for other patients who are not the donor.',
    'இந்தியாவில் இப்போது இவற்றை வாங்க முடியும்.': 'In India now [one] can buy these.',
    'தானம் செய்பவர் தந்த ஸ்டெம் செல்கள், முழங்கால் ஆஸ்டியோஆர்த்ரைடிஸ் (மூட்டுத் தேய்மானம்) போன்ற பிரச்சினைகளுக்குப் பயன்படுத்தப்படுகின்றன. அறுவை சிகிச்சை இல்லாமல் குருத்தெலும்பு (மூட்டில் எலும்புகளின் முனையில் உள்ள வழுவழுப்பான அடுக்கு) சீரமைப்புக்கும் இவை பயன்படுத்தப்படுகின்றன.':
      'Stem cells a donor gave are used for problems like knee osteoarthritis (wear of the joint). These are also used for cartilage (the smooth layer at the end of the bones in the joint) repair without surgery.',
    'எத்தனை ஸ்டெம் செல்கள் தேவை': 'How many stem cells [are] needed',
    'அதாவது, உங்கள் எடை எவ்வளவு அதிகமோ, அவ்வளவு அதிக செல்கள் தேவை.':
      'That is, however much more your weight is, that much more cells [are] needed.',
    'இந்த எண் மருந்துச் சீட்டு அல்ல. உங்கள் டோஸ் (தர வேண்டிய அளவு) எவ்வளவு என்று உங்கள் மருத்துவர் முடிவு செய்வார்.':
      'This number is not a prescription slip. How much your dose (the amount to be given) is, your doctor will decide.',
    'இது பொதுவான தகவல், மருத்துவ ஆலோசனை அல்ல. முடிவுகள் எல்லோருக்கும் ஒரே மாதிரி இருக்காமல் போகலாம். ஸ்டெம் செல் ஊசிகள் உங்கள் உடல்நிலைக்கு ஏற்றவையா என்பது பற்றி மருத்துவ நிபுணரிடம் பேசுவது மிகவும் அவசியம். சில சமயங்களில் காப்பீடு இவற்றுக்குப் பணம் தராமல் போகலாம்.':
      'This is general information, not medical advice. Results may not turn out the same for everyone. About whether stem cell injections are suitable for your health condition, talking to a medical expert is very necessary. At some times insurance may not end up giving money for these.',
    'Stem Cell Injections (நோயாளிகளுக்காக கிளினிக் ஆங்கிலத்தில் எழுதிய தகவல் ஆவணம்)':
      'Stem Cell Injections (the information document the clinic wrote in English for patients)',
    'தகவல் பதிப்பு {version}. கிளினிக்கின் தகவலை வைத்து எழுதிய தேதி: {date}.':
      'Information edition {version}. Date written using the clinic’s information: {date}.',
    'எல்லாவற்றையும் திறக்கவும்': 'Please open all',
    'எல்லாவற்றையும் மூடவும்': 'Please close all',
    'இணைப்பை நகலெடுக்கவும்': 'Please copy the link',
    'இணைப்பை நகலெடுக்கவும்: “{question}”': 'Please copy the link: “{question}”',
    'இணைப்பு நகலெடுக்கப்பட்டது': 'The link was copied',
    'நகலெடுக்க முடியவில்லை. இணைப்பு இதுதான்: {url}': 'Could not copy. The link is this: {url}',
    'கேள்விகளைத் தேடவும்': 'Please search the questions',
    'மொத்தக் கேள்விகள் {total}, பொருந்தியவை {shown}': 'Questions in total {total}, matching ones {shown}',
    '“{query}” என்பதற்குப் பொருந்தும் கேள்விகள் இல்லை. வேறு சொல்லை எழுதிப் பாருங்கள்.':
      'For what is “{query}”, there are no matching questions. Write another word and see.',
    'இந்தப் பக்கம் கடைசியாகச் சரிபார்க்கப்பட்ட தேதி: {date}': 'Date this page was last checked: {date}',
    'இந்தப் பக்கம் அடுத்து சரிபார்க்கப்பட வேண்டிய தேதி: {date}': 'Date this page must be checked next: {date}',
    'இந்தப் பக்கத்தைச் சரிபார்த்தவர்: {name}': 'The one who checked this page: {name}',
    'படி {n} (மொத்தம் {total} படிகள்)': 'Step {n} ({total} steps in total)',
    முடிந்தது: 'It is finished',
    'நீங்கள் இங்கே இருக்கிறீர்கள்': 'You are here',
    'விவரங்களைக் காட்டவும்': 'Please show the details',
    'விவரங்களை மறைக்கவும்': 'Please hide the details',
    'விவரங்களைக் காட்டவும்: {title}': 'Please show the details: {title}',
    'விவரங்களை மறைக்கவும்: {title}': 'Please hide the details: {title}',
    'எல்லாப் படிகளையும் திறக்கவும்': 'Please open all the steps',
    'எல்லாப் படிகளையும் மூடவும்': 'Please close all the steps',
    'எத்தனை செல்கள் தேவை': 'How many cells [are] needed',
    'முக்கியம்: ': 'Important: ',
    'உங்கள் எடை': 'Your weight',
    'உதாரணமாக, 70': 'For example, 70',
    'கிலோ அல்லது பவுண்டு': 'Kilo or pound',
    கிலோ: 'kilo',
    பவுண்டு: 'pound',
    'இந்த விதிப்படி எவ்வளவு வரும் என்று பார்க்க, உங்கள் எடையை எழுதுங்கள்.': 'To see how much comes by this rule, write your weight.',
    'இந்த விதிப்படி, {weight} கிலோ எடைக்கு: குறைந்தது {cells} செல்கள். இது உங்களுக்கென்று தீர்மானித்த டோஸ் அல்ல.':
      'By this rule, for a weight of {weight} kilo: at least {cells} cells. This is not a dose decided for you.',
    'இந்த விதிப்படி, {weight} பவுண்டு ({kg} கிலோ) எடைக்கு: குறைந்தது {cells} செல்கள். இது உங்களுக்கென்று தீர்மானித்த டோஸ் அல்ல.':
      'By this rule, for a weight of {weight} pound ({kg} kilo): at least {cells} cells. This is not a dose decided for you.',
    'பிழை: ': 'Error: ',
    'உங்கள் எடையை எழுதுங்கள்': 'Write your weight',
    'உங்கள் எடையை எண்களில் எழுதுங்கள், உதாரணமாக 70': 'Write your weight in numbers, for example 70',
    'உங்கள் எடையை e என்ற எழுத்து இல்லாமல், எண்களில் மட்டும் எழுதுங்கள், உதாரணமாக 70':
      'Write your weight without the letter called e, only in numbers, for example 70',
    'தசமப் புள்ளியை (.) ஒரு முறை மட்டும் போடுங்கள், உதாரணமாக 70.5': 'Put the decimal point (.) only one time, for example 70.5',
    '0-ஐ விட அதிகமான எடையை எழுதுங்கள்': 'Write a weight more than 0',
    'இந்தக் கால்குலேட்டர் பெரியவர்களுக்கானது. {min} முதல் {max} {unit} வரையிலான எடையை எழுதுங்கள்':
      'This calculator is for adults. Write a weight from {min} to {max} {unit}',
  },
  notes: [
    'Register: the words doctors in Tamil Nadu use with patients. Tamil words where patients use them (ஊசி for injection, எலும்பு மஜ்ஜை, குருத்தெலும்பு, திசு, கொழுப்பு, காப்பீடு, தொற்று, வீக்கம், அறுவை சிகிச்சை, மருத்துவர்), loanwords where those are what patients hear (ஸ்டெம் செல், ஆஸ்டியோஆர்த்ரைடிஸ், கல்ச்சர், டோஸ், லோக்கல் அனஸ்தீசியா, கிளினிக்). Not the textbook words (குருத்தணு for stem cell, அழற்சி for inflammation, உள்ளூர் மயக்க மருந்து for local anaesthetic).',
    'ஊசி is both “needle” and “injection”: Tamil patients say ஊசி போடுதல் for having an injection, so it adds no needle to the English.',
    'Glosses: each glossed term is explained in brackets once, at its first use in the text of each element (the FAQ as a whole, each source’s steps, the dose note), and bare afterwards; a step list can stand alone on a page, so it has its own glosses.',
    'Tamil joins endings to a word and may change its last letter (கொழுப்பு → கொழுப்பிலிருந்து, தானம் செய்பவர் → தானம் செய்பவரிடம்). Where the English names a glossary concept, the sentence is built so the term stays whole: “from your fat” is உடலின் கொழுப்புப் பகுதியிலிருந்து (“from the fat part of the body”), “from a donor” is “the one who gives … is a donor” (தருபவர் ஒரு தானம் செய்பவர்), “donor stem cells” தானம் செய்பவர் தந்த ஸ்டெம் செல்கள் (“stem cells a donor gave”).',
    'English in brackets only where the clinic will say it: MSCs, BMSCs, the hip-bone landmark (posterior superior iliac spine, in Latin letters: spelt in Tamil letters, “…ஸ்பைன்” would suggest the spine, முதுகெலும்பு) and ரியாக்ஷன் beside எதிர்வினை for “adverse reaction”. The English content’s “(aspirated)”, “(screened)”, “(adipose tissue)”, “(musculoskeletal disorders)”, “(chronic pain and degeneration)”, “(commercially available)” and “(filtration)” are left out: the Tamil words around them say it.',
    'Hedges at the English strength: “may/can” is the ending -லாம் (போகலாம், பயன்படுத்தலாம், மாறலாம்) or முடியும் (“can”), “could” உதவக்கூடும், “typically/usually/generally” பொதுவாக, “is considered/seen as/thought” கருதப்படுகிறது, “bare minimum/at least” குறைந்தது, “often” பெரும்பாலும், “mostly” முக்கியமாக, “promising” நம்பிக்கை தருவதாக, “suitable” ஏற்றவை (never பாதுகாப்பானவை, “safe”, which appears only in the safety entry, with பொதுவாக … கருதப்படுகின்றன). “Easier to get” keeps its comparison: முன்பை விட … எளிதாகியுள்ளது (“has become easier than before”).',
    '“Heal” is ஆறுதல் (as a wound heals), never குணமாகுதல்/குணப்படுத்துதல் (“get cured”/“cure”). “Experimental” is சோதனை நிலையில் உள்ள (“at the testing stage”). “Essential” மிகவும் அவசியம், “crucial” மிக முக்கியம், “important” முக்கியம்.',
    '“Insurance may not pay for it in all cases” is “at some times insurance may not give money for this” (சில சமயங்களில் … தராமல் போகலாம்): the same claim, with one scope for the “not”.',
    'The dose figure: Intl writes 2,000,000 in Tamil as “2 மில்லியன்” (Node, Chromium and Firefox; not லட்சம்). A Tamil number word before a noun takes no ending, so “குறைந்தது {cells} ஸ்டெம் செல்கள்” reads right with millions, lakhs or plain digits. The unit is கிலோ in the content and the calculator alike, with no Latin “(kg)”; a Tamil unit after a number takes no ending, so “{min} முதல் {max} {unit} வரை” reads right for கிலோ and பவுண்டு.',
    'Long English sentences that carried a list of examples and two glosses are split (FAQ 1 answer 2; the bone-marrow harvest step; the donor-cell injection step): the facts are the same, each Tamil sentence is short.',
    'UI strings: buttons ask in the polite form Tamil interfaces use (திறக்கவும், மூடவும்); a button’s visible label comes first in its accessible name (“விவரங்களைக் காட்டவும்: {title}”). The review dates name the page (இந்தப் பக்கம் …), so they are not read as the patient’s own check-up. The search count is right for one question or many (“மொத்தக் கேள்விகள் {total}, பொருந்தியவை {shown}”). The unit picker is labelled “கிலோ அல்லது பவுண்டு”, plainer than அலகு (“unit”).',
  ],
  questions: [
    'Do the glosses say what you would tell a patient? எலும்பு மஜ்ஜை (எலும்பின் உள்ளே இருக்கும் மென்மையான பகுதி, “the soft part inside the bone”), ஆஸ்டியோஆர்த்ரைடிஸ் (மூட்டுத் தேய்மானம், “wear of the joint”), குருத்தெலும்பு (மூட்டில் எலும்புகளின் முனையில் உள்ள வழுவழுப்பான அடுக்கு, “the smooth layer at the end of the bones in the joint”), திசு (செல்களால் ஆன உடல் பகுதி), கல்ச்சர், சென்ட்ரிஃபியூகேஷன், டோஸ் (தர வேண்டிய அளவு).',
    'Is ஊசி right for “injection” throughout, as in ஸ்டெம் செல் ஊசிகள், or do your patients say இன்ஜெக்ஷன் for this treatment?',
    '“Adult stem cells” is kept as அடல்ட் ஸ்டெம் செல்கள் with the gloss “stem cells that are in the parts of the body”: “of adults” (பெரியவர்களின்) would be wrong. Is the gloss right, or would you rather leave it out?',
    'Would your patients recognise குருத்தெலும்பு for cartilage, or do they hear கார்டிலேஜ் at the clinic? The same for திசு (tissue).',
    'Intl writes the figure as “2 மில்லியன்” and “140 மில்லியன்”. Would your patients understand “20 லட்சம்” and “14 கோடி” better? (That is a change to how numbers are written for Tamil, not to the wording here; the sentences read right either way.)',
    'From the English and the clinic’s document, for both languages: “suitable for use in any patient” (FAQ) against “patients other than the donor” (steps); “they work best” names no comparison; the figure is “typically … the bare minimum”. Please confirm these are what the clinic means.',
  ],
};
