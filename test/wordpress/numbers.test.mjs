// One truth for the dose figure: the WordPress plugin's PHP (Stem_Cell_Explainers_Numbers, fed with the
// number data the build writes) gives, character for character, what the elements write for {cells}
// (cellsText(): bigNumber() in dist/internal/numbers.js with the language's own way of counting), for a table of cases made here: hundreds of figures, from 1 to the
// largest safe integer, in every language tag the plugin writes on an element (each language, en-IN's
// lakh and crore, and the regional tags of WordPress's locales); and the dose note's figure for a
// weight (doseFor(): its cells to four significant figures, the weights to a tenth, in the language's
// sentence). Needs only `php` (the WordPress test installs it) and a build.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { languages as shipped } from '../../scripts/languages.mjs';
import { dateCases, doseCases, numberCases, numberData } from '../../scripts/wordpress-numbers.mjs';
import { idCases } from '../../scripts/entry-ids.mjs';
import { textPartCases } from '../../scripts/text-parts-cases.mjs';
import { ensurePackages } from './server.mjs';

const plugin = 'dist/wordpress/stem-cell-explainers';

/** The build's data for the plugin: `numbers` and `dates`, per language tag. */
const built = () => JSON.parse(readFileSync(`${plugin}/build/data.json`, 'utf8'));

/** The build's data (PHP ready to run it), with the language tags it has data for, as written on an element (`hi-IN`). */
function builtTags() {
  assert.ok(existsSync(`${plugin}/build/data.json`), 'run npm run build first');
  ensurePackages();
  const data = built();
  return { ...data, tags: Object.keys(data.numbers).map((t) => t.replace(/-([a-z]+)$/, (_, r) => `-${r.toUpperCase()}`)) };
}

/**
 * Runs PHP over the cases ([tag, input, expected]) with a table of data per tag (the build's number
 * data by default) through a call of Stem_Cell_Explainers_Numbers (a method given `$input` and the
 * tag's `$data`, or a PHP expression of `$input`, `$data` and `$lang`); gives the cases where it differs.
 */
function phpDifferences(cases, table = built().numbers, method = 'big_number', file = 'class-numbers.php') {
  const call = /^\w+$/.test(method) ? `Stem_Cell_Explainers_Numbers::${method}( $input, $data )` : method;
  const dir = mkdtempSync(join(tmpdir(), 'sce-numbers-'));
  try {
    writeFileSync(join(dir, 'cases.json'), JSON.stringify(cases));
    writeFileSync(join(dir, 'table.json'), JSON.stringify(table));
    writeFileSync(
      join(dir, 'run.php'),
      `<?php
define( 'STEM_CELL_EXPLAINERS_TEST', true );
require ${JSON.stringify(`${process.cwd()}/${plugin}/includes/${file}`)};
$table = json_decode( file_get_contents( __DIR__ . '/table.json' ), true );
$wrong = array();
foreach ( json_decode( file_get_contents( __DIR__ . '/cases.json' ), true ) as $case ) {
	list( $lang, $input, $expected ) = $case;
	$data = isset( $table[ strtolower( $lang ) ] ) ? $table[ strtolower( $lang ) ] : $table[ strtok( $lang, '-' ) ];
	$data = is_string( $data ) ? $table[ $data ] : $data;
	$got  = ${call};
	if ( $got !== $expected ) {
		$wrong[] = array( $lang, $input, $expected, $got );
	}
}
echo json_encode( $wrong, JSON_UNESCAPED_UNICODE );
`,
    );
    return JSON.parse(
      execFileSync('php', ['-d', 'error_reporting=E_ALL', '-d', 'display_errors=stderr', join(dir, 'run.php')], { encoding: 'utf8' }),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('the figure in PHP and in the elements', () => {
  it('the plugin carries every language of the package and writes every figure as bigNumber() does, in every language tag it writes on an element', () => {
    const { languages, tags } = builtTags();
    // Every language the package ships (the one list, scripts/languages.mjs) is in the plugin, with the
    // number systems the issue names: million, lakh and crore, Hindi.
    assert.deepEqual(Object.keys(languages).sort(), ['en', ...shipped.map((l) => l.lang)].sort());
    for (const tag of ['en', 'en-IN', 'hi', ...Object.keys(languages)]) assert.ok(tags.includes(tag), `no number data for ${tag}`);
    const cases = numberCases(tags);
    assert.ok(cases.length / tags.length > 300, `only ${cases.length / tags.length} figures a language`);
    // The table holds what the issue's examples say, so a wrong table cannot pass.
    const expect = (lang, n) => cases.find(([l, f]) => l === lang && f === n)?.[2];
    assert.equal(expect('en', 3000000), '3 million');
    assert.equal(expect('en', 3141593), '3.15 million');
    assert.equal(expect('en-IN', 3000000), '30\u202flakh'); // with Intl's narrow no-break space
    assert.equal(expect('hi', 2000000), '20 लाख');
    assert.deepEqual(phpDifferences(cases), []);
  });

  it('writes the dose note’s figure for a weight as doseFor() does, its cells to four figures, in every language tag it writes on an element', () => {
    const { tags } = builtTags();
    // The cells alone, to four figures: every power of ten to 1000 kg at the largest cells per kg.
    const cells = numberCases(tags, undefined, 4);
    assert.ok(cells.length / tags.length > 300, `only ${cells.length / tags.length} figures a language`);
    const figure = (lang, n) => cells.find(([l, f]) => l === lang && f === n)?.[2];
    assert.equal(figure('en', 136200000), '136.2 million');
    assert.equal(figure('en', 9007199254740991000), '9,008,000 trillion');
    assert.deepEqual(phpDifferences(cells, undefined, 'Stem_Cell_Explainers_Numbers::big_number( $input, $data, 4 )'), []);
    // The whole sentence, from the weight read, its unit and the cells per kg, in the build's words for the language.
    const cases = doseCases(tags);
    const sentence = (lang, weight, unit, rate) =>
      cases.find(([l, i]) => l === lang && i.weight === weight && i.unit === unit && i.rate === rate)?.[2];
    assert.equal(sentence('en', 70, 'kg', 2000000), 'By this rule, for 70 kg: at least 140 million cells. This is not a personal dose.');
    assert.equal(
      sentence('en', 68.05, 'kg', 2000000),
      'By this rule, for 68.1 kg: at least 136.2 million cells. This is not a personal dose.',
    );
    assert.equal(
      sentence('en', 150, 'lb', 3000000),
      'By this rule, for 150 lb (68.1 kg): at least 204.3 million cells. This is not a personal dose.',
    );
    assert.match(sentence('mr', 70, 'kg', 2000000), /७० किलो .* १४ कोटी/);
    const words = `json_decode( file_get_contents( ${JSON.stringify(`${process.cwd()}/${plugin}/build/content-`)} . strtok( strtolower( $lang ), '-' ) . '.json' ), true )['doseResult']`;
    assert.deepEqual(
      phpDifferences(
        cases,
        undefined,
        `Stem_Cell_Explainers_Numbers::dose( $input['weight'], $input['unit'], $input['rate'], ${words}, $data )`,
      ),
      [],
    );
  });

  it('the PHP is ready for the next languages: native digits (Marathi, Bengali) and plural forms (Telugu)', () => {
    const next = ['mr', 'bn', 'te', 'ta', 'gu', 'pa'].filter((lang) => !shipped.some((l) => l.lang === lang));
    const numbers = Object.fromEntries(next.map((lang) => [lang, numberData(lang)]));
    const cases = numberCases(next);
    const expect = (lang, n) => cases.find(([l, f]) => l === lang && f === n)?.[2];
    // (Once shipped, a language is in the test above, with its own way of counting.)
    if (next.includes('mr')) assert.equal(expect('mr', 2000000), '२० लाख');
    if (next.includes('te')) assert.equal(expect('te', 1000), '1 వేయి');
    if (next.includes('te')) assert.equal(expect('te', 1999), '2 వేలు'); // rounded up to 2000
    assert.deepEqual(phpDifferences(cases, numbers), []);
  });

  it('the PHP rounds up like ceil3(), never down, on the figures where twelve-digit rounding decides', () => {
    const edges = [1000, 1001, 999999, 1000001, 100000000000001, 999999999999999, Number.MAX_SAFE_INTEGER].map((n) => ['en', n]);
    const cases = numberCases(['en']).filter(([, n]) => edges.some(([, e]) => e === n));
    assert.equal(cases.length, edges.length);
    assert.deepEqual(phpDifferences(cases), []);
  });
});

describe('dates in PHP and in the elements', () => {
  it('writes every date of the footer (the review dates, the content’s own) as formatDate() does, in every language tag the plugin writes on an element', () => {
    const { numbers, dates, tags } = builtTags();
    assert.deepEqual(Object.keys(dates), Object.keys(numbers), 'date data for every tag');
    const cases = dateCases(tags);
    assert.ok(cases.length / tags.length > 200, `only ${cases.length / tags.length} dates a tag`);
    // The table holds what the elements write, so a wrong table cannot pass.
    const expect = (lang, day) => cases.find(([l, d]) => l === lang && d === day)?.[2];
    assert.equal(expect('en', '2026-12-31'), 'December 31, 2026');
    assert.equal(expect('en-GB', '2026-12-31'), '31 December 2026');
    assert.equal(expect('hi', '2026-12-31'), '31 दिसंबर 2026');
    assert.equal(expect('bn', '2026-12-31'), '৩১ ডিসেম্বর, ২০২৬');
    assert.equal(expect('en-ZA', '2026-03-01'), '01 March 2026');
    assert.deepEqual(phpDifferences(cases, dates, 'date'), []);
  });
});

describe('ids of the clinic’s own questions in PHP and in the elements', () => {
  it('makes the id from a question’s words as idFrom() does, in every script, with the build’s table of Latin letters', () => {
    const { idLetters } = builtTags();
    const cases = idCases().map(([words, id]) => ['en', words, id]);
    // The table holds what the rule says, so a wrong table cannot pass.
    const expect = (words) => cases.find(([, w]) => w === words)?.[2];
    assert.equal(expect('स्टेम सेल क्या है?'), 'स्टेम-सेल-क्या-है');
    assert.equal(expect('Café, crème brûlée & naïve: ÀÉÎÕÜ ÇÑ ß Æ Ø Ł Đ İ ı'), 'cafe-creme-brulee-naive-aeiou-cn-ß-æ-ø-ł-đ-i-ı');
    assert.equal(expect('???'), '');
    assert.deepEqual(
      phpDifferences(cases, { en: idLetters }, 'Stem_Cell_Explainers_Entry_Id::from( $input, $data )', 'class-entry-id.php'),
      [],
    );
  });
});

describe('English words in another script’s text in PHP and in the elements', () => {
  it('finds them as textParts() does, in every language’s footer with a reviewer’s name in any script, with the build’s text', () => {
    const cases = textPartCases().map(([text, parts]) => ['en', text, parts]);
    // The table holds what the rule says, so a wrong table cannot pass.
    const expect = (text) => cases.find(([, t]) => t === text)?.[2];
    assert.deepEqual(expect('जाँच करने वाले: Prof. José Núñez'), [
      ['जाँच करने वाले: ', false],
      ['Prof. José Núñez', true],
    ]);
    assert.deepEqual(expect("Reviewed by: Dr D'Souza"), [["Reviewed by: Dr D'Souza", false]]);
    assert.deepEqual(expect('Take 5 µL; the clinicʼs own rule.'), [['Take 5 µL; the clinicʼs own rule.', false]]);
    assert.deepEqual(phpDifferences(cases, { en: {} }, 'Stem_Cell_Explainers_Text_Parts::parts( $input )', 'class-text-parts.php'), []);
  });
});
