/**
 * A literal back-translation of every Bengali string (./*.ts), word for word where Bengali allows, for
 * the review table docs/reviews/bn.md (`node scripts/review-tables.mjs bn`). Change a Bengali string and
 * write its back-translation again here: the table marks a string without one.
 */
export const backTranslationBn = {
  lang: 'bn',
  texts: {
    'স্টেম সেল ইনজেকশন কী?': 'Stem cell injection, what [is it]?',
    'স্টেম সেল হলো বিশেষ ধরনের কোষ। এগুলি বদলে গিয়ে নানা ধরনের টিস্যু (কোষ দিয়ে গড়া শরীরের অংশ) হয়ে উঠতে পারে।':
      'Stem cells are cells of a special kind. These, changing, can become many kinds of tissue (a part of the body built of cells).',
    'স্টেম সেল থেরাপি হলো হাড়, গাঁট ও পেশির সমস্যার একটি চিকিৎসা। অস্টিওআর্থ্রাইটিস (গাঁট ক্ষয়ে যাওয়ার বাত) আর ক্ষতিগ্রস্ত কার্টিলেজ (গাঁটে হাড়ের মাথায় থাকা মসৃণ স্তর) এমন সমস্যার উদাহরণ। এই চিকিৎসা টিস্যু আবার গড়ে তোলার একটি উপায় দেয়।':
      'Stem cell therapy is one treatment for problems of bones, joints and muscles. Osteoarthritis (the arthritis of joints wearing away) and damaged cartilage (the smooth layer on the heads of the bones in a joint) are examples of such problems. This treatment gives a way of building tissue up again.',
    'স্টেম সেল আসে দুটি প্রধান উৎস থেকে:': 'Stem cells come from two main sources:',
    'ভ্রূণের স্টেম সেল': 'stem cells of the embryo',
    'প্রাপ্তবয়স্ক স্টেম সেল, যেগুলি ক্লিনিকে বেশি ব্যবহার করা হয়': 'adult stem cells, which are used more in clinics',
    'বোন ম্যারো (হাড়ের ভিতরের নরম অংশ) থেকে পাওয়া স্টেম সেলকে BMSCs বলে। হাড়, গাঁট ও পেশির সমস্যায় এগুলি সবচেয়ে ভালো কাজ করে। কারণ কার্টিলেজ, হাড় ও টেন্ডনের কোষে বদলে যাওয়ার ক্ষমতা এগুলির বেশি।':
      'Stem cells obtained from bone marrow (the soft part inside the bone) are called BMSCs. In problems of bones, joints and muscles these work best. Because their ability to change into cartilage, bone and tendon cells is greater.',
    'এই চিকিৎসা নতুন, আর এখনও বদলাচ্ছে। যাঁরা দীর্ঘদিনের ব্যথা আর ক্ষয়ে যাওয়া টিস্যুর কষ্টে ভুগছেন, এটি তাঁদের আশা দেয়।':
      'This treatment is new, and is still changing. Those who are suffering from long-standing pain and the hardship of worn-away tissue, to them it gives hope.',
    'হাঁটুর অস্টিওআর্থ্রাইটিস ও ক্ষতিগ্রস্ত কার্টিলেজের মতো সমস্যায় ভোগা মানুষের জীবন আরও ভালো করতে এটি অনেকটা কাজে আসতে পারে।':
      'To make the life of people suffering from problems like knee osteoarthritis and damaged cartilage better, it can be of much use.',
    'গবেষণা যত এগোবে আর এই চিকিৎসা পাওয়া যত সহজ হবে, এটি তত বেশি প্রচলিত চিকিৎসা হয়ে উঠতে পারে।':
      'The more research advances and the easier getting this treatment becomes, the more it can become a widely used treatment.',
    'স্টেম সেল ইনজেকশন কীভাবে দেওয়া হয়?': 'Stem cell injection, how is it given?',
    'প্রথমে স্টেম সেল সংগ্রহ করা হয়। সাধারণত এগুলি নেওয়া হয় আপনার বোন ম্যারো বা চর্বি (adipose tissue) থেকে। গাঁটের টিস্যু আর কার্টিলেজ আবার গড়ে তুলতে বোন ম্যারোর কোষকে বেশি ভালো বলে মনে করা হয়। কারণ অন্য ধরনের কোষে বদলে যাওয়ার ক্ষমতা এগুলির খুব বেশি।':
      'First, stem cells are collected. Usually these are taken from your bone marrow or fat (adipose tissue). For building joint tissue and cartilage up again, the cells of bone marrow are thought to be better. Because their ability to change into other kinds of cells is very great.',
    'কোমরের হাড়ের পিছনের অংশ (posterior superior iliac spine) থেকে বোন ম্যারো টেনে বের করা হয়। এটি করা হয় লোকাল অ্যানাস্থেশিয়া দিয়ে।':
      'Bone marrow is pulled out from the back part of the hip bone (posterior superior iliac spine). This is done with local anaesthesia.',
    'বোন ম্যারোতে মেসেনকাইমাল স্টেম সেল (MSCs) নামে স্টেম সেল থাকে। এগুলিকে রক্তের লোহিত কণিকা, শ্বেত কণিকা ও প্লাজমা থেকে আলাদা করা হয়। এর জন্য সেন্ট্রিফিউগেশন (নমুনাটি খুব জোরে ঘোরানো) বা ছেঁকে নেওয়ার পদ্ধতি ব্যবহার করা হয়।':
      "In bone marrow there are stem cells named mesenchymal stem cells (MSCs). These are separated from the blood's red corpuscles, white corpuscles and plasma. For this, centrifugation (spinning the sample very hard) or the method of straining (filtering) is used.",
    'তারপর MSCs-কে কালচার (শরীরের বাইরে কোষ বাড়ানো) করার জন্য কালচার মিডিয়াম নামে একটি মিশ্রণে রাখা হয়। এটি থেকে এগুলি দরকারি পুষ্টি উপাদান ও গ্রোথ ফ্যাক্টর (বেড়ে ওঠায় সাহায্য করে এমন উপাদান) পায়। এতে এগুলির সংখ্যা বাড়তে সাহায্য হয়।':
      'Then, to do culture (growing cells outside the body) of the MSCs, they are kept in a mixture named culture medium. From it these get the needed nutrients and growth factors (substances that help in growing up). By this, their number is helped to grow.',
    'সাধারণত, ইনজেকশন কাজ করার জন্য শরীরের প্রতি কেজি ওজনে {cells} স্টেম সেলকে একেবারে ন্যূনতম বলে ধরা হয়।':
      'Usually, for the injection to work, {cells} stem cells per kilo of body weight is held to be the very minimum.',
    'তারপর বাড়ানো কোষগুলি ইনজেকশন দিয়ে সেই জায়গায় দেওয়া হয়, যেখানে চিকিৎসা দরকার, যেমন হাঁটুর গাঁটে। এর উদ্দেশ্য হলো টিস্যুর মেরামত আর আবার গড়ে ওঠাকে জাগিয়ে তোলা।':
      'Then the grown cells are given by injection into that place where treatment is needed, such as in the knee joint. Its aim is to awaken the repair of tissue and its growing up again.',
    'স্টেম সেল ইনজেকশন কীসের জন্য ব্যবহার করা হয়?': 'Stem cell injection, for what is it used?',
    'সবচেয়ে বেশি এগুলি ব্যবহার করা হয় এই সমস্যাগুলিতে:': 'These are used most in these problems:',
    'হাঁটুর অস্টিওআর্থ্রাইটিস, এইভাবে চিকিৎসা করা সবচেয়ে সাধারণ সমস্যাগুলির একটি':
      'knee osteoarthritis, one of the most common problems treated this way',
    'কনড্রাল ডিফেক্ট, মানে ক্ষতিগ্রস্ত কার্টিলেজ': 'chondral defect, meaning damaged cartilage',
    'টেন্ডন, লিগামেন্ট, কার্টিলেজ ও পেশির অন্য চোটের চিকিৎসাতেও স্টেম সেল ব্যবহার করা যেতে পারে।':
      'Stem cells can also be used in treating other injuries of tendons, ligaments, cartilage and muscles.',
    'ইনজেকশনগুলি ক্ষতিগ্রস্ত টিস্যুকে আবার গড়ে উঠতে আর সেরে উঠতে সাহায্য করে। শরীরের নিজের স্বাভাবিক মেরামতকে জাগিয়ে তুলে এগুলি এই কাজ করে।':
      "The injections help damaged tissue to grow up again and to recover. These do this work by awakening the body's own natural repair.",
    'এই চিকিৎসার খরচ অনেক হতে পারে, আর এটি খুঁজে পাওয়াও কঠিন হতে পারে। ভারতের মতো জায়গায় এটা বিশেষ করে দেখা যায়। এখানে এই চিকিৎসা এখনও বাজারে আসছে।':
      'The cost of this treatment can be a lot, and finding it can also be hard. In places like India this is seen especially. Here this treatment is still coming into the market.',
    'ইনজেকশনের জন্য স্টেম সেল কীভাবে সংগ্রহ করা হয়?': 'For injection, how are stem cells collected?',
    'স্টেম সেল সাধারণত নেওয়া হয় আপনার বোন ম্যারো বা চর্বি থেকে:': 'Stem cells are usually taken from your bone marrow or fat:',
    'কোমরের হাড়ের পিছনের অংশ (posterior superior iliac spine) থেকে বোন ম্যারো টেনে বের করা হয়':
      'bone marrow is pulled out from the back part of the hip bone (posterior superior iliac spine)',
    'শরীরের যেসব জায়গায় চর্বি জমে, সেখান থেকে চর্বি নেওয়া হয়': 'in whichever places of the body fat collects, from there fat is taken',
    'এরপর নমুনার বাকি অংশ থেকে স্টেম সেল আলাদা করা হয়। এর জন্য সেন্ট্রিফিউগেশন বা ছেঁকে নেওয়ার পদ্ধতি ব্যবহার করা হয়।':
      'After this, the stem cells are separated from the rest of the sample. For this, centrifugation or the method of straining (filtering) is used.',
    'তারপর কোষগুলির কালচার করা হয়, যাতে সেগুলি ভালোভাবে সংখ্যায় বাড়ে।': 'Then culture of the cells is done, so that they grow well in number.',
    'এই পদ্ধতির সময় কী হয়?': 'During this procedure, what happens?',
    'আপনার বোন ম্যারো বা চর্বি থেকে স্টেম সেল নেওয়া হয়।': 'Stem cells are taken from your bone marrow or fat.',
    'কোষগুলির কালচার করা হয়, যাতে সেগুলির সংখ্যা বাড়ে।': 'Culture of the cells is done, so that their number grows.',
    'তারপর সেগুলি ইনজেকশন দিয়ে ক্ষতিগ্রস্ত বা বাতে আক্রান্ত জায়গায় দেওয়া হয়, যেমন হাঁটুর গাঁটে। এটি করা হয় লোকাল অ্যানাস্থেশিয়া দিয়ে।':
      'Then they are given by injection into the damaged place or the place affected by arthritis, such as in the knee joint. This is done with local anaesthesia.',
    'ইনজেকশনগুলি টিস্যুকে আবার গড়ে উঠতে সাহায্য করে। এগুলি প্রদাহ (ফোলা ভাব) কমাতে আর গাঁটকে আরও ভালোভাবে কাজ করতেও সাহায্য করে।':
      'The injections help tissue to grow up again. They also help to reduce inflammation (swelling) and the joint to work better.',
    'অস্টিওআর্থ্রাইটিসে কি স্টেম সেল ইনজেকশন কাজ করে?': 'In osteoarthritis, do stem cell injections work?',
    'হাঁটুর অস্টিওআর্থ্রাইটিসে ফল আশাব্যঞ্জক হয়েছে। ক্ষতিগ্রস্ত কার্টিলেজ আবার গড়ে তুলে আর টিস্যুর মেরামতকে জাগিয়ে তুলে, স্টেম সেল থেরাপি:':
      'In knee osteoarthritis the results have been promising. By building damaged cartilage up again and awakening the repair of tissue, stem cell therapy:',
    'ব্যথা কমাতে পারে': 'can reduce pain',
    'আপনাকে আরও সহজে চলাফেরা করতে সাহায্য করতে পারে': 'can help you move about more easily',
    'অস্টিওআর্থ্রাইটিস বেড়ে চলার গতি কমাতে পারে': 'can reduce the speed at which osteoarthritis keeps growing',
    'তবে ফল আলাদা আলাদা হতে পারে। স্টেম সেল ইনজেকশন আপনার সমস্যার জন্য উপযুক্ত কি না, তা জানতে একজন চিকিৎসা-বিশেষজ্ঞের সঙ্গে কথা বলা জরুরি।':
      'But results can be different from one another. To know whether stem cell injection is suitable for your problem or not, talking with a medical specialist is essential.',
    'অ্যালোজেনিক স্টেম সেল কী?': 'Allogenic stem cell, what [is it]?',
    'অ্যালোজেনিক স্টেম সেল আপনার শরীর থেকে নেওয়া হয় না। এগুলি দেন একজন দাতা (নিজের কোষ দান করেন এমন অন্য মানুষ)।':
      'Allogenic stem cells are not taken from your body. A donor (another person who donates their own cells) gives these.',
    'এগুলিতে কোনো অ্যান্টিবডি নেই, তা নিশ্চিত করতে এগুলি যত্ন করে পরীক্ষা (স্ক্রিনিং) করা হয়। এর ফলে এগুলি যেকোনো রোগীর ক্ষেত্রে ব্যবহারের উপযুক্ত হয়।':
      'To make sure that there are no antibodies in these, these are checked (screening) with care. As a result these are suitable for use in the case of any patient.',
    'ভারতে হাঁটুর অস্টিওআর্থ্রাইটিস ও ক্ষতিগ্রস্ত কার্টিলেজের মতো সমস্যার চিকিৎসার জন্য অ্যালোজেনিক স্টেম সেল এখন কেনা যেতে পারে। এগুলি ব্যবহারের ফলে আরও বেশি চিকিৎসা পাওয়া আগের চেয়ে সহজ হয়েছে। হাঁটুর অস্টিওআর্থ্রাইটিস আর অপারেশন ছাড়া কার্টিলেজ মেরামতের ক্ষেত্রে এটা বিশেষ করে দেখা যায়।':
      'In India, allogenic stem cells can now be bought for the treatment of problems like knee osteoarthritis and damaged cartilage. As a result of using these, getting more treatments has become easier than before. In the case of knee osteoarthritis and cartilage repair without an operation, this is seen especially.',
    'স্টেম সেল ইনজেকশনের খরচ কি বিমা দেয়?': 'Does insurance give the cost of stem cell injection?',
    'স্টেম সেল চিকিৎসাকে প্রায়ই পরীক্ষামূলক চিকিৎসা বলে ধরা হয়। বিমা সব ক্ষেত্রে এর খরচ দেবে, এমন না-ও হতে পারে।':
      'Stem cell treatment is often held to be an experimental treatment. That insurance will give its cost in all cases, it may not be so.',
    'আপনি বিমার সুবিধা পাবেন কি না, তা মূলত এই বিষয়গুলির উপর নির্ভর করে:':
      'Whether you will get the benefit of insurance or not, that mainly depends on these things:',
    'আপনার বিমা কোম্পানি': 'your insurance company',
    'কোন সমস্যার চিকিৎসা হচ্ছে': 'which problem is being treated',
    'চিকিৎসাটিকে মেডিক্যাল দিক থেকে দরকারি বলে ধরা হয় কি না': 'whether the treatment is held to be needed from the medical side or not',
    'আপনার নিজের বিমায় কী কী ধরা আছে, তা জানতে আপনার বিমা কোম্পানির সঙ্গে কথা বলে নেওয়া গুরুত্বপূর্ণ।':
      'To know what all is covered in your own insurance, it is important to talk with your insurance company first.',
    'স্টেম সেল ইনজেকশন কি নিরাপদ?': 'Stem cell injection, is it safe?',
    'যোগ্য চিকিৎসা-বিশেষজ্ঞরা দিলে, এগুলিকে সাধারণভাবে নিরাপদ বলে মনে করা হয়।':
      'If qualified medical specialists give them, these are generally thought to be safe.',
    'তবে যেকোনো চিকিৎসা-পদ্ধতির মতো এগুলিরও ঝুঁকি আছে, যেমন:': 'But like any medical procedure, these too have risks, such as:',
    'সংক্রমণ (ইনফেকশন)': 'infection (infection)',
    রক্তপাত: 'bleeding',
    'ইনজেকশনে খারাপ প্রতিক্রিয়া (রিঅ্যাকশন)': 'a bad reaction to the injection (reaction)',
    'কড়া মেডিক্যাল নজরদারিতে আর সঠিক নির্দেশনা মেনে এই পদ্ধতি করানো খুবই জরুরি।':
      'It is very essential to have this procedure done under strict medical watch and following proper guidance.',
    'আপনার স্টেম সেল সংগ্রহ করা': 'Collecting your stem cells',
    'লোকাল অ্যানাস্থেশিয়া দিয়ে আপনার কোমরের হাড়ের পিছনের অংশ থেকে বোন ম্যারো (হাড়ের ভিতরের নরম অংশ) টেনে বের করা হয়।':
      'With local anaesthesia, bone marrow (the soft part inside the bone) is pulled out from the back part of your hip bone.',
    'আপনার কোমরের হাড়ের পিছনের অংশ থেকে বোন ম্যারো টেনে বের করা হয়। হাড়ের এই অংশকে ইংরেজিতে posterior superior iliac spine বলে।':
      'Bone marrow is pulled out from the back part of your hip bone. This part of the bone is called posterior superior iliac spine in English.',
    'এটি করা হয় লোকাল অ্যানাস্থেশিয়া দিয়ে।': 'This is done with local anaesthesia.',
    'গাঁটের টিস্যু (কোষ দিয়ে গড়া শরীরের অংশ) আবার গড়ে তুলতে বোন ম্যারোর স্টেম সেলকে বেশি ভালো বলে মনে করা হয়। কার্টিলেজ (গাঁটে হাড়ের মাথায় থাকা মসৃণ স্তর) আবার গড়ে তুলতেও এগুলিকে বেশি ভালো বলে মনে করা হয়। কারণ অন্য ধরনের কোষে বদলে যাওয়ার ক্ষমতা এগুলির খুব বেশি।':
      'For building joint tissue (a part of the body built of cells) up again, the stem cells of bone marrow are thought to be better. For building cartilage (the smooth layer on the heads of the bones in a joint) up again too, these are thought to be better. Because their ability to change into other kinds of cells is very great.',
    'স্টেম সেল আলাদা করা': 'Separating the stem cells',
    'নমুনার বাকি অংশ থেকে স্টেম সেল আলাদা করা হয়।': 'The stem cells are separated from the rest of the sample.',
    'বোন ম্যারোতে মেসেনকাইমাল স্টেম সেল (MSCs) নামে স্টেম সেল থাকে।':
      'In bone marrow there are stem cells named mesenchymal stem cells (MSCs).',
    'এগুলিকে রক্তের লোহিত কণিকা, শ্বেত কণিকা ও প্লাজমা থেকে আলাদা করা হয়। এর জন্য সেন্ট্রিফিউগেশন (নমুনাটি খুব জোরে ঘোরানো) বা ছেঁকে নেওয়ার পদ্ধতি ব্যবহার করা হয়।':
      "These are separated from the blood's red corpuscles, white corpuscles and plasma. For this, centrifugation (spinning the sample very hard) or the method of straining (filtering) is used.",
    'কোষ বাড়ানো': 'Growing the cells',
    'স্টেম সেলের সংখ্যা বাড়ানো হয়।': 'The number of stem cells is increased.',
    'MSCs-কে কালচার (শরীরের বাইরে কোষ বাড়ানো) করার জন্য কালচার মিডিয়াম নামে একটি মিশ্রণে রাখা হয়। এটি থেকে এগুলি দরকারি পুষ্টি উপাদান ও গ্রোথ ফ্যাক্টর (বেড়ে ওঠায় সাহায্য করে এমন উপাদান) পায়। এতে এগুলির সংখ্যা বাড়তে সাহায্য হয়।':
      'To do culture (growing cells outside the body) of the MSCs, they are kept in a mixture named culture medium. From it these get the needed nutrients and growth factors (substances that help in growing up). By this, their number is helped to grow.',
    ইনজেকশন: 'Injection',
    'যেখানে চিকিৎসা দরকার, যেমন আপনার হাঁটুতে, সেখানে ইনজেকশন দিয়ে কোষগুলি দেওয়া হয়।':
      'Where treatment is needed, such as in your knee, there the cells are given by injection.',
    'বাড়ানো কোষগুলি ইনজেকশন দিয়ে সেই জায়গায় দেওয়া হয়, যেখানে চিকিৎসা দরকার, যেমন হাঁটুর গাঁটে। এটি করা হয় লোকাল অ্যানাস্থেশিয়া দিয়ে।':
      'The grown cells are given by injection into that place where treatment is needed, such as in the knee joint. This is done with local anaesthesia.',
    'এর উদ্দেশ্য হলো টিস্যুর মেরামত আর আবার গড়ে ওঠাকে জাগিয়ে তোলা।': 'Its aim is to awaken the repair of tissue and its growing up again.',
    'আপনার চর্বি (adipose tissue) থেকে স্টেম সেল নেওয়া হয়।': 'Stem cells are taken from your fat (adipose tissue).',
    'শরীরের যে জায়গায় চর্বি জমে, সেখান থেকে চর্বি নেওয়া হয়।': 'In the place of the body where fat collects, from there fat is taken.',
    'নমুনার অন্য অংশগুলি থেকে এগুলিকে আলাদা করা হয়। এর জন্য সেন্ট্রিফিউগেশন (নমুনাটি খুব জোরে ঘোরানো) বা ছেঁকে নেওয়ার পদ্ধতি ব্যবহার করা হয়।':
      'These are separated from the other parts of the sample. For this, centrifugation (spinning the sample very hard) or the method of straining (filtering) is used.',
    'এগুলি যাতে ভালোভাবে সংখ্যায় বাড়ে, সেজন্য এগুলির কালচার (শরীরের বাইরে কোষ বাড়ানো) করা হয়।':
      'So that these grow well in number, for that culture (growing cells outside the body) of these is done.',
    'কোষগুলি ইনজেকশন দিয়ে ক্ষতিগ্রস্ত বা বাতে আক্রান্ত জায়গায় দেওয়া হয়, যেমন হাঁটুর গাঁটে। এটি করা হয় লোকাল অ্যানাস্থেশিয়া দিয়ে।':
      'The cells are given by injection into the damaged place or the place affected by arthritis, such as in the knee joint. This is done with local anaesthesia.',
    'ইনজেকশনগুলি টিস্যুকে (কোষ দিয়ে গড়া শরীরের অংশ) আবার গড়ে উঠতে সাহায্য করে। এগুলি প্রদাহ (ফোলা ভাব) কমাতে আর গাঁটকে আরও ভালোভাবে কাজ করতেও সাহায্য করে।':
      'The injections help tissue (a part of the body built of cells) to grow up again. They also help to reduce inflammation (swelling) and the joint to work better.',
    'দাতার কোষ প্রস্তুত করা': "Preparing the donor's cells",
    'এই স্টেম সেল দেন একজন দাতা (নিজের কোষ দান করেন এমন অন্য মানুষ), আপনি নন।':
      'A donor (another person who donates their own cells) gives these stem cells, not you.',
    'অ্যালোজেনিক স্টেম সেল আপনার শরীর থেকে নেওয়া হয় না। এগুলি দেন একজন দাতা।':
      'Allogenic stem cells are not taken from your body. A donor gives these.',
    'এগুলিতে কোনো অ্যান্টিবডি নেই, তা নিশ্চিত করতে এগুলি যত্ন করে পরীক্ষা (স্ক্রিনিং) করা হয়। এর ফলে দাতা ছাড়া অন্য রোগীদের ক্ষেত্রে এগুলি ব্যবহারের উপযুক্ত হয়।':
      'To make sure that there are no antibodies in these, these are checked (screening) with care. As a result these are suitable for use in the case of patients other than the donor.',
    'ভারতে এখন এগুলি কেনা যেতে পারে।': 'In India these can now be bought.',
    'দাতার স্টেম সেল হাঁটুর অস্টিওআর্থ্রাইটিসের (গাঁট ক্ষয়ে যাওয়ার বাত) মতো সমস্যায় ব্যবহার করা হয়। অপারেশন ছাড়া কার্টিলেজ (গাঁটে হাড়ের মাথায় থাকা মসৃণ স্তর) মেরামতেও এগুলি ব্যবহার করা হয়।':
      "The donor's stem cells are used in problems like knee osteoarthritis (the arthritis of joints wearing away). These are also used in repairing cartilage (the smooth layer on the heads of the bones in a joint) without an operation.",
    'কতগুলি স্টেম সেল দরকার': 'How many stem cells are needed',
    'মানে আপনার ওজন যত বেশি, তত বেশি কোষ দরকার।': 'Meaning, the more your weight, the more cells are needed.',
    'এই সংখ্যা কোনো প্রেসক্রিপশন নয়। আপনার ডোজ (কত কোষ দেওয়া হবে) ঠিক করেন আপনার ডাক্তার।':
      'This number is not any prescription. Your dose (how many cells will be given) your doctor decides.',
    'এটি সাধারণ তথ্য, চিকিৎসার পরামর্শ নয়। ফল আলাদা আলাদা হতে পারে। স্টেম সেল ইনজেকশন আপনার সমস্যার জন্য উপযুক্ত কি না, সে বিষয়ে একজন চিকিৎসা-বিশেষজ্ঞের সঙ্গে কথা বলা জরুরি। বিমা সব ক্ষেত্রে এর খরচ দেবে, এমন না-ও হতে পারে।':
      'This is general information, not medical advice. Results can be different from one another. About whether stem cell injection is suitable for your problem or not, talking with a medical specialist is essential. That insurance will give its cost in all cases, it may not be so.',
    'Stem Cell Injections (রোগীদের জন্য ক্লিনিকের তথ্যপত্র, ইংরেজিতে)':
      "Stem Cell Injections (the clinic's information leaflet for patients, in English)",
    'তথ্যের সংস্করণ {version}, ক্লিনিকের তথ্য থেকে {date} তারিখে লেখা (ইংরেজি থেকে অনুবাদ)।':
      "Version of the information {version}, written from the clinic's information on the date {date} (translation from English).",
    'সব খুলুন': 'Open all',
    'সব বন্ধ করুন': 'Close all',
    'লিংক কপি করুন': 'Copy link',
    'লিংক কপি করুন: “{question}”': 'Copy link: “{question}”',
    'লিংক কপি হয়েছে': 'Link has been copied',
    'কপি করা গেল না। লিংকটি হলো: {url}': 'Could not copy. The link is: {url}',
    'প্রশ্ন খুঁজুন': 'Search questions',
    '{total}টি প্রশ্নের মধ্যে {shown}টি মিলেছে': 'Out of {total} questions, {shown} have matched',
    '“{query}” দিয়ে কোনো প্রশ্ন মেলেনি। অন্য কোনো শব্দ লিখে দেখুন।': 'No question matched with “{query}”. Try writing some other word.',
    'এই পাতা শেষ যাচাই হয়েছে: {date}': 'This page was last verified: {date}',
    'এই পাতার পরের যাচাই: {date}': "This page's next verification: {date}",
    'যাচাই করেছেন: {name}': 'Verified by [respectful]: {name}',
    'ধাপ {n} ({total}টির মধ্যে)': 'Step {n} (out of {total})',
    'হয়ে গেছে': 'It is done',
    'আপনি এখানে আছেন': 'You are here',
    'আরও তথ্য দেখুন': 'See more information',
    'তথ্য লুকান': 'Hide information',
    'আরও তথ্য দেখুন: {title}': 'See more information: {title}',
    'তথ্য লুকান: {title}': 'Hide information: {title}',
    'সব ধাপ খুলুন': 'Open all steps',
    'সব ধাপ বন্ধ করুন': 'Close all steps',
    'কতগুলি কোষ দরকার': 'How many cells are needed',
    'গুরুত্বপূর্ণ: ': 'Important:',
    'আপনার ওজন': 'Your weight',
    'যেমন, ৭০': 'For example, 70 [in Bengali digits]',
    'কেজি না পাউন্ড': 'Kilo or pound?',
    কেজি: 'kilo (kg)',
    পাউন্ড: 'pound',
    'এই নিয়মে কত হয় দেখতে আপনার ওজন লিখুন।': 'To see how much this rule comes to, write your weight.',
    'এই নিয়ম অনুযায়ী, {weight} কেজি ওজনের জন্য: কমপক্ষে {cells} কোষ। এটি আপনার জন্য ঠিক করা ডোজ নয়।':
      'According to this rule, for a weight of {weight} kilo: at least {cells} cells. This is not a dose fixed for you.',
    'এই নিয়ম অনুযায়ী, {weight} পাউন্ড ({kg} কেজি) ওজনের জন্য: কমপক্ষে {cells} কোষ। এটি আপনার জন্য ঠিক করা ডোজ নয়।':
      'According to this rule, for a weight of {weight} pound ({kg} kilo): at least {cells} cells. This is not a dose fixed for you.',
    'ভুল: ': 'Mistake:',
    'আপনার ওজন লিখুন': 'Write your weight',
    'আপনার ওজন সংখ্যায় লিখুন, যেমন ৭০': 'Write your weight in numbers, for example 70',
    'আপনার ওজন শুধু সংখ্যায় লিখুন, e অক্ষর ছাড়া, যেমন ৭০': 'Write your weight only in numbers, without the letter e, for example 70',
    'দশমিক বিন্দু (.) একবারই দিন, যেমন ৭০.৫': 'Put the decimal point (.) only once, for example 70.5',
    '০-এর বেশি ওজন লিখুন': 'Write a weight more than 0',
    'এই ক্যালকুলেটর প্রাপ্তবয়স্কদের জন্য। {min} থেকে {max} {unit} পর্যন্ত কোনো ওজন লিখুন':
      'This calculator is for adults. Write some weight from {min} up to {max} {unit}',
  },
  notes: [
    'Terms: the words doctors in West Bengal use with patients, one per concept (the glossary above), with a plain Bengali gloss in brackets at the first use in each element, because each element can stand alone on a page. The glosses are explanations, not claims; the English has none of them.',
    '“Stem cell” has no gloss: the FAQ’s first answer is its explanation (বিশেষ ধরনের কোষ, “cells of a special kind”). কোষ is a cell, গাঁট a joint (গাঁটে ব্যথা), পেশি a muscle, বাত arthritis: the words patients use. Not কলা, the textbook word for tissue, which every reader also knows as “banana” and “art”.',
    '“Donor” is দাতা, as in রক্তদাতা (blood donor); Bengali endings leave it whole (দাতার).',
    '“Suitable” is উপযুক্ত, never নিরাপদ (“safe”). নিরাপদ is only in the safety entry, and there only as সাধারণভাবে নিরাপদ বলে মনে করা হয় (“generally thought to be safe”), with the condition “if qualified medical specialists give them”.',
    '“Experimental” is পরীক্ষামূলক চিকিৎসা, the word Bengali papers use for an experimental treatment; it is not read as “practical” (ব্যবহারিক).',
    '“Insurance may not pay for it in all cases” is বিমা সব ক্ষেত্রে এর খরচ দেবে, এমন না-ও হতে পারে (“that insurance will pay in all cases, it may not be so”): “may” is kept, and the negation cannot be read as “in no case”.',
    '“Easier to get” (allogenic cells) is আগের চেয়ে সহজ হয়েছে (“has become easier than before”), and the outlook’s “gets easier to reach” is যত সহজ হবে … তত (“the easier … the more”): comparisons, never সহজলভ্য (“easily available”).',
    '“Can now be bought” is এখন কেনা যেতে পারে, the same “can” construction as ব্যবহার করা যেতে পারে (“can be used”).',
    '“Typically … is seen as the bare minimum” is one sentence of 17 words: সাধারণত (“typically”) … একেবারে ন্যূনতম বলে ধরা হয় (“is held to be the very minimum”). The calculator’s “at least” is কমপক্ষে.',
    '“To make sure they are free of antibodies” is তা নিশ্চিত করতে: নিশ্চিত here is “making sure”, not a promise to the patient; the never-list has নিশ্চিতভাবে and নিশ্চয়তা instead.',
    '“Under local anaesthetic” is লোকাল অ্যানাস্থেশিয়া দিয়ে, as doctors say it; never অবশ (“numb”), which would promise what the patient feels.',
    '“Help it heal” is সেরে উঠতে সাহায্য করে (“help it recover”); the never-list has সেরে যায়, সারিয়ে দেয় and নিরাময় (“cure”). “Stimulate” is জাগিয়ে তোলা (“awaken”) throughout.',
    '“Medical” is চিকিৎসা or মেডিক্যাল, never ডাক্তার (“doctor”), in the FAQ and the steps: the English does not say who gives the injection. Only the dose notice says “your doctor decides”, as the English does.',
    '“The back of the hip bone” is কোমরের হাড়ের পিছনের অংশ. The landmark’s English name stays in brackets in the FAQ, and the steps introduce it as its English name (ইংরেজিতে … বলে), so that “spine” is not read as the backbone (মেরুদণ্ড).',
    '“Culture medium” is কালচার মিডিয়াম নামে একটি মিশ্রণ (“a mixture called culture medium”), after কালচার (শরীরের বাইরে কোষ বাড়ানো, “growing cells outside the body”). Where one English sentence would carry two glossed terms, the Bengali uses two sentences.',
    'English stays only where a patient meets it at the clinic: adipose tissue, the name of the place on the hip bone, and the abbreviations MSCs and BMSCs (2.6 % of the letters).',
    'Sentences end with the দাঁড়ি (।), Unicode’s U+0964 DEVANAGARI DANDA, which Bengali shares with the other Indian scripts (Bengali has no danda of its own).',
    'Units: কেজি and পাউন্ড, in the content as in the calculator; no ending is attached to {unit}. Numbers are written by Intl in Bengali, in Bengali digits (“২০ লাখ”, “১৪ কোটি”); the UI’s example figures are in Bengali digits to match (৭০, ৭০.৫), and the calculator also reads weights typed as 70.',
    'UI strings: the page’s review dates name the page and say যাচাই (“verification”), not পরীক্ষা, which on a medical page reads as the patient’s own test; counts take the classifier টি, right for one match or many; the unit picker is labelled কেজি না পাউন্ড (“kilo or pound?”); the footer says the content is a translation from English.',
  ],
  questions: [
    'Are the glosses plain and right: অস্টিওআর্থ্রাইটিস (গাঁট ক্ষয়ে যাওয়ার বাত), কার্টিলেজ (গাঁটে হাড়ের মাথায় থাকা মসৃণ স্তর), টিস্যু (কোষ দিয়ে গড়া শরীরের অংশ), বোন ম্যারো (হাড়ের ভিতরের নরম অংশ), কালচার (শরীরের বাইরে কোষ বাড়ানো)? “Outside the body” and “arthritis of wear” are definitions the English does not give.',
    'চিকিৎসা-বিশেষজ্ঞ (“medical specialist”) for “medical professional”: is it acceptable, or should it be ডাক্তার?',
    'প্রদাহ (ফোলা ভাব) for “inflammation”: is প্রদাহ understood, and is the gloss “swelling” right enough?',
    'গাঁট for “joint” (হাঁটুর গাঁট, “knee joint”): or the জয়েন্ট your patients may say?',
    'লোহিত কণিকা and শ্বেত কণিকা for red and white blood cells: plain enough?',
    'From the document, for English and every translation alike: donor cells are “suitable for use in any patient” (FAQ) but “in patients other than the donor” (steps); the reason given for screening is “free of antibodies”; and the dose figure is “optimal” and “bare minimum” at once. Is that what the clinic means?',
  ],
};
