// Runs in Node (node --test) against the built package: the content is plain data, and the
// readability packages are CommonJS-flavoured Node modules.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';
import { clinicNotes, doseRule, faqEntries, procedureSteps } from '../../dist/content/index.js';
import { blocksText } from '../../dist/internal/content.js';

const allSteps = Object.values(procedureSteps).flat();
const bundledText = [
  ...faqEntries.map((e) => `${e.question}\n${blocksText(e.answer)}`),
  ...allSteps.map((s) => `${s.title}\n${s.summary}\n${blocksText(s.details)}`),
  doseRule.heading,
  doseRule.rule.replace('{cells}', '2 million'),
  doseRule.meaning,
  doseRule.notice,
  clinicNotes.disclaimer,
].join('\n');

/** Grade of a text: each line and each sentence counts as a sentence (list items have no full stop). */
function grade(text) {
  const sentences = text.split(/\n|[.!?]+(?=\s|$)/).filter((s) => /\w/.test(s));
  const words = text.match(/[\p{L}\p{N}’'-]+/gu) ?? [];
  const syllables = words.reduce((n, w) => n + syllable(w), 0);
  return fleschKincaid({ sentence: sentences.length, word: words.length, syllable: syllables });
}

const entryText = (question, answer) => `${question}\n${blocksText(answer)}`;

describe('bundled content', () => {
  describe('the FAQ entries', () => {
    it('has the document’s seven questions and its two explainer sections', () => {
      assert.deepEqual(faqEntries.map((e) => e.id), [
        'what-are-stem-cell-injections',
        'how-are-stem-cell-injections-given',
        'what-are-stem-cell-injections-used-for',
        'how-are-stem-cells-harvested',
        'what-is-the-procedure',
        'are-they-effective-for-osteoarthritis',
        'what-are-allogenic-stem-cells',
        'are-they-covered-by-insurance',
        'are-they-safe',
      ]);
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
      assert.deepEqual(procedureSteps['bone-marrow'].map((s) => s.id), ['harvest', 'separate', 'culture', 'inject']);
      assert.deepEqual(procedureSteps.adipose.map((s) => s.id), ['harvest', 'separate', 'culture', 'inject']);
      assert.deepEqual(procedureSteps.allogenic.map((s) => s.id), ['donor', 'inject']);
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
  });

  describe('every fact of the clinic’s document', () => {
    const facts = [
      ['stem cells turn into many kinds of tissue', /turn into many different kinds of tissue/],
      ['two sources: embryonic and adult', /embryonic stem cells[\s\S]*adult stem cells/],
      ['adult stem cells used more', /adult stem cells, which clinics use more often/],
      ['BMSCs best for musculoskeletal use', /bone marrow-derived stem cells \(BMSCs\)\. They work best for bone, joint and muscle/],
      ['BMSCs turn into cartilage, bone and tendon', /cartilage, bone and tendon cells/],
      ['harvest from bone marrow or adipose tissue', /bone marrow or from (your )?fat \(adipose tissue\)/],
      ['bone marrow better for joints and cartilage', /bone marrow are thought to be better for repairing joints and cartilage/],
      ['aspiration from the posterior superior iliac spine', /posterior superior iliac spine/],
      ['under local anaesthesia', /local anaesthetic/],
      ['mesenchymal stem cells', /mesenchymal stem cells \(MSCs\)/],
      ['separation from red cells, white cells and plasma', /red blood cells, white blood cells and plasma/],
      ['by centrifugation or filtration', /\(centrifugation\)[^.]*\(filtration\)/],
      ['culture medium with nutrients and growth factors', /culture medium\. It gives them the nutrients and growth factors/],
      ['2 million cells per kg as the bare minimum', /2 million (stem )?cells for each kilogram \(kg\)[^.]*bare minimum/],
      ['injection into the affected area, such as the knee', /injected into the [^.]*such as the knee joint/],
      ['used for knee osteoarthritis and chondral defects', /osteoarthritis of the knee[\s\S]*chondral defects, which means damaged cartilage/],
      ['knee osteoarthritis among the most common', /one of the most common conditions treated/],
      ['also tendon, ligament, cartilage and muscle injuries', /injuries to tendons, ligaments, cartilage and muscles/],
      ['natural repair', /body’s own natural repair/],
      ['cost and availability barriers in India', /cost a lot and can be hard to find\. This is true in places such as India, where it is still becoming available/],
      ['allogenic cells come from a donor', /Allogenic stem cells come from a donor, not from you/],
      ['screened to be free of antibodies', /screened\) to make sure they are free of antibodies/],
      ['allogenic cells commercially available in India', /In India, allogenic stem cells can now be bought \(they are commercially available\)/],
      ['allogenic cells: non-surgical cartilage repair', /cartilage repair without surgery/],
      ['insurance: often seen as experimental', /often seen as experimental, so insurance may not pay/],
      ['insurance depends on insurer, condition, necessity', /your insurance company[\s\S]*the condition being treated[\s\S]*medically necessary/],
      ['check with your insurer', /Check with your insurance company/],
      ['generally safe with qualified professionals', /generally thought to be safe when qualified medical professionals/],
      ['risks: infection, bleeding, adverse reactions', /infection\nbleeding\na bad reaction to the injection \(adverse reaction\)/],
      ['strict medical supervision', /strict medical supervision, with proper guidance/],
      ['effectiveness: promising for knee osteoarthritis', /osteoarthritis of the knee have been promising/],
      ['less pain, better mobility, slower progression', /reduce pain\nhelp you move more easily\nslow down the osteoarthritis/],
      ['results vary; consult a professional', /results vary from person to person\. It is important to talk to a medical professional/],
      ['procedure aims: regrow tissue, reduce inflammation, joint function', /regrow, to reduce swelling \(inflammation\) and to help the joint work better/],
      ['outlook: may become more common as research goes on', /As research goes on[^.]*may become a more common treatment/],
      ['disclaimer: insurance may not cover it', /Insurance may not cover it/],
      ['dose notice: your doctor decides', /not a prescription\. Your doctor decides your dose/],
    ];
    for (const [fact, pattern] of facts) {
      it(`says: ${fact}`, () => assert.match(bundledText, pattern));
    }
  });

  describe('plain language', () => {
    it('keeps every FAQ entry at or below grade 11 and the average at or below grade 9', () => {
      const grades = faqEntries.map((e) => ({ id: e.id, grade: grade(entryText(e.question, e.answer)) }));
      const stepGrades = Object.entries(procedureSteps).flatMap(([source, steps]) =>
        steps.map((s) => ({ id: `${source} step: ${s.id}`, grade: grade(`${s.title}\n${s.summary}\n${blocksText(s.details)}`) })),
      );
      const all = [...grades, ...stepGrades];
      const average = all.reduce((n, g) => n + g.grade, 0) / all.length;
      const source = new URL('../../../shared/seed/stem-cell-injections.txt', import.meta.url);
      const sourceGrade = existsSync(source) ? grade(readFileSync(source, 'utf8')).toFixed(1) : 'not found';
      console.log(
        `Flesch-Kincaid grades:\n${all.map((g) => `  ${g.grade.toFixed(1).padStart(5)}  ${g.id}`).join('\n')}\n  average ${average.toFixed(1)}; the clinic's source document, measured the same way: ${sourceGrade}`,
      );
      for (const g of all) assert.ok(g.grade <= 11, `${g.id} reads at grade ${g.grade.toFixed(1)}`);
      assert.ok(average <= 9, `average grade ${average.toFixed(1)}`);
    });
  });
});
