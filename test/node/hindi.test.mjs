// Runs in Node (node --test) against the built package: what only the Hindi translation is checked
// for, sentence by sentence. What every translation is checked for (the shape of the English, the
// placeholders, the script, provenance, the language guide's terms, glosses, hedges and
// strengthening words) is in languages.test.mjs. Build first: npx rollup -c.
// These checks guard the words we can test for; they do not replace the review of the Hindi by a
// clinician fluent in Hindi (docs/reviews/hi.md).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as en from '../../dist/content/index.js';
import * as hi from '../../dist/content/hi/index.js';
import { stringsHi } from '../../dist/content/hi/strings.js';
import { flatStrings } from '../../dist/internal/strings.js';
import { bigNumber } from '../../dist/internal/numbers.js';

const hindiStrings = flatStrings(stringsHi);
const { faqEntriesHi, procedureStepsHi, doseRuleHi, clinicNotesHi } = hi;

/** English export → its Hindi translation. */
const pairs = [
  ['faqEntries', 'faqEntriesHi'],
  ['procedureSteps', 'procedureStepsHi'],
  ['doseRule', 'doseRuleHi'],
  ['clinicNotes', 'clinicNotesHi'],
];

/** Every string in a value, with where it is: `faqEntriesHi[are-they-safe].answer[0]`. */
function strings(value, path) {
  if (typeof value === 'string') return [{ path, text: value }];
  if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, `${path}[${v?.id ?? i}]`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => strings(v, `${path}.${k}`));
  return [];
}
/** The Hindi text patients read: every string but ids and hrefs (provenance is not shown as text). */
const hindiText = pairs.flatMap(([, name]) => strings(hi[name], name)).filter(({ path }) => !/\.(id|href)$/.test(path));

/**
 * Text as compared: NFC, and without the nukta (़), so "इफ़ेक्ट" and "इफेक्ट", or a precomposed
 * "ड़" and "ड़", are one word to the checks below.
 */
const norm = (text) => text.normalize('NFC').replaceAll('\u093C', '');
const has = (text, word) => norm(text).includes(norm(word));

/** The plain text of blocks, `{cells}` left as it is. */
const paragraphText = (p) => (typeof p === 'string' ? p : p.map((i) => (typeof i === 'string' ? i : i.text)).join(''));
const blocksText = (blocks) =>
  blocks.map((b) => (typeof b === 'object' && 'list' in b ? b.list.map(paragraphText).join('\n') : paragraphText(b))).join('\n');
const entry = (id) => faqEntriesHi.find((e) => e.id === id);
const entryText = (id) => `${entry(id).question}\n${blocksText(entry(id).answer)}`;
const step = (source, id) => procedureStepsHi[source].find((s) => s.id === id);
const stepText = (s) => `${s.title}\n${s.summary}\n${blocksText(s.details)}`;

/** Hindi sentences end with the danda (।), questions with ?. */
const sentences = (text) => text.split(/(?<=[।?!.])\s+|\n/).filter((s) => s.trim());

describe('Hindi UI strings', () => {
  it('writes the units one way throughout, in the content too: किलो and पाउंड', () => {
    assert.equal(hindiStrings.kg, 'किलो');
    assert.equal(hindiStrings.lb, 'पाउंड');
    assert.match(hindiStrings.resultKg, /\{weight\} किलो/);
    assert.match(hindiStrings.resultLb, /\{weight\} पाउंड \(\{kg\} किलो\)/);
    for (const [k, text] of Object.entries(hindiStrings)) assert.doesNotMatch(text.replace(/\{\w+\}/g, ''), /\b(kg|lb|kilo|pound)s?\b/i, k);
    for (const { path, text } of hindiText) assert.doesNotMatch(text, /\b(kg|lb)\b|किलोग्राम/u, `${path}: the content says किलो too`);
  });

  it('states the calculator’s figure as a minimum (“at least”) and “not a personal dose”', () => {
    for (const k of ['resultKg', 'resultLb']) {
      assert.ok(has(hindiStrings[k], 'कम से कम {cells} सेल'), k);
      assert.ok(has(hindiStrings[k], 'यह आपके लिए तय की गई खुराक नहीं है'), k);
    }
    assert.ok(has(hindiStrings.errorRange, 'वयस्कों के लिए'), 'the adult-only range says so');
  });
});

describe('Hindi content', () => {
  describe('register: read without stopping by an adult with about eight years of school', () => {
    const all = [...hindiText, ...Object.entries(hindiStrings).map(([k, text]) => ({ path: `hindiStrings.${k}`, text }))];

    it('uses the words doctors use with patients, not the textbook ones the glossary replaced', () => {
      // ऊतक (tissue), अस्थि मज्जा (bone marrow), प्रायोगिक (read as "practical"), डिराइव्ड and
      // पोस्टीरियर (English participles in Devanagari), इकाई (also the "ones place"), किलोग्राम (the
      // calculator says किलो), सामग्री का संस्करण (a newspaper's "edition").
      for (const word of ['ऊतक', 'अस्थि मज्जा', 'प्रायोगिक', 'डिराइव्ड', 'पोस्टीरियर', 'इकाई', 'किलोग्राम', 'संस्करण'])
        for (const { path, text } of all) assert.ok(!has(text, word), `${path}: ${word}`);
    });

    it('keeps English to the abbreviations a patient meets at the clinic and the name of the place on the hip bone', () => {
      const latin = new Set(all.flatMap(({ text }) => text.replace(/\{\w+\}/g, '').match(/[A-Za-z]+/g) ?? []));
      // "e" is the letter the exponent error names.
      assert.deepEqual([...latin].sort(), ['BMSCs', 'MSCs', 'e', 'iliac', 'posterior', 'spine', 'superior']);
    });

    it('writes short sentences: no sentence or clause before a colon over 25 words, glosses in brackets aside', () => {
      for (const { path, text } of hindiText)
        for (const clause of text.split(/(?<=[।?!:])\s+|\n/)) {
          const words = clause
            .replace(/\([^)]*\)/g, '')
            .split(/\s+/)
            .filter(Boolean);
          assert.ok(words.length <= 25, `${path}: ${words.length} words: ${clause}`);
        }
    });

    it('names the page in the review dates, so a date never reads as the patient’s next check-up', () => {
      assert.ok(has(hindiStrings.nextReviewDue, 'इस पेज की अगली जाँच'));
      assert.ok(has(hindiStrings.lastReviewed, 'इस पेज की पिछली जाँच'));
    });

    it('explains osteoarthritis and cartilage in plain words (the glosses of guideHi)', () => {
      const gloss = Object.fromEntries(hi.guideHi.glossary.map((g) => [g.concept, g.gloss]));
      assert.equal(gloss.osteoarthritis, 'जोड़ों का घिसना');
      assert.equal(gloss.cartilage, 'हड्डियों के सिरों की चिकनी परत');
      assert.equal(gloss.tissue, 'कोशिकाओं से बना शरीर का हिस्सा');
    });
  });

  it('never writes the dose figure literally: only {cells}, from the English rule’s one value', () => {
    const literal = /2[\s,.\u00a0\u202f]?000[\s,.\u00a0\u202f]?000|20[\s\u00a0]*लाख|२०|बीस लाख|2 ?million/iu;
    for (const { path, text } of hindiText) assert.doesNotMatch(text, literal, path);
    for (const k of ['cellsPerKg', 'minWeightKg', 'maxWeightKg']) assert.ok(!(k in doseRuleHi), `doseRuleHi.${k}`);
  });

  describe('(d) no strengthened or added claim', () => {
    it('says सुरक्षित (“safe”) only in the safety entry, and there only with आम तौर पर (“generally”)', () => {
      const safeWord = /सुरक्ष/u;
      const texts = [...hindiText, ...Object.entries(hindiStrings).map(([k, text]) => ({ path: `hindiStrings.${k}`, text }))];
      for (const { path, text } of texts.filter(({ text }) => safeWord.test(text))) {
        assert.ok(path.startsWith('faqEntriesHi[are-they-safe].'), `${path} says सुरक्षित: ${JSON.stringify(text)}`);
        if (path.endsWith('.question')) {
          assert.equal(text, 'क्या स्टेम सेल इंजेक्शन सुरक्षित हैं?', 'the question is the document’s own');
          continue;
        }
        for (const s of sentences(text).filter((x) => safeWord.test(x)))
          assert.match(s, /आम तौर पर सुरक्षित माना जाता है/u, `${path}: सुरक्षित without आम तौर पर … माना जाता है: ${s}`);
      }
      assert.ok(has(blocksText(entry('are-they-safe').answer), 'जब योग्य मेडिकल प्रोफ़ेशनल इन्हें देते हैं, तो इन्हें आम तौर पर सुरक्षित माना जाता है।'));
    });

    it('keeps the risks of the safety entry: infection, bleeding, a bad reaction', () => {
      const list = entry('are-they-safe').answer.find((b) => typeof b === 'object' && 'list' in b).list;
      assert.equal(list.length, 3);
      assert.ok(has(blocksText(entry('are-they-safe').answer), 'इनमें भी जोखिम हैं'));
      assert.ok(has(list[0], 'संक्रमण') && has(list[1], 'खून बहना') && has(list[2], 'बुरा असर'));
    });

    it('adds no detail the English left out: no needle, no numbness, no “a little”, no doctor doing the procedure', () => {
      const text = [...faqEntriesHi.map((e) => entryText(e.id)), ...Object.values(procedureStepsHi).flat().map(stepText)].join('\n');
      for (const w of ['सुई', 'सुन्न', 'थोड़ा', 'थोड़ी', 'डॉक्टर', 'कुछ नहीं लिया']) assert.ok(!has(text, w), w);
    });

    it('keeps “can be used to treat” a possibility: इलाज में भी इस्तेमाल किया जा सकता है', () => {
      assert.ok(has(entryText('what-are-stem-cell-injections-used-for'), 'इलाज में भी इस्तेमाल किया जा सकता है'));
    });

    it('keeps “can” on each thing stem cell therapy may do for osteoarthritis', () => {
      const list = entry('are-they-effective-for-osteoarthritis').answer.find((b) => typeof b === 'object' && 'list' in b).list;
      assert.equal(list.length, 3);
      for (const item of list) assert.match(item, /सकती है$/u, item);
    });

    it('applies the dose rule to bone-marrow cells only, as the English does', () => {
      for (const source of ['adipose', 'allogenic'])
        for (const s of procedureStepsHi[source]) {
          const text = stepText(s);
          assert.ok(!text.includes('{cells}') && !has(text, 'bare minimum') && !has(text, 'कल्चर मीडियम'), `${source} step ${s.id}`);
        }
      for (const s of procedureStepsHi.allogenic)
        assert.ok(!has(stepText(s), 'एनेस्थीसिया'), `no anaesthetic is named for donor cells: ${s.id}`);
    });
  });

  describe('(e) the hedges of the clinic’s document, kept', () => {
    it('insurance: “experimental” in words no one reads as “practical”, and may not pay in all cases', () => {
      const text = entryText('are-they-covered-by-insurance');
      assert.ok(has(text, 'अक्सर प्रयोग के दौर का इलाज माना जाता है'));
      // Not प्रायोगिक: the school word for "practical" (प्रायोगिक परीक्षा).
      assert.ok(!has(text, 'प्रायोगिक'));
      // "not necessarily in every case": the negation cannot be read as "in no case".
      assert.ok(has(text, 'ज़रूरी नहीं कि बीमा हर मामले में इसका खर्च दे'));
      assert.ok(has(text, 'महत्वपूर्ण'), '“important” to check with the insurer');
    });

    it('effectiveness: आशाजनक (“promising”), अलग-अलग हो सकते (“may vary”), ज़रूरी (“essential”) to talk to a medical professional, उपयुक्त (“suitable”)', () => {
      const text = entryText('are-they-effective-for-osteoarthritis');
      assert.ok(has(text, 'आशाजनक'));
      assert.ok(has(text, 'नतीजे अलग-अलग हो सकते हैं'));
      assert.ok(has(text, 'किसी मेडिकल प्रोफ़ेशनल से बात करना ज़रूरी है'));
      assert.ok(has(text, 'उपयुक्त हैं या नहीं'));
    });

    it('donor cells: screening makes them उपयुक्त (“suitable”), in the FAQ entry and in the donor step, never सुरक्षित', () => {
      const faq = blocksText(entry('what-are-allogenic-stem-cells').answer);
      const donor = stepText(step('allogenic', 'donor'));
      assert.ok(has(faq, 'इससे ये किसी भी मरीज़ में इस्तेमाल के लिए उपयुक्त बनते हैं।'));
      assert.ok(has(donor, 'इससे ये डोनर के अलावा दूसरे मरीज़ों में इस्तेमाल के लिए उपयुक्त बनते हैं।'));
      for (const text of [faq, ...procedureStepsHi.allogenic.map(stepText)]) assert.doesNotMatch(text, /सुरक्ष/u);
    });

    it('safety: बेहद ज़रूरी (“crucial”) to have strict medical supervision', () => {
      assert.ok(has(entryText('are-they-safe'), 'यह बेहद ज़रूरी है कि यह प्रक्रिया सख़्त मेडिकल निगरानी में'));
    });

    it('dose: आम तौर पर माना जाता है (“is typically seen as”) and कम से कम (bare minimum), wherever {cells} is', () => {
      for (const { path, text } of hindiText.filter(({ text }) => text.includes('{cells}'))) {
        assert.equal(text, doseRuleHi.rule, `${path}: the one dose sentence`);
        assert.ok(has(text, 'आम तौर पर माना जाता है कि'), `${path}: without आम तौर पर माना जाता है`);
        assert.ok(has(text, 'कम से कम इतने स्टेम सेल चाहिए'), `${path}: without bare minimum`);
      }
      assert.doesNotMatch(
        doseRuleHi.rule,
        /क्लिनिक का नियम|लगभग/u,
        'neither “this clinic’s rule” nor “about”: the document says “Typically … is considered”',
      );
      assert.ok(has(doseRuleHi.notice, 'आपकी खुराक (डोज़) आपके डॉक्टर तय करते हैं'));
    });

    it('outlook: “may become” stays a possibility', () => {
      assert.ok(has(entryText('what-are-stem-cell-injections'), 'एक ज़्यादा आम इलाज बन सकता है'));
    });
  });

  describe('(g) the disclaimer', () => {
    it('is present, non-empty, and keeps every part of the English one', () => {
      const d = clinicNotesHi.disclaimer;
      assert.equal(typeof d, 'string');
      assert.ok(d.trim().length > 0);
      for (const part of [
        'सामान्य जानकारी है, मेडिकल सलाह नहीं',
        'नतीजे अलग-अलग हो सकते हैं',
        'मेडिकल प्रोफ़ेशनल',
        'ज़रूरी है',
        'उपयुक्त हैं या नहीं',
        'ज़रूरी नहीं कि बीमा हर मामले में',
      ])
        assert.ok(has(d, part), part);
      assert.equal(sentences(d).length, sentences(en.clinicNotes.disclaimer).length, 'as many sentences as the English');
    });
  });

  describe('the figure, written by Intl in Hindi (documentation: Node’s ICU has the Indian number names)', () => {
    const compact = (n) => new Intl.NumberFormat('hi', { notation: 'compact', compactDisplay: 'long' }).format(n);

    it('2,000,000 is “20 लाख” and 140,000,000 is “14 करोड़”', () => {
      assert.ok(compact(2_000_000).includes('लाख'), compact(2_000_000));
      assert.equal(norm(compact(140_000_000)), norm('14 करोड़'));
    });

    it('fills {cells} in the Hindi dose sentence as a patient reads it', () => {
      const cells = bigNumber(en.doseRule.cellsPerKg, 'hi');
      assert.equal(cells, '20 लाख');
      const filled = doseRuleHi.rule.replaceAll('{cells}', cells);
      assert.ok(has(filled, 'इतने स्टेम सेल चाहिए: शरीर के हर किलो वज़न पर 20 लाख।'), filled);
    });
  });
});
