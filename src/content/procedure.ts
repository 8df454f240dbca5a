import type { ProcedureStep, StemCellSource } from './types.js';

const separate: ProcedureStep = {
  id: 'separate',
  title: 'Separating the stem cells',
  summary: 'The stem cells are separated from the rest of the sample.',
  details: [
    'The stem cells in bone marrow are called mesenchymal stem cells (MSCs).',
    'They are separated from the red blood cells, white blood cells and plasma. This is done by spinning the sample fast (centrifugation) or by filtering it (filtration).',
  ],
};

const culture: ProcedureStep = {
  id: 'culture',
  title: 'Growing the cells',
  summary: 'The stem cells are grown until there are enough of them.',
  details: [
    'The cells are put in a liquid called a culture medium. It gives them the nutrients and growth factors they need to multiply.',
    'About 2 million cells for each kilogram (kg) of your body weight is seen as the bare minimum for the injection to work.',
  ],
};

const inject: ProcedureStep = {
  id: 'inject',
  title: 'The injection',
  summary: 'The cells are injected into the area that needs treatment, such as your knee.',
  details: [
    'The cells are injected into the damaged area, such as the knee joint. This is done under local anaesthetic, so the area is numb.',
    'The aim is to help the tissue repair and regrow.',
  ],
};

/** The documented procedure for each source of stem cells, in order. */
export const procedureSteps: Readonly<Record<StemCellSource, readonly ProcedureStep[]>> = {
  'bone-marrow': [
    {
      id: 'harvest',
      title: 'Collecting your stem cells',
      summary: 'Bone marrow is drawn out from the back of your hip bone, under local anaesthetic.',
      details: [
        'A doctor draws out (aspirates) a little bone marrow with a needle. It comes from the back of your hip bone, called the posterior superior iliac spine.',
        'You have a local anaesthetic first, so the area is numb.',
        'Cells from bone marrow are thought to be the best for joints and cartilage. This is because they can turn into cartilage, bone and tendon cells.',
      ],
    },
    separate,
    culture,
    inject,
  ],
  adipose: [
    {
      id: 'harvest',
      title: 'Collecting your stem cells',
      summary: 'Stem cells are taken from your fat (adipose tissue).',
      details: ['The stem cells are taken from a place where your body stores fat.'],
    },
    {
      ...separate,
      details: [
        'They are separated from the other parts of the sample. This is done by spinning it fast (centrifugation) or by filtering it (filtration).',
      ],
    },
    culture,
    inject,
  ],
  allogenic: [
    {
      id: 'donor',
      title: 'Preparing donor cells',
      summary: 'The stem cells come from a donor, so nothing is taken from you.',
      details: [
        'Allogenic stem cells come from a donor, not from you.',
        'They are checked with care (screened) to make sure they are free of antibodies. This makes them safe to use in any patient.',
        'In India, they can now be bought (they are commercially available).',
      ],
    },
    inject,
  ],
};
