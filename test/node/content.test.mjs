// Runs in Node (node --test) against the built package: the content is plain data, and the
// readability packages are CommonJS-flavoured Node modules.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';
import * as content from '../../dist/content/index.js';
import { faqIds } from '../../dist/content/faq-ids.js';
import { stepIds } from '../../dist/content/step-ids.js';
import { doseStrings } from '../../dist/content/strings.js';
import { blocksText as plainText } from '../../dist/internal/blocks.js';
const blocksText = (blocks) => plainText(blocks, {});

const { clinicNotes, contentInfo, doseRule, faqEntries, procedureSteps } = content;

/** The clinic's document; the checks that compare with it are skipped when it is not on this machine. */
const sourceUrl = new URL('../../../shared/seed/stem-cell-injections.txt', import.meta.url);
const doc = existsSync(sourceUrl) ? readFileSync(sourceUrl, 'utf8') : undefined;
const needsSource = { skip: doc === undefined && 'the clinic’s document (../shared/seed/stem-cell-injections.txt) is not here' };

/** `{cells}` filled in the way the elements do for English, to read and grade the text as patients see it. */
const fill = (text) => text.replaceAll('{cells}', '2 million');

const allSteps = Object.values(procedureSteps).flat();
const bundledText = fill(
  [
    ...faqEntries.map((e) => `${e.question}\n${blocksText(e.answer)}`),
    ...allSteps.map((s) => `${s.title}\n${s.summary}\n${blocksText(s.details)}`),
    doseRule.heading,
    doseRule.rule,
    doseRule.meaning,
    doseRule.notice,
    clinicNotes.disclaimer,
  ].join('\n'),
);

/** Every string in every content export, with where it is: `faqEntries[are-they-safe].answer[0]`. */
function strings(value, path) {
  if (typeof value === 'string') return [{ path, text: value }];
  if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, `${path}[${v?.id ?? i}]`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => strings(v, `${path}.${k}`));
  return [];
}
const everyString = Object.entries(content).flatMap(([name, value]) => strings(value, name));
/** The text patients read: every string but the ids. */
const everyText = everyString.filter((s) => !/\.id$/.test(s.path));

const entry = (id) => faqEntries.find((e) => e.id === id);
const step = (source, id) => procedureSteps[source].find((s) => s.id === id);
const textOf = (e) => `${e.question}\n${blocksText(e.answer)}`;
const stepText = (s) => `${s.title}\n${s.summary}\n${blocksText(s.details)}`;

/** Grade of a text: each line and each sentence counts as a sentence (list items have no full stop). */
function grade(text) {
  const sentences = text.split(/\n|[.!?]+(?=\s|$)/).filter((s) => /\w/.test(s));
  const words = text.match(/[\p{L}\p{N}’'-]+/gu) ?? [];
  const syllables = words.reduce((n, w) => n + syllable(w), 0);
  return fleschKincaid({ sentence: sentences.length, word: words.length, syllable: syllables });
}

const entryText = (question, answer) => fill(`${question}\n${blocksText(answer)}`);

describe('bundled content', () => {
  describe('the FAQ entries', () => {
    it('has the document’s seven questions and its two explainer sections', () => {
      assert.deepEqual(
        faqEntries.map((e) => e.id),
        [
          'what-are-stem-cell-injections',
          'how-are-stem-cell-injections-given',
          'what-are-stem-cell-injections-used-for',
          'how-are-stem-cells-harvested',
          'what-is-the-procedure',
          'are-they-effective-for-osteoarthritis',
          'what-are-allogenic-stem-cells',
          'are-they-covered-by-insurance',
          'are-they-safe',
        ],
      );
    });

    it('gives the elements the clinic’s ids as the text has them, in order, for pages that never load the text', () => {
      assert.deepEqual(
        faqIds,
        faqEntries.map((e) => e.id),
      );
      for (const [source, steps] of Object.entries(procedureSteps))
        assert.deepEqual(
          stepIds[source],
          steps.map((s) => s.id),
          source,
        );
      assert.deepEqual(Object.keys(stepIds), Object.keys(procedureSteps));
    });

    it('gives every entry a unique, URL-safe id', () => {
      const ids = faqEntries.map((e) => e.id);
      assert.equal(new Set(ids).size, ids.length);
      for (const id of ids) assert.match(id, /^[a-z0-9-]+$/, id);
    });

    it('has no empty question, paragraph or list item anywhere', () => {
      const texts = [...faqEntries.map((e) => e.question), ...allSteps.flatMap((s) => [s.title, s.summary])];
      const blocks = [...faqEntries.flatMap((e) => e.answer), ...allSteps.flatMap((s) => s.details)];
      for (const b of blocks) texts.push(...blocksText([b]).split('\n'));
      for (const t of texts) assert.notEqual(t.trim(), '', JSON.stringify(t));
    });
  });

  describe('the procedure', () => {
    it('has four steps for bone marrow and fat, and two for donor cells', () => {
      assert.deepEqual(
        procedureSteps['bone-marrow'].map((s) => s.id),
        ['harvest', 'separate', 'culture', 'inject'],
      );
      assert.deepEqual(
        procedureSteps.adipose.map((s) => s.id),
        ['harvest', 'separate', 'culture', 'inject'],
      );
      assert.deepEqual(
        procedureSteps.allogenic.map((s) => s.id),
        ['donor', 'inject'],
      );
    });

    it('has unique step ids within each source', () => {
      for (const steps of Object.values(procedureSteps)) assert.equal(new Set(steps.map((s) => s.id)).size, steps.length);
    });
  });

  describe('the dose rule', () => {
    it('is 2,000,000 cells per kg, described as the bare minimum', () => {
      assert.equal(doseRule.cellsPerKg, 2_000_000);
      assert.match(doseRule.rule, /\{cells\}[^.]*bare minimum/);
    });

    it('keeps the document’s own hedge “Typically” and “is considered”, and nothing that softens the minimum', () => {
      assert.match(doseRule.rule, /^Typically, \{cells\} stem cells for each kilogram[^.]* is seen as the bare minimum/);
      // "about" made a minimum approximate; "this clinic's rule" turned "is considered" into the clinic's own rule.
      assert.doesNotMatch(doseRule.rule, /\babout\b|clinic’s rule/i);
    });

    it('states the calculator’s figure as a minimum, never as “about … at least”', () => {
      for (const key of ['resultKg', 'resultLb']) {
        assert.match(doseStrings[key], /: at least \{cells\} cells\./, key);
        assert.doesNotMatch(doseStrings[key], /\babout\b/, key);
      }
    });

    it('gives one notice, not two: the dose notice does not repeat the footer’s “general information”', () => {
      assert.match(clinicNotes.disclaimer, /general information/);
      assert.doesNotMatch(doseRule.notice, /general information/);
      assert.match(doseRule.notice, /Your doctor decides your dose/);
    });
  });

  describe('every fact of the clinic’s document', () => {
    const facts = [
      ['stem cells turn into many kinds of tissue', /turn into many different kinds of tissue/],
      ['two sources: embryonic and adult', /embryonic stem cells[\s\S]*adult stem cells/],
      ['adult stem cells used more', /adult stem cells, which clinics use more often/],
      ['BMSCs best for musculoskeletal use', /bone marrow-derived stem cells \(BMSCs\)\. They work best for bone, joint and muscle/],
      ['BMSCs turn into cartilage, bone and tendon', /cartilage, bone and tendon cells/],
      ['harvest from bone marrow or adipose tissue', /bone marrow or from (your )?fat \(adipose tissue\)/],
      [
        'bone marrow better for joint and cartilage regeneration',
        /bone marrow are thought to be better for regrowing joint and cartilage tissue/,
      ],
      ['aspiration from the posterior superior iliac spine', /posterior superior iliac spine/],
      ['under local anaesthesia', /local anaesthetic/],
      ['mesenchymal stem cells present in bone marrow', /Bone marrow has stem cells called mesenchymal stem cells \(MSCs\)/],
      ['separation from red cells, white cells and plasma', /red blood cells, white blood cells and plasma/],
      ['by centrifugation or filtration', /\(centrifugation\)[^.]*\(filtration\)/],
      [
        'culture medium with nutrients and growth factors',
        /culture medium\. It gives them the nutrients and growth factors they need\. This helps them to multiply/,
      ],
      [
        'typically, 2 million cells per kg as the bare minimum',
        /Typically, 2 million stem cells for each kilogram \(kg\)[^.]*bare minimum/,
      ],
      [
        'injection into the affected area, such as the knee, to stimulate repair and regeneration',
        /injected into the [^.]*such as the knee joint\. The aim is to stimulate tissue repair and regrowth/,
      ],
      [
        'used for knee osteoarthritis and chondral defects',
        /osteoarthritis of the knee[\s\S]*chondral defects, which means damaged cartilage/,
      ],
      ['knee osteoarthritis among the most common', /one of the most common conditions treated/],
      [
        'also tendon, ligament, cartilage and muscle injuries',
        /can also be used to treat other injuries to tendons, ligaments, cartilage and muscles/,
      ],
      [
        'help regrow and heal by stimulating natural repair',
        /help damaged tissue regrow and help it heal\. They do this by stimulating the body’s own natural repair/,
      ],
      [
        'potential to improve the quality of life (the document’s conclusion)',
        /could do a lot to improve the quality of life of people with conditions such as knee osteoarthritis and damaged cartilage/,
      ],
      [
        'cost and availability barriers in India',
        /cost a lot and can be hard to find\. This is especially true in places such as India, where it is still becoming available/,
      ],
      ['allogenic cells come from a donor', /Allogenic stem cells come from a donor, not from you/],
      ['screened to be free of antibodies', /screened\) to make sure they are free of antibodies/],
      [
        'allogenic cells commercially available in India',
        /In India, allogenic stem cells can now be bought \(they are commercially available\)/,
      ],
      [
        'allogenic cells: more accessible treatment, non-surgical cartilage repair',
        /made more treatments easier to get\. This is especially true for knee osteoarthritis and for cartilage repair without surgery/,
      ],
      [
        'insurance: often seen as experimental; may not be covered in all cases',
        /often seen as experimental\. Insurance may not pay for it in all cases/,
      ],
      [
        'insurance depends on insurer, condition, necessity',
        /your insurance company[\s\S]*the condition being treated[\s\S]*medically necessary/,
      ],
      ['important to check with your insurer', /important to check with your insurance company/],
      ['generally safe with qualified professionals', /generally thought to be safe when qualified medical professionals/],
      ['risks: infection, bleeding, adverse reactions', /infection\nbleeding\na bad reaction to the injection \(adverse reaction\)/],
      ['crucial: strict medical supervision', /crucial to have the procedure under strict medical supervision, with proper guidance/],
      ['effectiveness: promising for knee osteoarthritis', /osteoarthritis of the knee have been promising/],
      [
        'by regenerating cartilage and stimulating repair: less pain, better mobility, slower progression',
        /By regrowing damaged cartilage and stimulating tissue repair, stem cell therapy can:\nreduce pain\nhelp you move more easily\nslow down the osteoarthritis/,
      ],
      [
        'results may vary; essential to consult a professional',
        /results may vary\. It is essential to talk to a medical professional, to find out whether stem cell injections are suitable for your condition/,
      ],
      [
        'procedure: regenerate tissue, reduce inflammation, improve joint function',
        /help tissue regrow, reduce inflammation and help the joint work better/,
      ],
      ['outlook: may become more common as research goes on', /As research goes on[^.]*may become a more common treatment/],
      ['disclaimer: insurance may not cover it in all cases', /Insurance may not cover them in all cases/],
      ['dose notice: your doctor decides', /This figure is not a prescription\. Your doctor decides your dose/],
    ];
    for (const [fact, pattern] of facts) {
      it(`says: ${fact}`, () => assert.match(bundledText, pattern));
    }
  });

  describe('plain language', () => {
    it('keeps every FAQ entry at or below grade 11 and the average at or below grade 9', () => {
      const grades = faqEntries.map((e) => ({ id: e.id, grade: grade(entryText(e.question, e.answer)) }));
      const stepGrades = Object.entries(procedureSteps).flatMap(([source, steps]) =>
        steps.map((s) => ({ id: `${source} step: ${s.id}`, grade: grade(fill(stepText(s))) })),
      );
      const all = [...grades, ...stepGrades];
      const average = all.reduce((n, g) => n + g.grade, 0) / all.length;
      const sourceGrade = doc === undefined ? 'not found' : grade(doc).toFixed(1);
      console.log(
        `Flesch-Kincaid grades:\n${all.map((g) => `  ${g.grade.toFixed(1).padStart(5)}  ${g.id}`).join('\n')}\n  average ${average.toFixed(1)}; the clinic's source document, measured the same way: ${sourceGrade}`,
      );
      for (const g of all) assert.ok(g.grade <= 11, `${g.id} reads at grade ${g.grade.toFixed(1)}`);
      assert.ok(average <= 9, `average grade ${average.toFixed(1)}`);
    });
  });
  // Issue #13: the content says what the clinic's document says, never more. Each test below fails
  // on one regression that happened or could happen: a hedge dropped, a claim strengthened or added.
  describe('patient safety: exactly what the clinic says', () => {
    /** Words and phrases that strengthen or add a claim; the content may use one only if the document does. */
    const forbidden = [
      'safe to use',
      'safe for',
      'safer',
      'safest',
      'safely',
      'cure',
      'cures',
      'cured',
      'guarantee',
      'guarantees',
      'guaranteed',
      'proven',
      'proves',
      'no risk',
      'no risks',
      'risk-free',
      'without risk',
      'always works',
      'always work',
      'permanent',
      'permanently',
      'painless',
      'pain-free',
      'no pain',
      'numb',
      'side-effect free',
      'no side effects',
      'treats',
      'can treat',
      'will heal',
      'will work',
      'miracle',
      'clinically proven',
      '100%',
    ];
    const phrase = (p) => new RegExp(`(?<![\\p{L}\\p{N}])${p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'iu');

    it('never uses a strengthening word or phrase (“cure”, “proven”, “safe to use” …) anywhere in the content', () => {
      const found = everyString.flatMap(({ path, text }) =>
        forbidden.filter((p) => phrase(p).test(text)).map((p) => `${path}: “${p}” in ${JSON.stringify(text)}`),
      );
      assert.deepEqual(found, []);
    });

    it('keeps that list honest: the clinic’s document uses none of those words either', needsSource, () => {
      assert.deepEqual(
        forbidden.filter((p) => phrase(p).test(doc)),
        [],
      );
    });

    it('says “safe” only in the safety entry, and only as the document does: “generally”', () => {
      const safeWord = /(?<![\p{L}])saf(e|ely|ety|er|est)(?![\p{L}])/iu;
      for (const { path, text } of everyText.filter(({ text }) => safeWord.test(text))) {
        assert.ok(path.startsWith('faqEntries[are-they-safe].'), `${path} says “safe”: ${JSON.stringify(text)}`);
        if (path.endsWith('.question')) {
          assert.equal(text, 'Are stem cell injections safe?', 'the question is the document’s own');
          continue;
        }
        for (const sentence of text.split(/(?<=[.!?])\s+/).filter((x) => safeWord.test(x)))
          assert.match(sentence, /\bgenerally\b[^.]*\bsafe\b/, `${path}: “safe” without “generally”`);
      }
      assert.match(
        blocksText(entry('are-they-safe').answer),
        /generally thought to be safe when qualified medical professionals give them/,
      );
    });

    it('matches the document on “safe”: its question, and “generally considered safe”', needsSource, () => {
      assert.match(doc, /Are stem cell injections safe\?/);
      assert.match(doc, /generally considered safe when performed by qualified medical professionals/);
      assert.equal(doc.match(/\bsafe\b/gi).length, 2, 'the document says “safe” only in that question and its answer');
    });

    it('never calls donor cells safe: screening makes them “suitable”, as the document says', () => {
      const faq = blocksText(entry('what-are-allogenic-stem-cells').answer);
      const donor = stepText(step('allogenic', 'donor'));
      assert.match(faq, /free of antibodies\. This makes them suitable for use in any patient\./);
      assert.match(donor, /free of antibodies\. This makes them suitable for use in patients other than the donor\./);
      for (const text of [faq, donor, ...procedureSteps.allogenic.map(stepText)]) assert.doesNotMatch(text, /\bsafe/i);
    });

    it('says donor-cell suitability in the document’s own words', needsSource, () => {
      assert.match(doc, /making them suitable for use in patients other than the donor/);
      assert.match(doc, /making them suitable for use in any patient/);
    });

    it('keeps “can be used to treat” for the other uses, and never “They can also treat”', () => {
      assert.match(
        blocksText(entry('what-are-stem-cell-injections-used-for').answer),
        /can also be used to treat other injuries to tendons, ligaments, cartilage and muscles/,
      );
      for (const { path, text } of everyText) assert.doesNotMatch(text, /can (also )?treat\b/i, path);
    });

    it('keeps the hedges on effectiveness: “promising”, “may vary”, “essential” to consult a medical professional', () => {
      const text = blocksText(entry('are-they-effective-for-osteoarthritis').answer);
      assert.match(text, /promising/);
      assert.match(text, /\bmay vary\b/);
      assert.match(text, /\bessential\b[^.]*\bmedical professional\b/);
      assert.doesNotMatch(text, /important to talk/);
      assert.match(clinicNotes.disclaimer, /Results may vary\. It is essential to talk to a medical professional/);
    });

    it('says “experimental” where the document does: the insurance entry', () => {
      assert.match(blocksText(entry('are-they-covered-by-insurance').answer), /often seen as experimental/);
    });

    it('keeps the document’s hedges where it has them', needsSource, () => {
      for (const h of [
        'promising results',
        'results may vary',
        'essential to consult a medical professional',
        'often considered an experimental treatment',
        'generally considered safe',
        'can also be used to treat',
        'Typically, an optimal stem cell count of 2 million per kg',
      ])
        assert.ok(doc.includes(h), h);
    });

    it('adds no detail the document lacks: no needle, no numbness, no “little” bone marrow, no doctor doing the harvest', () => {
      const text = [...faqEntries.map(textOf), ...allSteps.map(stepText)].join('\n');
      assert.doesNotMatch(text, /needle|numb\b|a little|doctor|nothing is taken|until there are enough/i);
    });

    it('never writes the dose figure literally: only {cells}, filled from one value', () => {
      const literal = /2[\s,.\u00a0\u202f]?000[\s,.\u00a0\u202f]?000|\b2 ?million\b|\btwo million\b|\b20 ?lakh\b|2e6/i;
      for (const { path, text } of everyString) assert.doesNotMatch(text, literal, path);
      assert.deepEqual(
        everyString.filter(({ text }) => text.includes('{cells}')).map(({ path }) => path),
        ['doseRule.rule', 'faqEntries[how-are-stem-cell-injections-given].answer[4]', 'procedureSteps.bone-marrow[culture].details[1]'],
      );
      for (const { path, text } of everyString)
        assert.doesNotMatch(text.replaceAll('{cells}', ''), /[{}]/, `${path}: only {cells} is a placeholder`);
    });

    it('applies the dose rule to bone-marrow cells only, where the document states it', () => {
      for (const source of ['adipose', 'allogenic'])
        for (const s of procedureSteps[source])
          assert.doesNotMatch(stepText(s), /\{cells\}|bare minimum|culture medium/, `${source} step ${s.id}`);
    });

    it('accepts adult weights only: the range starts at 18 kg or more, and is documented as our judgement', () => {
      assert.ok(doseRule.minWeightKg >= 18, `minWeightKg is ${doseRule.minWeightKg}`);
      assert.ok(doseRule.maxWeightKg > doseRule.minWeightKg && doseRule.maxWeightKg <= 350, `maxWeightKg is ${doseRule.maxWeightKg}`);
      const types = readFileSync(new URL('../../dist/content/types.d.ts', import.meta.url), 'utf8');
      assert.match(types, /judgement for adults, not from the document[^]*readonly minWeightKg/);
    });

    it('carries its provenance: the source document, an ISO date and a semver version', () => {
      assert.deepEqual(Object.keys(contentInfo).sort(), ['source', 'version', 'writtenOn']);
      assert.match(contentInfo.source, /^Stem Cell Injections\b.*patient information/);
      assert.match(contentInfo.writtenOn, /^\d{4}-\d{2}-\d{2}$/);
      assert.equal(new Date(`${contentInfo.writtenOn}T00:00:00Z`).toISOString().slice(0, 10), contentInfo.writtenOn, 'a real date');
      assert.match(contentInfo.version, /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-[0-9A-Za-z.-]+)?$/);
    });

    it('names the document by its title', needsSource, () => {
      assert.equal(doc.split('\n')[0].trim(), contentInfo.source.match(/^Stem Cell Injections/)[0]);
    });
  });
});
