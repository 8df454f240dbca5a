// Runs in Node (node --test) against the built package, for every translation in dist/content/<lang>/
// (a folder holding index.js): a language is tested here as soon as its folder is built, with no list
// to edit. Build first (npm run build, or npx rollup -c).
//
// Each translation must mirror the English content exactly in shape (ids, blocks, list items, links,
// `{cells}` where the English has it, the placeholders of every UI string), be written in its script,
// say which English content version it was translated from, and keep its own written promises: the
// language guide beside its content (src/content/<lang>/glossary.ts) names the one term it uses for
// each concept, the plain gloss given in brackets at that term's first use in each element, the words
// that carry the document's hedges and the words that would strengthen it. These checks guard what
// can be tested; they do not replace the review by a clinician fluent in the language
// (docs/reviews/<lang>.md). Checks that only make sense for one language live in its own file
// (test/node/hindi.test.mjs).
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import * as en from '../../dist/content/index.js';
import { englishStrings } from '../../dist/content/strings.js';
import { languages, suffix } from '../../scripts/languages.mjs';
import { demoPage, handWritten, languageBlock, languageLinks, languageNumbers, numbersBlock } from '../../scripts/language-files.mjs';
import { withBlocks } from '../../scripts/readme-embed.mjs';
import { bundleFile, localeFile } from '../../scripts/embed-snippet.mjs';
import { TAGS } from '../../dist/internal/tags.js';
import { createHash } from 'node:crypto';

const contentDir = new URL('../../dist/content/', import.meta.url);

/** Every translation folder that was built, in alphabetical order. */
const langs = readdirSync(contentDir, { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(new URL(`${d.name}/index.js`, contentDir)))
  .map((d) => d.name)
  .sort();

/** Each listed language's script, as a test of one letter. */
const scriptOf = (lang) => {
  const entry = languages.find((l) => l.lang === lang);
  return (
    entry && {
      name: entry.script,
      letters: new RegExp(`\\p{Script=${entry.script}}`, 'u'),
      // Signs the script shares with others (the danda ।) count as its own.
      shared: new RegExp(`\\p{Script_Extensions=${entry.script}}`, 'u'),
    }
  );
};
/** Letters of any Indian script: text in one language has none from another script. */
const INDIC = /[\u0900-\u0DFF]/gu;

/** English export name → the name a translation exports it under, with the language's suffix. */
const PARTS = ['faqEntries', 'procedureSteps', 'doseRule', 'clinicNotes'];

/** The English dose rule without its figure and weight range, which a translation does not have. */
const doseTexts = ({ heading, rule, meaning, notice }) => ({ heading, rule, meaning, notice });

/** Placeholder names in a string, sorted, repeats kept: '{a} {b} {a}' → ['a', 'a', 'b']. */
const placeholders = (text) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

/**
 * The shape of a content value: ids, hrefs and numbers as they are; every other string as its
 * placeholders only. Two values with the same shape have the same ids, the same blocks, the same
 * list items, the same links and the same `{cells}` in the same strings.
 */
function shape(value, key) {
  if (typeof value === 'string') return key === 'id' || key === 'href' ? value : { text: placeholders(value) };
  if (Array.isArray(value)) return value.map((v) => shape(v));
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, shape(value[k], k)]),
    );
  return value;
}

/** Every string in a value, with where it is: `faqEntries[are-they-safe].answer[0]`. */
function strings(value, path) {
  if (typeof value === 'string') return [{ path, text: value }];
  if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, `${path}[${v?.id ?? i}]`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => strings(v, `${path}.${k}`));
  return [];
}
/** The text patients read in a content value: every string but ids and hrefs. */
const readable = (value, path) => strings(value, path).filter(({ path: p }) => !/\.(id|href)$/.test(p));

/**
 * Text as compared: NFC, lower case, without nuktas (Devanagari ़, Bengali ়, Telugu ఼) and without
 * the joiners (ZWJ, ZWNJ) that some keyboards put in, so one word spelt two ways is one word here.
 */
const norm = (text) =>
  text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\u093C\u09BC\u0C3C\u200C\u200D]/gu, '');
const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A word (or phrase) where a word starts: not in the middle of another word. */
const startsWord = (word) => new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])${escape(norm(word))}`, 'u');
const count = (text, part) => norm(text).split(norm(part)).length - 1;

/**
 * Where the English says one of these, the translation's string at the same place must use the
 * concept's term from the language's glossary. (Not "adipose tissue" or "fat tissue" for tissue:
 * that is fat.)
 */
const ENGLISH_CONCEPTS = {
  'stem cell': /stem cell/i,
  donor: /\bdonor/i,
  'bone marrow': /bone marrow/i,
  fat: /\bfat\b|adipose/i,
  osteoarthritis: /osteoarthritis/i,
  cartilage: /cartilage|chondral/i,
  tissue: /(?<!(adipose|fat) )\btissue/i,
  injection: /\binjections?\b/i,
  physiotherapy: /physiotherap/i,
  centrifugation: /centrifug/i,
  culture: /\bcultur/i,
  dose: /\bdose\b/i,
};
/** The document's hedges in the English text: where one is, the translation keeps one of its own. */
const ENGLISH_HEDGES =
  /\b(may|might|can(?!not)|could(?! not)|generally|typically|usually|(?<!(?:more|most) )often|mostly|thought|considered|seen as|at least|bare minimum|promising|suitable|experimental)\b/i;
/** English words that would strengthen the document, in any bracketed English a translation keeps. */
const ENGLISH_STRENGTHENING =
  /\b(safe|safer|safely|cures?|cured|guarantee\w*|proven|numb|painless|permanent\w*|treats|easily available)\b/i;

/** The plain text of blocks, `{cells}` left as it is. */
const paragraphText = (p) => (typeof p === 'string' ? p : p.map((i) => (typeof i === 'string' ? i : i.text)).join(''));
const blocksText = (blocks) =>
  blocks.map((b) => (typeof b === 'object' && 'list' in b ? b.list.map(paragraphText).join('\n') : paragraphText(b))).join('\n');

/**
 * The elements a patient may read on their own, each as its text in reading order: the FAQ
 * (questions and answers), each source's steps (title, summary, details), the dose note. Headings
 * (questions, step titles, the dose heading) are kept apart: a heading names, the text under it
 * explains, so a gloss belongs at the term's first use in the text.
 */
const elements = (c) => ({
  FAQ: c.faqEntries.map((e) => ({ heading: e.question, text: blocksText(e.answer) })),
  ...Object.fromEntries(
    Object.entries(c.procedureSteps).map(([source, steps]) => [
      `steps (${source})`,
      steps.map((s) => ({ heading: s.title, text: `${s.summary}\n${blocksText(s.details)}` })),
    ]),
  ),
  'dose note': [{ heading: c.doseRule.heading, text: [c.doseRule.rule, c.doseRule.meaning, c.doseRule.notice].join('\n') }],
});

const englishText = new Map(
  [...PARTS.flatMap((p) => readable(en[p], p)), ...strings(englishStrings, 'strings')].map(({ path, text }) => [path, text]),
);

/** Each language's built exports, under the English names: { faqEntries, …, strings, info, guide, exports }. */
const loaded = await Promise.all(
  langs.map(async (lang) => {
    const mod = await import(new URL(`${lang}/index.js`, contentDir));
    const s = suffix(lang);
    return {
      lang,
      exports: mod,
      ...Object.fromEntries(PARTS.map((p) => [p, mod[`${p}${s}`]])),
      info: mod[`contentInfo${s}`],
      strings: mod[`strings${s}`],
      guide: mod[`guide${s}`],
    };
  }),
);

describe('translations', () => {
  it('are found in dist/content/<lang>/: at least Hindi', () => {
    assert.ok(langs.includes('hi'), `found: ${langs.join(', ')}`);
  });

  it('are the languages of scripts/languages.mjs, each with its folder, its locale file and its build', () => {
    const listed = languages.map((l) => l.lang).sort();
    const folders = readdirSync(new URL('../../src/content/', import.meta.url), { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
      .sort();
    const locales = readdirSync(new URL('../../src/locales/', import.meta.url))
      .filter((f) => /^[a-z]{2,3}(-[A-Za-z0-9]+)*\.ts$/.test(f))
      .map((f) => f.replace(/\.ts$/, ''))
      .sort();
    assert.deepEqual(folders, listed, 'src/content/<lang>/ folders: add a line to scripts/languages.mjs for each');
    assert.deepEqual(locales, listed, 'src/locales/<lang>.ts files');
    assert.deepEqual(langs, listed, 'built in dist/content/ (npm run build)');
  });

  it('each have a demo page, linked from the demo index (node scripts/language-files.mjs writes them)', () => {
    for (const language of languages) {
      const path = `demo/${language.lang}.html`;
      assert.ok(existsSync(path), path);
      if (!handWritten(language.lang)) assert.equal(readFileSync(path, 'utf8'), demoPage(language), `${path} is stale`);
    }
    assert.ok(readFileSync('demo/index.html', 'utf8').includes(languageLinks()), 'demo/index.html links to every language');
  });

  it('mark each English word of a demo page in the language as English (lang="en"), for a screen reader’s English voice', () => {
    for (const { lang } of languages) {
      const page = readFileSync(`demo/${lang}.html`, 'utf8');
      if (/<html lang="en"/.test(page)) continue; // English around the elements, which carry the language's lang
      const text = [/<title>([^<]*)/.exec(page)[1], page.split('<body>')[1]]
        .join(' ')
        .replace(/<(\w+)[^>]*\blang="en"[^>]*>[\s\S]*?<\/\1>/g, ' ')
        .replace(/<[^>]+>/g, ' ');
      assert.deepEqual(
        [...text.matchAll(/\p{Script=Latin}+/gu)].map(([word]) => word),
        [],
        `demo/${lang}.html`,
      );
    }
  });

  it('are each in the table of docs/languages.md, with their numbers and dates (npm run readme writes it)', async () => {
    const docs = readFileSync('docs/languages.md', 'utf8');
    const blocks = { 'language-files': languageBlock(), 'language-numbers': numbersBlock(await languageNumbers()) };
    assert.equal(docs, withBlocks(docs, blocks), 'run npm run readme');
  });

  it('each have their CDN files, each with its integrity hash in dist/cdn/integrity.json', () => {
    const integrity = JSON.parse(readFileSync('dist/cdn/integrity.json', 'utf8'));
    for (const { lang } of languages)
      for (const file of [bundleFile(lang), bundleFile(lang, true), localeFile(lang), ...TAGS.map((tag) => localeFile(lang, tag))]) {
        assert.ok(existsSync(`dist/cdn/${file}`), file);
        const hash = `sha384-${createHash('sha384')
          .update(readFileSync(`dist/cdn/${file}`))
          .digest('base64')}`;
        assert.equal(integrity[file], hash, `${file}: its integrity`);
      }
  });

  // The shipped languages register without registerLocale's checks (src/locales/<lang>.ts, and each
  // element's part, locale-<lang>-<tag>.js): the checks run here instead, on the same data.
  it('each pass registerLocale’s checks whole, with no message and nothing left out', async () => {
    const { registerLocale } = await import('../../dist/register-locale.js');
    const { localeFor } = await import('../../dist/internal/locale.js');
    const { flatStrings } = await import('../../dist/internal/strings.js');
    const said = [];
    const { warn, error } = console;
    console.warn = console.error = (...a) => said.push(a.join(' '));
    try {
      for (const { lang } of languages) {
        const c = await import(`../../dist/content/${lang}/index.js`);
        const s = suffix(lang);
        const given = {
          strings: flatStrings(c[`strings${s}`]),
          content: {
            faq: c[`faqEntries${s}`],
            steps: c[`procedureSteps${s}`],
            dose: c[`doseRule${s}`],
            notes: c[`clinicNotes${s}`],
            info: c[`contentInfo${s}`],
          },
        };
        const key = `${lang}-x-check`;
        registerLocale(key, given);
        assert.deepEqual(said, [], `${lang}: registerLocale's messages`);
        const checked = localeFor(key);
        assert.deepEqual(checked.strings, given.strings, `${lang}: every UI string kept`);
        assert.deepEqual(checked.content, given.content, `${lang}: all its content kept`);
      }
    } finally {
      console.warn = warn;
      console.error = error;
    }
  });

  it('are npm entries: stem-cell-explainers/content/<lang> and stem-cell-explainers/locales/<lang>', () => {
    for (const { lang } of languages)
      for (const entry of [`content/${lang}`, `locales/${lang}`]) {
        const url = import.meta.resolve(`stem-cell-explainers/${entry}`);
        assert.ok(existsSync(new URL(url)), `${entry} resolves to ${url}, which is not built`);
        assert.ok(existsSync(new URL(url.replace(/\.js$/, '.d.ts'))), `${entry}: its types`);
      }
  });
});

for (const c of loaded) {
  const { lang } = c;
  const s = suffix(lang);
  const script = scriptOf(lang);
  const contentText = PARTS.flatMap((p) => readable(c[p] ?? [], p));
  const stringsText = c.strings ? strings(c.strings, 'strings') : [];
  const allText = [...contentText, ...stringsText];

  describe(`${lang}: the translation`, () => {
    it(`exports faqEntries${s}, procedureSteps${s}, doseRule${s}, clinicNotes${s}, contentInfo${s}, strings${s} and guide${s} from content/${lang}/index.js`, () => {
      const names = ['faqEntries', 'procedureSteps', 'doseRule', 'clinicNotes', 'contentInfo', 'strings', 'guide'].map((n) => `${n}${s}`);
      assert.deepEqual(
        names.filter((n) => c.exports[n] === undefined),
        [],
        'missing exports',
      );
    });

    it('is a separate entry: the English content entry exports none of it', () => {
      assert.deepEqual(
        Object.keys(en).filter((k) => k.endsWith(s)),
        [],
      );
    });
  });

  describe(`${lang}: UI strings`, () => {
    it('has the tables of the English, each with exactly its keys', () => {
      assert.deepEqual(Object.keys(c.strings).sort(), Object.keys(englishStrings).sort());
      for (const table of Object.keys(englishStrings))
        assert.deepEqual(Object.keys(c.strings[table]).sort(), Object.keys(englishStrings[table]).sort(), `strings.${table}`);
    });

    it('has exactly the same {placeholders} in every string as the English', () => {
      const differ = stringsText
        .filter(({ path, text }) => JSON.stringify(placeholders(text)) !== JSON.stringify(placeholders(englishText.get(path) ?? '')))
        .map(
          ({ path, text }) =>
            `${path}: English ${JSON.stringify(placeholders(englishText.get(path)))}, ${lang} ${JSON.stringify(placeholders(text))}`,
        );
      assert.deepEqual(differ, []);
    });

    it('keeps the separators of the strings joined to others (“Important: ”, “Error: ”)', () => {
      for (const k of ['important', 'errorPrefix']) assert.match(c.strings.dose[k], /\S: $/, `strings.dose.${k}`);
    });
  });

  describe(`${lang}: the content has the shape of the English`, () => {
    for (const part of PARTS)
      it(`${part}${s}: the same ids, blocks, list items, links, numbers and {cells} as ${part}`, () => {
        assert.deepEqual(shape(c[part]), shape(part === 'doseRule' ? doseTexts(en.doseRule) : en[part]));
      });

    it('puts {cells} in the same strings as the English, and no other placeholder anywhere', () => {
      const where = (texts) => texts.filter(({ text }) => text.includes('{cells}')).map(({ path }) => path);
      assert.deepEqual(where(contentText), where(PARTS.flatMap((p) => readable(en[p], p))));
      for (const { path, text } of contentText) assert.deepEqual(placeholders(text.replaceAll('{cells}', '')), [], path);
    });

    it('has no dose figure or weight range of its own: the English rule’s are the only ones', () => {
      for (const k of ['cellsPerKg', 'minWeightKg', 'maxWeightKg']) assert.ok(!(k in c.doseRule), k);
    });
  });

  describe(`${lang}: every string is written, in ${script?.name ?? 'its script'}`, () => {
    it('has no empty string and no stray brace', () => {
      for (const { path, text } of allText) {
        assert.ok(text.trim(), `${path} is empty`);
        assert.doesNotMatch(text.replace(/\{\w+\}/g, ''), /[{}]/, `${path}: a broken placeholder: ${JSON.stringify(text)}`);
      }
    });

    it('writes every string with words in the language’s script, and none in another Indian script', () => {
      assert.ok(script, `add "${lang}" to scripts/languages.mjs`);
      for (const { path, text } of allText) {
        // A string of only punctuation and placeholders (": {title}") has no words to translate.
        if (!/\p{L}/u.test(text.replace(/\{\w+\}/g, ''))) continue;
        assert.match(text, script.letters, `${path} is not in ${script.name}: ${JSON.stringify(text)}`);
        const foreign = (text.match(INDIC) ?? []).filter((ch) => !script.shared.test(ch));
        assert.deepEqual(foreign, [], `${path}: letters of another script`);
      }
    });

    it('keeps English to a few bracketed terms: under 5 % of the letters are Latin', () => {
      const all = allText.map(({ text }) => text.replace(/\{\w+\}/g, '')).join('\n');
      const letters = all.match(/\p{L}/gu)?.length ?? 0;
      const latin = all.match(/\p{Script=Latin}/gu)?.length ?? 0;
      assert.ok(latin / letters < 0.05, `${latin} of ${letters} letters are Latin (${((100 * latin) / letters).toFixed(1)} %)`);
    });
  });

  describe(`${lang}: provenance`, () => {
    it('was translated from the current English content version', () => {
      assert.equal(c.info.translatedFrom, en.contentInfo.version);
    });

    it('has its own ISO date and semver version, and names the document by its English title', () => {
      assert.deepEqual(Object.keys(c.info).sort(), ['source', 'translatedFrom', 'version', 'writtenOn']);
      assert.match(c.info.writtenOn, /^\d{4}-\d{2}-\d{2}$/);
      assert.equal(new Date(`${c.info.writtenOn}T00:00:00Z`).toISOString().slice(0, 10), c.info.writtenOn, 'a real date');
      assert.match(c.info.version, /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-[0-9A-Za-z.-]+)?$/);
      assert.match(c.info.source, /^Stem Cell Injections\b/);
    });
  });

  describe(`${lang}: no strengthened claim, every hedge kept (guide${s})`, () => {
    const { guide } = c;

    it(`is the guide for "${lang}", with hedge and strengthening words written down`, () => {
      assert.equal(guide.lang, lang);
      assert.ok(guide.hedges.length > 0 && guide.hedges.every((w) => typeof w === 'string' && w.trim()), 'hedges');
      assert.ok(guide.strengthening.length > 0 && guide.strengthening.every((w) => typeof w === 'string' && w.trim()), 'strengthening');
    });

    it('uses none of the guide’s strengthening words, in the content or the UI strings', () => {
      const found = allText.flatMap(({ path, text }) =>
        guide.strengthening.filter((w) => startsWord(w).test(norm(text))).map((w) => `${path}: “${w}” in ${JSON.stringify(text)}`),
      );
      assert.deepEqual(found, []);
    });

    it('uses none of the English strengthening words in any English it keeps', () => {
      for (const { path, text } of allText) assert.doesNotMatch(text, ENGLISH_STRENGTHENING, path);
    });

    it('keeps a hedge of the guide wherever the English has one', () => {
      const missing = allText
        .filter(({ path }) => ENGLISH_HEDGES.test(englishText.get(path) ?? ''))
        .filter(({ text }) => !guide.hedges.some((w) => norm(text).includes(norm(w))))
        .map(
          ({ path, text }) => `${path}: English “${englishText.get(path).match(ENGLISH_HEDGES)[0]}”, no hedge in ${JSON.stringify(text)}`,
        );
      assert.deepEqual(missing, []);
    });

    it('lists only hedges it uses', () => {
      const all = allText.map(({ text }) => text).join('\n');
      assert.deepEqual(
        guide.hedges.filter((w) => !norm(all).includes(norm(w))),
        [],
      );
    });
  });

  describe(`${lang}: the glossary (guide${s}.glossary)`, () => {
    const { glossary } = c.guide;
    const byConcept = Object.fromEntries(glossary.map((g) => [g.concept, g]));

    it('names every concept once, each with its own term', () => {
      assert.deepEqual(glossary.map((g) => g.concept).sort(), Object.keys(ENGLISH_CONCEPTS).sort());
      for (const g of glossary) {
        assert.ok(g.term.trim(), `${g.concept}: no term`);
        assert.equal(typeof g.gloss, 'string', `${g.concept}: the gloss is a string ('' for none)`);
        assert.doesNotMatch(g.gloss, /[()]/, `${g.concept}: the gloss is written without its brackets`);
      }
      assert.equal(new Set(glossary.map((g) => norm(g.term))).size, glossary.length, 'two concepts share a term');
    });

    it('uses the concept’s term wherever the English names the concept', () => {
      const missing = allText.flatMap(({ path, text }) =>
        Object.entries(ENGLISH_CONCEPTS)
          .filter(([concept, pattern]) => pattern.test(englishText.get(path) ?? '') && !norm(text).includes(norm(byConcept[concept].term)))
          .map(([concept]) => `${path}: English says ${concept}; no “${byConcept[concept].term}” in ${JSON.stringify(text)}`),
      );
      assert.deepEqual(missing, []);
    });

    for (const [element, parts] of Object.entries(elements(c))) {
      it(`${element}: gives each gloss once, in brackets right after the term’s first use in the text`, () => {
        const text = parts.map((p) => p.text).join('\n');
        const headings = parts.map((p) => p.heading).join('\n');
        const problems = [];
        for (const { concept, term, gloss } of glossary.filter((g) => g.gloss)) {
          const t = norm(text);
          const first = t.search(startsWord(term));
          const times = count(text, `(${gloss})`) + count(headings, `(${gloss})`);
          if (first < 0) {
            if (times) problems.push(`${concept}: the gloss (${gloss}) without the term ${term} in the text`);
            continue;
          }
          // The term may take an ending before its gloss (a plural, a case ending): letters and marks only.
          const after = new RegExp(`^[\\p{L}\\p{M}]*\\s*\\(${escape(norm(gloss))}\\)`, 'u');
          if (!after.test(t.slice(first + norm(term).length)))
            problems.push(`${concept}: “${term}” first used without “(${gloss})” after it: …${t.slice(first, first + 60)}…`);
          if (times !== 1) problems.push(`${concept}: “(${gloss})” given ${times} times, not once`);
        }
        assert.deepEqual(problems, []);
      });
    }
  });
}

// The review tables (docs/reviews/<lang>.md) are written from the content and its back-translation:
// a language with a back-translation has one for every string, and its table is current.
const { reviewTable, reviewedLanguages } = await import('../../scripts/review-tables.mjs');
for (const lang of reviewedLanguages()) {
  describe(`${lang}: the review table (docs/reviews/${lang}.md)`, () => {
    it('has a literal back-translation for every string, and none left over from an earlier wording', async () => {
      const table = await reviewTable(lang);
      assert.doesNotMatch(table, /no back-translation yet|belong to no current string/);
    });

    it('is current: written by node scripts/review-tables.mjs from this build', async () => {
      const path = new URL(`../../docs/reviews/${lang}.md`, import.meta.url);
      assert.ok(existsSync(path), `run node scripts/review-tables.mjs ${lang}`);
      assert.equal(readFileSync(path, 'utf8'), await reviewTable(lang), `run node scripts/review-tables.mjs ${lang}`);
    });
  });
}
