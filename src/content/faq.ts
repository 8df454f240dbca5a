import type { FaqEntry } from './types.js';

/**
 * The clinic's questions and answers, in plain words. Every claim comes from the clinic's source
 * document at the document's strength; nothing is added (see CONTENT-REVIEW.md, sentence by
 * sentence). Words in brackets are the document's own terms, or plain definitions of them. The
 * document's marketing words ("revolutionary", "cutting-edge") are left out. The first two
 * entries are the document's explainer sections. `{cells}` is filled in at render time.
 */
export const faqEntries: readonly FaqEntry[] = [
  {
    id: 'what-are-stem-cell-injections',
    question: 'What are stem cell injections?',
    answer: [
      'Stem cells are special cells. They can turn into many different kinds of tissue.',
      'Stem cell therapy is a treatment for problems with bones, joints and muscles (musculoskeletal disorders), such as osteoarthritis and damaged cartilage. It offers a way to regrow tissue.',
      'Stem cells come from two main sources:',
      { list: ['embryonic stem cells', 'adult stem cells, which clinics use more often'] },
      'Stem cells from bone marrow are called bone marrow-derived stem cells (BMSCs). They work best for bone, joint and muscle problems. This is because they are better at turning into cartilage, bone and tendon cells.',
      'This treatment is new and still changing. It offers hope to people who live with long-term pain and worn tissue (chronic pain and degeneration).',
      'It could do a lot to improve the quality of life of people with conditions such as knee osteoarthritis and damaged cartilage.',
      'As research goes on and the treatment gets easier to reach, it may become a more common treatment.',
    ],
  },
  {
    id: 'how-are-stem-cell-injections-given',
    question: 'How are stem cell injections given?',
    answer: [
      'First, stem cells are collected. They usually come from your bone marrow or from your fat (adipose tissue). Cells from bone marrow are thought to be better for regrowing joint and cartilage tissue. This is because they are very good at turning into other kinds of cell.',
      'Bone marrow is drawn out (aspirated) from the back of the hip bone (the posterior superior iliac spine). This is done under local anaesthetic.',
      'Bone marrow has stem cells called mesenchymal stem cells (MSCs). They are separated from the red blood cells, white blood cells and plasma. This is done by spinning the sample fast (centrifugation) or by filtering it (filtration).',
      'Then the MSCs are put in a culture medium. It gives them the nutrients and growth factors they need. This helps them to multiply.',
      'Typically, {cells} stem cells for each kilogram (kg) of body weight is seen as the bare minimum for the injection to work.',
      'The grown cells are then injected into the area that needs treatment, such as the knee joint. The aim is to stimulate tissue repair and regrowth.',
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
      'Stem cells can also be used to treat other injuries to tendons, ligaments, cartilage and muscles.',
      'The injections help damaged tissue regrow and help it heal. They do this by stimulating the body’s own natural repair.',
      'The treatment can cost a lot and can be hard to find. This is especially true in places such as India, where it is still becoming available to buy.',
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
      'Then they are injected into the damaged or arthritic area, such as the knee joint. This is done under local anaesthetic.',
      'The injections help tissue regrow, reduce inflammation and help the joint work better.',
    ],
  },
  {
    id: 'are-they-effective-for-osteoarthritis',
    question: 'Do stem cell injections work for osteoarthritis?',
    answer: [
      'Results for osteoarthritis of the knee have been promising. By regrowing damaged cartilage and stimulating tissue repair, stem cell therapy can:',
      { list: ['reduce pain', 'help you move more easily', 'slow down the osteoarthritis'] },
      'But results may vary. It is essential to talk to a medical professional, to find out whether stem cell injections are suitable for your condition.',
    ],
  },
  {
    id: 'what-are-allogenic-stem-cells',
    question: 'What are allogenic stem cells?',
    answer: [
      'Allogenic stem cells come from a donor, not from you.',
      'They are checked with care (screened) to make sure they are free of antibodies. This makes them suitable for use in any patient.',
      'In India, allogenic stem cells can now be bought (they are commercially available) for treating conditions such as knee osteoarthritis and cartilage damage. Using them has made more treatments easier to get. This is especially true for knee osteoarthritis and for cartilage repair without surgery.',
    ],
  },
  {
    id: 'are-they-covered-by-insurance',
    question: 'Are stem cell injections covered by insurance?',
    answer: [
      'Stem cell treatment is often seen as experimental. Insurance may not pay for it in all cases.',
      'Whether you are covered depends mostly on:',
      {
        list: ['your insurance company', 'the condition being treated', 'whether the treatment is judged to be medically necessary'],
      },
      'It is important to check with your insurance company to find out what your own cover includes.',
    ],
  },
  {
    id: 'are-they-safe',
    question: 'Are stem cell injections safe?',
    answer: [
      'They are generally thought to be safe when qualified medical professionals give them.',
      'But like any medical procedure, they have risks, such as:',
      { list: ['infection', 'bleeding', 'a bad reaction to the injection (adverse reaction)'] },
      'It is crucial to have the procedure under strict medical supervision, with proper guidance.',
    ],
  },
];
