import type { FaqEntry } from './types.js';

/**
 * The clinic's questions and answers, in plain words. Every fact comes from the clinic's source
 * document; nothing is added. The first two entries are the document's explainer sections.
 */
export const faqEntries: readonly FaqEntry[] = [
  {
    id: 'what-are-stem-cell-injections',
    question: 'What are stem cell injections?',
    answer: [
      'Stem cells are special cells. They can turn into many different kinds of tissue.',
      'Stem cell injections use this to treat problems with bones, joints and muscles (musculoskeletal disorders), such as osteoarthritis and damaged cartilage. The aim is to help the body repair and regrow tissue.',
      'Stem cells come from two main sources:',
      { list: ['embryonic stem cells', 'adult stem cells, which clinics use more often'] },
      'Stem cells from bone marrow are called bone marrow-derived stem cells (BMSCs). They work best for bone, joint and muscle problems. This is because they are very good at turning into cartilage, bone and tendon cells.',
      'This treatment is new and still changing. It gives hope to people who live with long-term pain and worn joints, such as knee osteoarthritis or cartilage damage. As research goes on and the treatment gets easier to reach, it may become a more common treatment.',
    ],
  },
  {
    id: 'how-are-stem-cell-injections-given',
    question: 'How are stem cell injections given?',
    answer: [
      'First, stem cells are collected. They usually come from your bone marrow or from your fat (adipose tissue). Cells from bone marrow are thought to be better for repairing joints and cartilage. This is because they can turn into more kinds of cell.',
      'Bone marrow is drawn out with a needle from the back of the hip bone (the posterior superior iliac spine). You have a local anaesthetic first, so the area is numb.',
      'The stem cells in bone marrow are called mesenchymal stem cells (MSCs). They are separated from the red blood cells, white blood cells and plasma. This is done by spinning the sample fast (centrifugation) or by filtering it (filtration).',
      'Then the stem cells are grown in a liquid called a culture medium. It gives them the nutrients and growth factors they need to multiply.',
      'About 2 million cells for each kilogram (kg) of your body weight is seen as the bare minimum for the injection to work.',
      'The grown cells are then injected into the area that needs treatment, such as the knee joint. The aim is to help the tissue repair and regrow.',
    ],
  },
  {
    id: 'what-are-stem-cell-injections-used-for',
    question: 'What are stem cell injections used for?',
    answer: [
      'They are used most often for:',
      {
        list: [
          'osteoarthritis of the knee, one of the most common conditions treated this way',
          'chondral defects, which means damaged cartilage',
        ],
      },
      'They can also treat other injuries to tendons, ligaments, cartilage and muscles.',
      'The injections aim to help damaged tissue regrow and heal. They do this by starting the body’s own natural repair.',
      'The treatment can cost a lot and can be hard to find. This is true in places such as India, where it is still becoming available to buy.',
    ],
  },
  {
    id: 'how-are-stem-cells-harvested',
    question: 'How are stem cells harvested (collected) for injections?',
    answer: [
      'Stem cells are usually taken from your bone marrow or from fat (adipose tissue):',
      {
        list: [
          'bone marrow is drawn out from the back of the hip bone (the posterior superior iliac spine)',
          'fat is taken from places where your body stores fat',
        ],
      },
      'Next, the stem cells are separated from the rest of the sample. This is done by spinning it (centrifugation) or by filtering it (filtration).',
      'Then the cells are grown (cultured) so that they multiply well.',
    ],
  },
  {
    id: 'what-is-the-procedure',
    question: 'What happens during the procedure?',
    answer: [
      'Stem cells are taken from your bone marrow or from your fat tissue.',
      'The cells are grown (cultured) so that there are more of them.',
      'Then they are injected into the damaged or arthritic area, such as the knee joint. This is done under local anaesthetic, so the area is numb.',
      'The injections aim to help tissue regrow, to reduce swelling (inflammation) and to help the joint work better.',
    ],
  },
  {
    id: 'are-they-effective-for-osteoarthritis',
    question: 'Do stem cell injections work for osteoarthritis?',
    answer: [
      'Results for osteoarthritis of the knee have been promising. Stem cells can help damaged cartilage regrow and start tissue repair. This can:',
      { list: ['reduce pain', 'help you move more easily', 'slow down the osteoarthritis'] },
      'But results vary from person to person. It is important to talk to a medical professional about whether stem cell injections suit your condition.',
    ],
  },
  {
    id: 'what-are-allogenic-stem-cells',
    question: 'What are allogenic stem cells?',
    answer: [
      'Allogenic stem cells come from a donor, not from you.',
      'They are checked with care (screened) to make sure they are free of antibodies. This makes them safe to use in any patient, not only in the donor.',
      'In India, allogenic stem cells can now be bought (they are commercially available). They are used for conditions such as knee osteoarthritis and cartilage damage. They have made treatment easier to reach, including cartilage repair without surgery.',
    ],
  },
  {
    id: 'are-they-covered-by-insurance',
    question: 'Are stem cell injections covered by insurance?',
    answer: [
      'Not always. Stem cell treatment is often seen as experimental, so insurance may not pay for it.',
      'Whether you are covered depends on:',
      {
        list: [
          'your insurance company',
          'the condition being treated',
          'whether the treatment is judged to be medically necessary',
        ],
      },
      'Check with your insurance company to find out what your own cover includes.',
    ],
  },
  {
    id: 'are-they-safe',
    question: 'Are stem cell injections safe?',
    answer: [
      'They are generally thought to be safe when qualified medical professionals give them.',
      'But like any medical procedure, they have risks, such as:',
      { list: ['infection', 'bleeding', 'a bad reaction to the injection (adverse reaction)'] },
      'It is very important to have the procedure under strict medical supervision, with proper guidance.',
    ],
  },
];
