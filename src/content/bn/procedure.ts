import type { ProcedureStep, StemCellSource } from '../types.js';

// Bengali translation of `procedureSteps` (../procedure.ts): the same sources, step ids, details
// blocks and `{cells}`, built the same way (shared separate and inject steps). As in English, each
// source gets only what the clinic's document says about it; no anaesthetic is named for donor
// cells. Each source's steps can stand alone on a page, so each list glosses its own terms once, at
// their first use under a title (./glossary.ts): the shared inject step's details carry the tissue
// gloss because only the fat list uses them, and the bone-marrow list glosses tissue in its first
// step. Judgement calls: docs/reviews/bn.md.

const injectSummary = 'যেখানে চিকিৎসা দরকার, যেমন আপনার হাঁটুতে, সেখানে ইনজেকশন দিয়ে কোষগুলি দেওয়া হয়।';

const boneMarrowSeparate: ProcedureStep = {
  id: 'separate',
  title: 'স্টেম সেল আলাদা করা',
  summary: 'নমুনার বাকি অংশ থেকে স্টেম সেল আলাদা করা হয়।',
  details: [
    'বোন ম্যারোতে মেসেনকাইমাল স্টেম সেল (MSCs) নামে স্টেম সেল থাকে।',
    'এগুলিকে রক্তের লোহিত কণিকা, শ্বেত কণিকা ও প্লাজমা থেকে আলাদা করা হয়। এর জন্য সেন্ট্রিফিউগেশন (নমুনাটি খুব জোরে ঘোরানো) বা ছেঁকে নেওয়ার পদ্ধতি ব্যবহার করা হয়।',
  ],
};

const inject: ProcedureStep = {
  id: 'inject',
  title: 'ইনজেকশন',
  summary: injectSummary,
  details: [
    'কোষগুলি ইনজেকশন দিয়ে ক্ষতিগ্রস্ত বা বাতে আক্রান্ত জায়গায় দেওয়া হয়, যেমন হাঁটুর গাঁটে। এটি করা হয় লোকাল অ্যানাস্থেশিয়া দিয়ে।',
    'ইনজেকশনগুলি টিস্যুকে (কোষ দিয়ে গড়া শরীরের অংশ) আবার গড়ে উঠতে সাহায্য করে। এগুলি প্রদাহ (ফোলা ভাব) কমাতে আর গাঁটকে আরও ভালোভাবে কাজ করতেও সাহায্য করে।',
  ],
};

/** The documented procedure for each source of stem cells, in order, in Bengali. */
export const procedureStepsBn: Readonly<Record<StemCellSource, readonly ProcedureStep[]>> = {
  'bone-marrow': [
    {
      id: 'harvest',
      title: 'আপনার স্টেম সেল সংগ্রহ করা',
      summary: 'লোকাল অ্যানাস্থেশিয়া দিয়ে আপনার কোমরের হাড়ের পিছনের অংশ থেকে বোন ম্যারো (হাড়ের ভিতরের নরম অংশ) টেনে বের করা হয়।',
      details: [
        // One way of naming the landmark: the plain words, and the English name a patient may hear.
        'আপনার কোমরের হাড়ের পিছনের অংশ থেকে বোন ম্যারো টেনে বের করা হয়। হাড়ের এই অংশকে ইংরেজিতে posterior superior iliac spine বলে।',
        'এটি করা হয় লোকাল অ্যানাস্থেশিয়া দিয়ে।',
        'গাঁটের টিস্যু (কোষ দিয়ে গড়া শরীরের অংশ) আবার গড়ে তুলতে বোন ম্যারোর স্টেম সেলকে বেশি ভালো বলে মনে করা হয়। কার্টিলেজ (গাঁটে হাড়ের মাথায় থাকা মসৃণ স্তর) আবার গড়ে তুলতেও এগুলিকে বেশি ভালো বলে মনে করা হয়। কারণ অন্য ধরনের কোষে বদলে যাওয়ার ক্ষমতা এগুলির খুব বেশি।',
      ],
    },
    boneMarrowSeparate,
    {
      id: 'culture',
      title: 'কোষ বাড়ানো',
      summary: 'স্টেম সেলের সংখ্যা বাড়ানো হয়।',
      details: [
        'MSCs-কে কালচার (শরীরের বাইরে কোষ বাড়ানো) করার জন্য কালচার মিডিয়াম নামে একটি মিশ্রণে রাখা হয়। এটি থেকে এগুলি দরকারি পুষ্টি উপাদান ও গ্রোথ ফ্যাক্টর (বেড়ে ওঠায় সাহায্য করে এমন উপাদান) পায়। এতে এগুলির সংখ্যা বাড়তে সাহায্য হয়।',
        'সাধারণত, ইনজেকশন কাজ করার জন্য শরীরের প্রতি কেজি ওজনে {cells} স্টেম সেলকে একেবারে ন্যূনতম বলে ধরা হয়।',
      ],
    },
    {
      ...inject,
      details: [
        'বাড়ানো কোষগুলি ইনজেকশন দিয়ে সেই জায়গায় দেওয়া হয়, যেখানে চিকিৎসা দরকার, যেমন হাঁটুর গাঁটে। এটি করা হয় লোকাল অ্যানাস্থেশিয়া দিয়ে।',
        'এর উদ্দেশ্য হলো টিস্যুর মেরামত আর আবার গড়ে ওঠাকে জাগিয়ে তোলা।',
      ],
    },
  ],
  adipose: [
    {
      id: 'harvest',
      title: 'আপনার স্টেম সেল সংগ্রহ করা',
      summary: 'আপনার চর্বি (adipose tissue) থেকে স্টেম সেল নেওয়া হয়।',
      details: ['শরীরের যে জায়গায় চর্বি জমে, সেখান থেকে চর্বি নেওয়া হয়।'],
    },
    {
      ...boneMarrowSeparate,
      details: [
        'নমুনার অন্য অংশগুলি থেকে এগুলিকে আলাদা করা হয়। এর জন্য সেন্ট্রিফিউগেশন (নমুনাটি খুব জোরে ঘোরানো) বা ছেঁকে নেওয়ার পদ্ধতি ব্যবহার করা হয়।',
      ],
    },
    {
      id: 'culture',
      title: 'কোষ বাড়ানো',
      summary: 'স্টেম সেলের সংখ্যা বাড়ানো হয়।',
      details: ['এগুলি যাতে ভালোভাবে সংখ্যায় বাড়ে, সেজন্য এগুলির কালচার (শরীরের বাইরে কোষ বাড়ানো) করা হয়।'],
    },
    inject,
  ],
  allogenic: [
    {
      id: 'donor',
      title: 'দাতার কোষ প্রস্তুত করা',
      summary: 'এই স্টেম সেল দেন একজন দাতা (নিজের কোষ দান করেন এমন অন্য মানুষ), আপনি নন।',
      details: [
        'অ্যালোজেনিক স্টেম সেল আপনার শরীর থেকে নেওয়া হয় না। এগুলি দেন একজন দাতা।',
        'এগুলিতে কোনো অ্যান্টিবডি নেই, তা নিশ্চিত করতে এগুলি যত্ন করে পরীক্ষা (স্ক্রিনিং) করা হয়। এর ফলে দাতা ছাড়া অন্য রোগীদের ক্ষেত্রে এগুলি ব্যবহারের উপযুক্ত হয়।',
        'ভারতে এখন এগুলি কেনা যেতে পারে।',
      ],
    },
    {
      id: 'inject',
      title: 'ইনজেকশন',
      summary: injectSummary,
      details: [
        'দাতার স্টেম সেল হাঁটুর অস্টিওআর্থ্রাইটিসের (গাঁট ক্ষয়ে যাওয়ার বাত) মতো সমস্যায় ব্যবহার করা হয়। অপারেশন ছাড়া কার্টিলেজ (গাঁটে হাড়ের মাথায় থাকা মসৃণ স্তর) মেরামতেও এগুলি ব্যবহার করা হয়।',
      ],
    },
  ],
};
