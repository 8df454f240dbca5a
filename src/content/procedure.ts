import type { ProcedureStep, StemCellSource } from './types.js';

// Each source gets only what the clinic's document says about it. The document describes the
// culture medium and the dose rule for mesenchymal stem cells from bone marrow, so only the
// bone-marrow steps say them; for fat it says only that the cells are separated and cultured.
// It says nothing about how donor cells are given beyond their use, so no anaesthetic is named.
// `{cells}` is filled in at render time.

const injectSummary = 'The cells are injected into the area that needs treatment, such as your knee.';

const boneMarrowSeparate: ProcedureStep = {
  id: 'separate',
  title: 'Separating the stem cells',
  summary: 'The stem cells are separated from the rest of the sample.',
  details: [
    'Bone marrow has stem cells called mesenchymal stem cells (MSCs).',
    'They are separated from the red blood cells, white blood cells and plasma. This is done by spinning the sample fast (centrifugation) or by filtering it (filtration).',
  ],
};

const inject: ProcedureStep = {
  id: 'inject',
  title: 'The injection',
  summary: injectSummary,
  details: [
    'The cells are injected into the damaged or arthritic area, such as the knee joint. This is done under local anaesthetic.',
    'The injections help tissue regrow, reduce inflammation and help the joint work better.',
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
        'Bone marrow is drawn out (aspirated) from the back of your hip bone. This part of the bone is called the posterior superior iliac spine.',
        'This is done under local anaesthetic.',
        'Stem cells from bone marrow are thought to be better for regrowing joint and cartilage tissue. This is because they are very good at turning into other kinds of cell.',
      ],
    },
    boneMarrowSeparate,
    {
      id: 'culture',
      title: 'Growing the cells',
      summary: 'The stem cells are grown so that there are more of them.',
      details: [
        'The MSCs are put in a culture medium. It gives them the nutrients and growth factors they need. This helps them to multiply.',
        'Typically, {cells} stem cells for each kilogram (kg) of body weight is seen as the bare minimum for the injection to work.',
      ],
    },
    {
      ...inject,
      details: [
        'The grown cells are injected into the area that needs treatment, such as the knee joint. This is done under local anaesthetic.',
        'The aim is to stimulate tissue repair and regrowth.',
      ],
    },
  ],
  adipose: [
    {
      id: 'harvest',
      title: 'Collecting your stem cells',
      summary: 'Stem cells are taken from your fat (adipose tissue).',
      details: ['Fat is taken from a place where your body stores fat.'],
    },
    {
      ...boneMarrowSeparate,
      details: [
        'They are separated from the other parts of the sample. This is done by spinning it fast (centrifugation) or by filtering it (filtration).',
      ],
    },
    {
      id: 'culture',
      title: 'Growing the cells',
      summary: 'The stem cells are grown so that there are more of them.',
      details: ['They are grown (cultured) so that they multiply well.'],
    },
    inject,
  ],
  allogenic: [
    {
      id: 'donor',
      title: 'Preparing donor cells',
      summary: 'The stem cells come from a donor, not from you.',
      details: [
        'Allogenic stem cells come from a donor, not from you.',
        'They are checked with care (screened) to make sure they are free of antibodies. This makes them suitable for use in patients other than the donor.',
        'In India, they can now be bought (they are commercially available).',
      ],
    },
    {
      id: 'inject',
      title: 'The injection',
      summary: injectSummary,
      details: ['Donor stem cells are used for conditions such as knee osteoarthritis and for cartilage repair without surgery.'],
    },
  ],
};
