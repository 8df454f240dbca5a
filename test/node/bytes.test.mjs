// Byte budgets: deterministic, so they are tests. Prints the figures beside issue #27's targets
// (docs/performance.md). A budget is a ceiling about 3 % above the size measured when it was set, all
// of them in BUDGETS below, so that a clear name or an extra guard never has to fight it. The figures
// are weighed as docs/performance.md's are, by scripts/file-sizes.mjs.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { describe, it } from 'node:test';
import { allInOne as chooseAllInOne, bundleFile, localeFile } from '../../scripts/embed-snippet.mjs';
import { TARGETS, bundledEntry, pageOf, sizes, weighFiles } from '../../scripts/file-sizes.mjs';
import { languages } from '../../scripts/languages.mjs';
import { TAGS } from '../../dist/internal/tags.js';

const KB = 1024;

/**
 * Every byte budget (brotli, B) and target, in one place. All were set again on 2026-12-03, about 3 % above
 * their sizes, when every element began to keep the place the patient was reading in its fallback
 * (src/internal/reading-place.ts: 580–700 B a page, `node bench/feature-costs.mjs`). The FAQ's and the
 * steps' were set again on 2026-12-04, 3 % above, when the FAQ's search began to read every Indian
 * script's digits as 0–9 (a patient typing २० finds “20 लाख”) and the step numbers and the count of
 * questions found began to follow the reader's digits (Marathi ३, Bengali ৩): 190–215 B a page.
 */
const BUDGETS = {
  // Set again on 2026-12-06, 3 % above, when the all-in-one module left the FAQ's and the steps' English
  // text to chunks beside it that only a page whose HTML holds no text loads, as the per-element files
  // do (#27; 23,414 → 21,836 B). An app importing the FAQ alone loads the text only for a bare tag (15,640 B).
  allInOne: { budget: 22_470, target: TARGETS.allInOne },
  faqAlone: { budget: 16_110, target: 11 * KB },
  // A page with one element, by its per-element file (the reader of its fallback markup included). Set
  // again on 2026-12-03 when register-locale.js became self-contained, so that each element's English
  // UI strings are in its own file, not a chunk of their own (120–145 B and a request less a page).
  pages: {
    // All three set again on 2026-12-05, 3 % above, when English words were marked (see allInOne):
    // 19,795 / 15,773 / 12,636 B.
    // The FAQ's set again on 2026-12-05, 3 % above, at 1 B of headroom once configuration was checked,
    // closed answers stopped being landmarks and the search began to look for a Devanagari word
    // without its ending (20,389 B).
    // Both set again on 2026-12-05, 3 % above, when their English text left their files for chunks only
    // a bare tag loads (20,398 → 19,009 B; 16,223 → 15,685 B).
    // Both lowered again the same day, 3 % above, when the dose note's English sentences left the shared
    // chunk (only the rule's figure stays there): 18,892 B; 15,559 B.
    // Both set again on 2026-12-05, 3 % above, at under 1 % headroom when the files each imports on
    // demand (the text, the FAQ's JSON-LD) began to be checked against their integrity, as the files a
    // page loads itself are (scripts/checked-import.mjs; 19,247 B; 15,861 B).
    'stem-cell-faq': { budget: 19_830, target: TARGETS.pages['stem-cell-faq'] },
    'procedure-steps': { budget: 16_340, target: TARGETS.pages['procedure-steps'] },
    // Set again on 2026-12-04, 3 % above, when the calculator stopped calling a number still being typed
    // a mistake (12,065 → 12,233 B).
    // Set again on 2026-12-05, 3 % above, at 0.7 % headroom once the shared code learned to wait for the
    // FAQ's and the steps' text, where a page needs it (12,915 B).
    'dose-note': { budget: 13_300, target: TARGETS.pages['dose-note'] },
  },
  // registerLocale from its CDN file, self-contained (every element's English UI strings and the
  // checks), for the pages that add a language at run time. Set again on 2026-12-04 when it learned to
  // keep what the page has of a language and to name the text a language lacks (2,321 → 2,483 B).
  // Set again on 2026-12-04, 3 % above, when it began to refuse a dose rule without the figure's {cells}
  // (2,483 → 2,564 B).
  // Set again on 2026-12-05, 3 % above, when it began to refuse a content date that is no date and to
  // write a figure by Intl where a language's own numbers function gives no text (2,860 B).
  registerLocale: { budget: 2_950 },
  // What a language of scripts/languages.mjs adds to a page with one element (its locale-<lang>-<tag>.js
  // and the chunks that brings), for the language that adds most; set on 2026-12-03 when each element
  // got its own part of each language (before, every language page loaded all three elements' text),
  // and again on 2026-12-03 when each part got only its own element's UI strings, and on 2026-12-04 when
  // the FAQ's and the steps' text left their parts for -text files that only bare tags load.
  languageAdds: {
    'stem-cell-faq': { budget: 1_510 },
    'procedure-steps': { budget: 1_350 },
    'dose-note': { budget: 1_820 },
  },
  // The all-in-one module with a language (stem-cell-explainers.<lang>.js), for the language that weighs
  // most. Set again on 2026-12-06, 3 % above the Tamil file, when it left the English text to chunks
  // beside it (see allInOne; 27,608 → 26,030 B).
  languageBundle: { budget: 26_800 },
  // Server-rendered markup's files, each self-contained: all three elements, or one (no target of its own).
  hydrate: {
    // Set again on 2026-12-06, 3 % above, when it left the English text to chunks beside it (see
    // allInOne; 25,621 → 23,961 B).
    'stem-cell-explainers.hydrate.js': { budget: 24_700 },
    // Each with the hydrate files' shared chunks it imports; raised on 2026-12-03 when those chunks were
    // split out, so that two elements' server-rendered markup on one page load one Lit (before, each
    // file was self-contained: 19,331 / 15,654 / 13,255 B).
    // The FAQ's set again on 2026-12-04 (the digits, above).
    // All four grew 250–300 B on 2026-12-04, when hydration began to say why it renders markup again
    // (the language file the page left out; Lit evaluated before its hydrate support, which had shown
    // every element twice): the dose note's, over its budget, set again 3 % above (14,558 B).
    // The FAQ's set again on 2026-12-05 for the same reason (22,046 B).
    // Both set again on 2026-12-05, 3 % above, when content and UI strings began to be checked for
    // placeholders other than their own, fallback links no patient may follow to be named, and the
    // figure to be checked against the document's (22,777 B; 18,456 B).
    // The FAQ's and the steps' set again on 2026-12-05, 3 % above, when their English text left their
    // files: server-rendered markup always holds the text (21,577 B; 17,990 B).
    // Both lowered again the same day, 3 % above, when the dose note's sentences left the shared chunk
    // (21,446 B; 17,870 B).
    'stem-cell-faq.hydrate.js': { budget: 22_090 },
    // The steps' set again the same day, 3 % above, at under 1 % headroom (17,835 B).
    'procedure-steps.hydrate.js': { budget: 18_410 },
    // Set again on 2026-12-05, 3 % above, at under 1 % headroom when English words were marked (14,942 B),
    // and again, 3 % above, at 1.2 % when the shared code learned to wait for the text (15,207 B).
    'dose-note.hydrate.js': { budget: 15_660 },
  },
};
/** Words of each element's English text, found in no other element's (a question, a step's title, the rule). */
const ENGLISH_WORDS = {
  'stem-cell-faq': 'What are stem cell injections?',
  'procedure-steps': 'Separating the stem cells',
  'dose-note': 'seen as the bare minimum for the injection to work',
};

const show = (name, s, budget, target) =>
  console.log(`${name}: ${s.raw} B raw, ${s.gzip} B gzip, ${s.brotli} B brotli (budget ${budget} B, target ${target} B)`);

describe('byte budgets', () => {
  it('keeps the CDN bundle with all three elements, their content and Lit within budget', () => {
    const s = sizes(readFileSync('dist/cdn/stem-cell-explainers.js'));
    const { budget, target } = BUDGETS.allInOne;
    show('CDN bundle, all three elements', s, budget, target);
    assert.ok(s.brotli <= budget, `${s.brotli} B brotli is over the ${budget} B budget`);
  });

  it('keeps the FAQ element alone, with its content and Lit, within budget', async () => {
    const s = sizes(await bundledEntry('dist/components/stem-cell-faq/stem-cell-faq.js'));
    const { budget, target } = BUDGETS.faqAlone;
    show('FAQ alone (npm build, bundled with Lit)', s, budget, target);
    assert.ok(s.brotli <= budget, `${s.brotli} B brotli is over the ${budget} B budget`);
  });

  // A page with one element loads its own file and the shared chunks it imports (dist/cdn/imports.json);
  // each file is compressed on its own, as a CDN serves it.
  for (const [tag, { budget, target }] of Object.entries(BUDGETS.pages))
    it(`keeps a page with only <${tag}>, from its per-element file and shared chunks, within budget`, () => {
      const imports = JSON.parse(readFileSync('dist/cdn/imports.json', 'utf8'));
      const files = pageOf(imports, [`${tag}.js`]);
      const s = weighFiles(files);
      show(`Per-element page, <${tag}> (${files.join(' + ')})`, s, budget, target);
      assert.ok(s.brotli <= budget, `${s.brotli} B brotli is over the ${budget} B budget`);
    });

  it('keeps register-locale.js, which needs none of our other files, within budget', () => {
    const code = readFileSync('dist/cdn/register-locale.js', 'utf8');
    assert.doesNotMatch(code, /\bimport\s*[({"'*]|\bfrom\s*["']/, 'register-locale.js imports nothing');
    const s = weighFiles(['register-locale.js']);
    const { budget } = BUDGETS.registerLocale;
    show('register-locale.js', s, budget, '-');
    assert.ok(s.brotli <= budget, `${s.brotli} B brotli is over the ${budget} B budget`);
  });

  // A page with one element in a language loads that element's part of it, and no other element's text.
  for (const [tag, { budget }] of Object.entries(BUDGETS.languageAdds))
    it(`keeps what each language adds to a page with only <${tag}> within budget, without the other elements' text`, () => {
      const imports = JSON.parse(readFileSync('dist/cdn/imports.json', 'utf8'));
      const brotli = (files) => weighFiles(files).brotli;
      const page = (files) => pageOf(imports, files);
      const english = page([`${tag}.js`]);
      // Each element's text and UI strings, each by a field only it has (minified, the field names stay).
      // The FAQ's and the steps' text is a file of its own (-text.js), for pages whose HTML holds none;
      // the dose note shows its own text, never its markup's, so its text is in its part.
      const marks = {
        'stem-cell-faq': { text: 'question:', ui: 'showAll:' },
        'procedure-steps': { text: 'summary:', ui: 'stepOf:' },
        'dose-note': { text: 'notice:', ui: 'weightLabel:' },
      };
      const textFile = (lang) => `locale-${lang}-${tag}-text.js`;
      const split = existsSync(`dist/cdn/${textFile('hi')}`);
      assert.equal(split, tag !== 'dose-note', `<${tag}>: its text ${split ? 'is' : 'is not'} a file of its own`);
      const read = (files) => files.map((f) => readFileSync(`dist/cdn/${f}`, 'utf8')).join('\n');
      let most = 0;
      for (const { lang, english: name } of languages) {
        // What the language adds to a page whose HTML holds the text (every road we hand out): this
        // element's words, and no element's text but the dose note's own.
        const files = page([`${tag}.js`, localeFile(lang, tag)]);
        const code = read(files.filter((f) => !english.includes(f)));
        assert.match(code, new RegExp(`[\\u0900-\\u0DFF]`, 'u'), `${name}, a page with <${tag}>: no ${name} words`);
        for (const [other, { text, ui }] of Object.entries(marks)) {
          assert.equal(code.includes(ui), other === tag, `${name}, <${tag}>: ${other}'s ${ui} ${other === tag ? 'missing' : 'loaded'}`);
          const shown = other === tag && !split;
          assert.equal(code.includes(text), shown, `${name}, <${tag}>: ${other}'s ${text} ${shown ? 'missing' : 'loaded'}`);
        }
        const added = brotli(files) - brotli(english);
        most = Math.max(most, added);
        if (!split) {
          console.log(`${name} adds ${added} B brotli to a page with <${tag}> (${files.filter((f) => !english.includes(f)).join(' + ')})`);
          continue;
        }
        // A bare tag loads the text too: its own file, with this element's text only.
        const withText = page([`${tag}.js`, localeFile(lang, tag), textFile(lang)]);
        const text = read([textFile(lang)]);
        for (const [other, mark] of Object.entries(marks))
          assert.equal(
            text.includes(mark.text),
            other === tag,
            `${textFile(lang)}: ${other}'s text ${other === tag ? 'missing' : 'loaded'}`,
          );
        assert.ok(!text.includes(marks[tag].ui), `${textFile(lang)} carries UI strings`);
        console.log(
          `${name} adds ${added} B brotli to a page with <${tag}> whose HTML holds the text (${files.filter((f) => !english.includes(f)).join(' + ')}); ${brotli(withText) - brotli(english)} B with its text (+ ${textFile(lang)})`,
        );
      }
      assert.ok(most <= budget, `${most} B brotli is over the ${budget} B budget`);
    });

  for (const [file, { budget }] of Object.entries(BUDGETS.hydrate))
    it(`keeps ${file}, with the chunks it imports, for server-rendered markup, within budget`, () => {
      const imports = JSON.parse(readFileSync('dist/cdn/imports.json', 'utf8'));
      const files = [file, ...(imports[file] ?? [])];
      const s = weighFiles(files);
      show(`Hydrate file ${files.join(' + ')}`, s, budget, '-');
      assert.ok(s.brotli <= budget, `${s.brotli} B brotli is over the ${budget} B budget`);
    });

  it('keeps the FAQ’s and the steps’ English text out of their per-element, hydrate and all-in-one module files, in chunks only a bare tag loads', () => {
    const imports = JSON.parse(readFileSync('dist/cdn/imports.json', 'utf8'));
    const integrity = JSON.parse(readFileSync('dist/cdn/integrity.json', 'utf8'));
    for (const tag of ['stem-cell-faq', 'procedure-steps']) {
      const words = ENGLISH_WORDS[tag];
      // The per-element files' chunk, the hydrate files' own, and each all-in-one module's own; the classic
      // files keep the text inside.
      const allInOne = [
        'stem-cell-explainers',
        'stem-cell-explainers.hydrate',
        ...languages.map(({ lang }) => `stem-cell-explainers.${lang}`),
      ];
      for (const [file, prefix] of [
        [`${tag}.js`, ''],
        [`${tag}.hydrate.js`, 'hydrate-'],
        ...allInOne.map((name) => [`${name}.js`, `${name}-`]),
      ]) {
        const text = readdirSync('dist/cdn').filter((f) => f.startsWith(`${prefix}text-en-${tag}-`));
        assert.equal(text.length, 1, `one chunk with <${tag}>'s English text for ${file}`);
        assert.ok(readFileSync(`dist/cdn/${text[0]}`, 'utf8').includes(words), text[0]);
        const page = [file, ...(imports[file] ?? [])];
        for (const f of page) assert.ok(!readFileSync(`dist/cdn/${f}`, 'utf8').includes(words), `${f} carries the English text`);
        assert.ok(!page.includes(text[0]), `${file} loads the text with the page`);
        // Imported where it shows it, checked against its published integrity (scripts/checked-import.mjs).
        const code = readFileSync(`dist/cdn/${file}`, 'utf8');
        assert.ok(code.includes(`"./${text[0]}"`) && code.includes('import('), `${file} imports the text where it shows it`);
        assert.ok(code.includes(`"${integrity[text[0]]}"`), `${file} checks the text against its published integrity`);
      }
    }
  });

  it('gives each set of elements the fewer bytes of their own files and the all-in-one file, or within 1 % of them (as the embed builder and the WordPress plugin choose)', () => {
    const imports = JSON.parse(readFileSync('dist/cdn/imports.json', 'utf8'));
    const allInOne = weighFiles(['stem-cell-explainers.js']).brotli;
    const own = (tags) =>
      weighFiles(
        pageOf(
          imports,
          tags.map((t) => `${t}.js`),
        ),
      ).brotli;
    const [faq, steps, dose] = ['stem-cell-faq', 'procedure-steps', 'dose-note'];
    for (const tags of [[faq], [steps], [dose], [faq, steps], [faq, dose], [steps, dose], [faq, steps, dose]]) {
      console.log(`${tags.join(' + ')}: ${own(tags)} B brotli by their own files, ${allInOne} B by the all-in-one file`);
      // The rule the builder and the plugin apply (scripts/embed-snippet.mjs) picks the fewer bytes, or,
      // where the two are within 1 % (a few hundred bytes), either: a small change must not flip it.
      const [chosen, other] = chooseAllInOne(tags) ? [allInOne, own(tags)] : [own(tags), allInOne];
      assert.ok(chosen <= other * 1.01, `${tags.join(' + ')}: ${chosen} B chosen against ${other} B`);
    }
    assert.ok(chooseAllInOne([faq, steps, dose]), 'all three');
    assert.ok(!chooseAllInOne([faq]) && !chooseAllInOne([steps]) && !chooseAllInOne([dose]), 'one element: its own file');
  });

  it('gives a page in another language that allInOne() gives the all-in-one file fewer bytes by the English module and the elements’ parts of the language than by the language’s all-in-one file (as the embed builder and the WordPress plugin load them)', () => {
    const imports = JSON.parse(readFileSync('dist/cdn/imports.json', 'utf8'));
    for (const tags of [['stem-cell-faq', 'dose-note'], TAGS])
      for (const { lang } of languages) {
        const parts = weighFiles(pageOf(imports, [bundleFile('en'), ...tags.map((tag) => localeFile(lang, tag))])).brotli;
        const whole = weighFiles([bundleFile(lang)]).brotli;
        console.log(
          `${tags.join(' + ')} in ${lang}: ${parts} B brotli by the English module and the parts, ${whole} B by ${bundleFile(lang)}`,
        );
        assert.ok(chooseAllInOne(tags) && parts < whole, `${tags.join(' + ')} in ${lang}: ${parts} B against ${whole} B`);
      }
  });

  it('keeps each element’s English text off the other elements’ pages', () => {
    const imports = JSON.parse(readFileSync('dist/cdn/imports.json', 'utf8'));
    for (const tag of Object.keys(ENGLISH_WORDS))
      for (const file of [`${tag}.js`, `${tag}.hydrate.js`])
        for (const f of [file, ...imports[file]])
          for (const [other, words] of Object.entries(ENGLISH_WORDS))
            if (other !== tag)
              assert.ok(!readFileSync(`dist/cdn/${f}`, 'utf8').includes(words), `${f}, on a page with <${tag}>, carries <${other}>'s text`);
  });

  it('keeps every language out of the English files, and each in its own files only', () => {
    const indic = /[\u0900-\u0DFF]/u;
    const english = readdirSync('dist/cdn').filter((f) => f.endsWith('.js') && !/^(locale-|stem-cell-explainers\.[a-z]{2,3}\.)/.test(f));
    for (const file of english) assert.doesNotMatch(readFileSync(`dist/cdn/${file}`, 'utf8'), indic, `${file} carries Indic text`);
    // Each language's own text (its first question), in its files and nobody else's.
    const question = Object.fromEntries(
      languages.map(({ lang }) => [lang, readFileSync(`dist/content/${lang}/faq.js`, 'utf8').match(/question: (['"`])(.+?)\1/)[2]]),
    );
    for (const { lang, english: name } of languages) {
      const own = [
        `stem-cell-explainers.${lang}.js`,
        `stem-cell-explainers.${lang}.iife.js`,
        // The FAQ's text in the language: in its -text file, not its words' part.
        `locale-${lang}-stem-cell-faq-text.js`,
      ];
      for (const file of own) {
        const code = readFileSync(`dist/cdn/${file}`, 'utf8');
        for (const other of languages)
          assert.equal(code.includes(question[other.lang]), other.lang === lang, `${file} and ${other.english}`);
      }
      const bundle = sizes(readFileSync(`dist/cdn/${own[0]}`));
      show(`CDN bundle with ${name}`, bundle, BUDGETS.languageBundle.budget, '-');
      assert.ok(bundle.brotli <= BUDGETS.languageBundle.budget, `${own[0]}: ${bundle.brotli} B brotli is over the budget`);
    }
  });
});
