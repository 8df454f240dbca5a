// The dose figure as PHP writes it: the WordPress plugin cannot run our TypeScript, so the build
// hands it, per language tag, what the elements write for `{cells}` (cellsText() in
// src/internal/fallback-markup.ts: bigNumber() with the language's own way of counting, such as
// Telugu's lakh and crore) and for the cells of the dose note's figure for a weight (doseFor() in
// src/components/dose-note/weight.ts: bigNumber() to four significant figures): the digits, the
// decimal and grouping signs, and for each number of significant figures and each power of ten the
// pattern ("{n} लाख") with its divisor and the few numbers that take another form ("1 లక్ష",
// "2 లక్షలు"); and how the weights in that figure are grouped (`tenths`). `numberData()` derives
// that data from the figures themselves and proves it: on every figure `{cells}` can be once rounded
// (900 mantissas × 16 powers of ten), on a representative set of the four-figure ones (see
// `valuesAt()`), and on every weight to a tenth. `numberCases()` and `doseCases()` are the tables
// of cases the plugin's PHP is tested against (test/wordpress/numbers.test.mjs).
import { cellsText } from '../dist/internal/fallback-markup.js';
import { bigNumber, ceilSignificant, formatDate } from '../dist/internal/numbers.js';
import { doseResultIn } from '../dist/internal/bundled.js';
import { localeFor } from '../dist/internal/locale.js';
import { languages } from './languages.mjs';

// Each language's own way of counting is registered with it, as on a page that loads its add-on.
for (const { lang } of languages) await import(`../dist/locales/${lang}.js`);

/**
 * The figure the elements write for a count in a language tag, rounded up to `digits` significant
 * figures: three for `{cells}` (cellsText()), four for the cells of the dose note's figure (doseFor()).
 */
export const figure = (n, lang, digits = 3) =>
  digits === 3 ? cellsText(n, lang) : bigNumber(n, lang, { digits, own: localeFor(lang).numbers });

/** The significant figures a count is written to: `{cells}`, and the dose note's figure for a weight. */
const DIGITS = [3, 4];

/**
 * Powers of ten a figure can reach, by significant figures: ceil3 of the largest safe integer is
 * 9.01e15; the dose note's cells are at most 1000 kg times that, 9.008e18 once rounded to four.
 */
const MAGNITUDES = { 3: 16, 4: 19 };

/** The largest figure to a number of significant figures: the largest cells per kg, and 1000 kg of it. */
const LARGEST = { 3: Number.MAX_SAFE_INTEGER, 4: Number.MAX_SAFE_INTEGER * 1000 };

/**
 * The values with `digits` significant figures at a power of ten: what a figure is once rounded.
 * Every one for three figures (900 a power of ten). For four, 9000 a power of ten, 19 powers and
 * every language tag would take the build minutes, so a representative set, each power of ten
 * alike: every mantissa from 1000 to 1099 (the numbers around one, where the plural forms are),
 * every multiple of ten (those written with fewer figures: "1.1", "2", "9.99"), every seventh of
 * the rest (a stride prime to ten: every last digit, every decimal length) and 9999. The table of
 * cases (`numberCases()`, with seeded random figures) checks the PHP on others.
 */
const valuesAt = (k, digits = 3) => {
  if (k < digits - 1) return Array.from({ length: 9 * 10 ** k }, (_, i) => 10 ** k + i);
  const low = 10 ** (digits - 1);
  const mantissas =
    digits === 3
      ? Array.from({ length: 900 }, (_, i) => 100 + i)
      : Array.from({ length: 9 * low }, (_, i) => low + i).filter((m) => m < 1100 || m % 10 === 0 || m % 7 === 0 || m === 9999);
  return mantissas.map((m) => m * 10 ** (k - digits + 1));
};

/** The number in Latin digits as the pattern shows it: value / 10^d, exactly, from the digits. */
export function plainNumber(value, d) {
  const all = String(value);
  const digits = all.replace(/0+$/, '') || '0';
  const zeros = all.length - digits.length;
  const point = all.length - d;
  if (point <= 0) return `0.${'0'.repeat(-point)}${digits}`;
  if (zeros >= d) return all.slice(0, point);
  return `${digits.slice(0, point)}.${digits.slice(point)}`;
}

/** Groups the integer part: the last `sizes[0]` digits, then groups of `sizes[1]`, from `minimum + sizes[0]` digits on. */
function group(int, sep, [primary, secondary], minimum) {
  if (int.length < primary + minimum) return int;
  const groups = [int.slice(-primary)];
  let rest = int.slice(0, -primary);
  while (rest.length > secondary) {
    groups.unshift(rest.slice(-secondary));
    rest = rest.slice(0, -secondary);
  }
  if (rest) groups.unshift(rest);
  return groups.join(sep);
}

/** What the PHP does with the data (Stem_Cell_Explainers_Numbers::big_number), for the build's own proof. */
export function formatWith(data, n, digits = 3) {
  const value = ceilSignificant(n, digits);
  const patterns = data.patterns[digits];
  const k = Math.min(String(value).length - 1, patterns.length - 1);
  const { d, pattern, forms = {} } = patterns[k];
  const plain = plainNumber(value, d);
  const [int, fraction] = plain.split('.');
  let text = group(int, data.group, data.grouping, data.minimumGrouping) + (fraction ? data.decimal + fraction : '');
  text = text.replace(/[0-9]/g, (c) => data.digits[+c]);
  return (forms[plain] ?? pattern).replace('{n}', text);
}

/**
 * What the PHP does with the data for a weight (Stem_Cell_Explainers_Numbers::tenths), for the
 * build's own proof: as `Intl.NumberFormat(lang, { maximumFractionDigits: 1 })` writes it, rounded
 * half up from the number's shortest digits (as Intl rounds: 70.05 is "70.1"), grouped as plain numbers.
 */
export function tenthsWith(data, x) {
  const [whole, fraction = ''] = String(x).split('.');
  let [int, tenth] = [Number(whole), Number(fraction[0] ?? 0)];
  if (fraction[1] >= '5' && ++tenth === 10) [int, tenth] = [int + 1, 0];
  const text = group(String(int), data.group, data.tenths.grouping, data.tenths.minimumGrouping) + (tenth ? data.decimal + tenth : '');
  return text.replace(/[0-9]/g, (c) => data.digits[+c]);
}

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The grouping rules a language may have: sizes, and from how many digits. */
const GROUPINGS = [
  [[3, 3], 1],
  [[3, 3], 2],
  [[3, 2], 1],
  [[3, 2], 2],
];

/**
 * The number data for one language tag, derived from the figures the elements write and proven on
 * the figures they can write (see `valuesAt()`) and on every weight to a tenth up to 2210 (1000 kg in
 * lb). Throws, naming the figure, when the data cannot reproduce it. With `like` (the data of the
 * tag's language), gives `like` itself when the tag writes figures the same way. `write` is how
 * figures are written (the elements' own by default).
 */
export function numberData(lang, like, write = figure) {
  const plain = new Intl.NumberFormat(lang, { useGrouping: true });
  const digits = Array.from({ length: 10 }, (_, i) => plain.format(i));
  const sign = (type, value) => plain.formatToParts(value).find((p) => p.type === type)?.value ?? '';
  const decimal = sign('decimal', 1.5);
  const separator = sign('group', 1234567) || ',';
  const digit = `(?:${digits.map(escape).join('|')})`;
  // The number in a figure: digits, with grouping and decimal signs only between digits.
  const number = new RegExp(`${digit}(?:${digit}|${escape(separator)}(?=${digit})|${escape(decimal)}(?=${digit}))*`, 'u');
  const toLatin = (s) =>
    s
      .split(separator)
      .join('')
      .split(decimal)
      .join('.')
      .replace(/./gu, (c) => (digits.includes(c) ? String(digits.indexOf(c)) : c));

  // Each figure written once: the patterns and the grouping are proven on the same texts.
  const written = new Map();
  const text = (value, n) => {
    const key = `${n} ${value}`;
    if (!written.has(key)) written.set(key, write(value, lang, n));
    return written.get(key);
  };
  const patterns = {};
  for (const n of DIGITS) {
    patterns[n] = [];
    for (let k = 0; k < MAGNITUDES[n]; k++) {
      const seen = new Map();
      let d;
      for (const value of valuesAt(k, n)) {
        const shown = text(value, n);
        const m = number.exec(shown);
        if (!m) throw new Error(`wordpress-numbers: no number in "${shown}" (${lang}, ${value})`);
        const divisor = Math.round(Math.log10(value / Number(toLatin(m[0]))));
        if (d === undefined) d = divisor;
        else if (d !== divisor) throw new Error(`wordpress-numbers: ${lang} divides 10^${k} by both 10^${d} and 10^${divisor}`);
        seen.set(plainNumber(value, d), `${shown.slice(0, m.index)}{n}${shown.slice(m.index + m[0].length)}`);
      }
      const counts = new Map();
      for (const p of seen.values()) counts.set(p, (counts.get(p) ?? 0) + 1);
      const pattern = [...counts].sort((a, b) => b[1] - a[1])[0][0];
      const forms = Object.fromEntries([...seen].filter(([, p]) => p !== pattern));
      patterns[n].push(Object.keys(forms).length ? { d, pattern, forms } : { d, pattern });
    }
  }

  // Weights as the dose note writes them in its figure ({weight}, {kg}): every tenth from 0.1 to
  // 2210, and numbers whose second decimal rounds them (70.05, 150.25, 2.675, 68.04).
  const one = new Intl.NumberFormat(lang, { maximumFractionDigits: 1 });
  const weights = [...Array.from({ length: 22100 }, (_, i) => (i + 1) / 10), 70.05, 150.25, 2.675, 68.04, 999.95, 2204.62];
  const tenthsData = (grouping, minimumGrouping) => ({ digits, decimal, group: separator, tenths: { grouping, minimumGrouping } });
  const tenths = GROUPINGS.map(([grouping, minimum]) => tenthsData(grouping, minimum)).find((data) =>
    weights.every((w) => tenthsWith(data, w) === one.format(w)),
  )?.tenths;
  if (!tenths) {
    const miss = weights.find((w) => tenthsWith(tenthsData(...GROUPINGS[0]), w) !== one.format(w));
    throw new Error(
      `wordpress-numbers: no grouping writes the weights of "${lang}" as the dose note does: ${miss} is "${one.format(miss)}"`,
    );
  }

  // A regional tag that writes like its language (hi-IN as hi) shares that language's proven data.
  const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);
  if (like && same([digits, decimal, separator, patterns, tenths], [like.digits, like.decimal, like.group, like.patterns, like.tenths]))
    return like;

  // Grouping: the rule (sizes, and from how many digits) that reproduces every figure.
  const expected = DIGITS.flatMap((n) =>
    Array.from({ length: MAGNITUDES[n] }, (_, k) => valuesAt(k, n))
      .flat()
      .map((value) => [value, n, text(value, n)]),
  );
  let wrong = '';
  for (const [grouping, minimumGrouping] of GROUPINGS) {
    const data = { digits, decimal, group: separator, grouping, minimumGrouping, patterns, tenths };
    const miss = expected.find(([value, n, shown]) => formatWith(data, value, n) !== shown);
    if (!miss) return data;
    wrong ||= `${miss[0]} (to ${miss[1]} figures) gives "${formatWith(data, miss[0], miss[1])}", the elements "${miss[2]}"`;
  }
  throw new Error(`wordpress-numbers: the data for "${lang}" does not reproduce the elements' figures: ${wrong}`);
}

/** A small seeded generator, so the table is the same on every run. */
function random(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The table both implementations pass: for each language tag, hundreds of figures (every power of ten
 * and its neighbours, the rounding edges, the clinic's usual figures, seeded random figures of every
 * length up to the largest safe integer) with what the elements write for them, to `digits`
 * significant figures. To four (the dose note's cells) the figures go on to 1000 times the largest
 * safe integer (1000 kg at the largest cells per kg).
 */
export function numberCases(langs, write = figure, digits = 3) {
  const largest = LARGEST[digits];
  const figures = new Set([1, 2, 9, 10, 99, 100, 101, 999, 1000, 1001, 1999, 2000000, 2500000, 3000000, 3141593, 2345678, 137000000]);
  if (digits === 4) [1099, 9999, 10001, 99999, 100000, 100001, 136200000, 219912000, 9001, 1000100].forEach((f) => figures.add(f));
  // A whole number, as the figures are: above the largest safe integer every number is one.
  const add = (f) => f > 0 && f <= largest && (Number.isSafeInteger(f) || f > Number.MAX_SAFE_INTEGER) && figures.add(f);
  for (let k = 1; k < MAGNITUDES[digits]; k++) {
    const p = 10 ** k;
    for (const f of [p - 1, p, p + 1, 1.005 * p, 1.5 * p, 9.99 * p, 9.991 * p, ...(digits === 4 ? [1.0001 * p, 9.9991 * p] : [])]) add(f);
  }
  add(Number.MAX_SAFE_INTEGER);
  add(100000000000001); // 1e14 + 1: the 12-digit rounding before rounding up keeps 1e14 here
  add(largest);
  const next = random(29);
  for (let length = 1; length <= MAGNITUDES[digits]; length++)
    for (let i = 0; i < 16; i++) add(Math.floor(10 ** (length - 1) + next() * 9 * 10 ** (length - 1)));
  return langs.flatMap((lang) => [...figures].sort((a, b) => a - b).map((n) => [lang, n, write(n, lang, digits)]));
}

/**
 * The table of the dose note's figure for a weight (doseFor(), through doseResultIn()): for each
 * language tag, weights in kg and in lb (the edges of the adult range and of the widest, 1 to 1000 kg,
 * weights that round up to a tenth, 150 lb), at several cells per kg (the bundled rule's, a figure
 * with seven significant digits, the smallest, a large one), with the sentence the element writes.
 * The input is what the PHP computes from: the weight as read, its unit and the cells per kg.
 */
export function doseCases(langs) {
  const ADULTS = [30, 300];
  const WIDEST = [1, 1000];
  const weights = [
    ['kg', ADULTS, ['30', '300', '68.05', '68.04', '70', '70.5', '99.95', '123.456']],
    ['kg', WIDEST, ['1', '1.05', '999.95', '1000']],
    ['lb', ADULTS, ['67', '661', '150', '150.25', '154.3', '99.99']],
    ['lb', WIDEST, ['3', '2204', '2203.96']],
  ];
  // 1234000000005 at 1 kg: a half in the thirteenth digit, which toPrecision(12) rounds up (to 1.235 trillion once rounded to four figures).
  const rates = [2000000, 3000000, 3141593, 1, 999999999, 1234000000005, Number.MAX_SAFE_INTEGER];
  return langs.flatMap((lang) =>
    weights.flatMap(([unit, range, list]) =>
      list.flatMap((weight) =>
        rates.map((rate) => {
          const text = doseResultIn(lang, weight, { unit, range, rate });
          if (!text) throw new Error(`wordpress-numbers: no figure for ${weight} ${unit} (${lang})`);
          return [lang, { weight: Number(weight), unit, rate }, text];
        }),
      ),
    ),
  );
}

// Dates as the FAQ's footer writes them (formatDate() in src/internal/numbers.ts: the review dates and
// the content's own date), for the plugin's fallback markup: per language tag, the digits, the twelve
// month names, the pattern ("{d} {m} {y}", "{m} {d}, {y}") and whether the day has two digits, derived from the dates themselves and
// proven on every day of two years and on every year from 1970 to 2100. `dateCases()` is the table the PHP is tested against.

/** A UTC day. */
const day = (y, m, d) => new Date(Date.UTC(y, m, d));

/** What the PHP does with the data (Stem_Cell_Explainers_Numbers::date), for the build's own proof. */
export function dateWith(data, iso) {
  const [y, m, d] = iso.split('-').map(Number);
  const local = (n) => String(n).replace(/[0-9]/g, (c) => data.digits[+c]);
  const dayText = data.padDay ? String(d).padStart(2, '0') : String(d);
  return data.pattern
    .replace('{d}', local(dayText))
    .replace('{m}', data.months[m - 1])
    .replace('{y}', local(y));
}

const iso = (date) => date.toISOString().slice(0, 10);

/**
 * The date data for one language tag, derived from the dates the elements write and proven on every
 * day of 2027 and 2028 and on every year from 1970 to 2100. Throws, naming the date, when the data cannot reproduce it. With `like`,
 * gives `like` itself when the tag writes dates the same way.
 */
export function dateData(lang, like, write = formatDate) {
  const number = new Intl.NumberFormat(lang, { useGrouping: false });
  // A year and a day whose digits are all different: 2034 and 28 (no digit in both).
  const latin = /^en(-US|-GB)?$/.test(lang);
  const digits = Array.from({ length: 10 }, (_, i) => (latin ? String(i) : number.format(i)));
  const local = (n) => String(n).replace(/[0-9]/g, (c) => digits[+c]);
  const shapes = Array.from({ length: 12 }, (_, m) => {
    const text = write(day(2034, m, 28), lang);
    if (!text.includes(local(2034)) || !text.includes(local(28)))
      throw new Error(`wordpress-numbers: no year or day in "${text}" (${lang})`);
    return text.replace(local(2034), '{y}').replace(local(28), '{d}');
  });
  // What every month's text has in common around the month's name is the pattern.
  let prefix = 0;
  while (shapes.every((s) => s[prefix] === shapes[0][prefix])) prefix++;
  let suffix = 0;
  while (shapes.every((s) => s.at(-1 - suffix) === shapes[0].at(-1 - suffix))) suffix++;
  const months = shapes.map((s) => s.slice(prefix, s.length - suffix));
  const data = { digits, months, pattern: `${shapes[0].slice(0, prefix)}{m}${shapes[0].slice(shapes[0].length - suffix)}` };
  // Some tags write the day with two digits ("05 January 2034", en-ZA).
  if (write(day(2034, 0, 5), lang).includes(local('05'))) data.padDay = true;
  if (like && JSON.stringify(data) === JSON.stringify(like)) return like;
  // Every day of two years (a leap year among them: every day of every month), and the first and last day of every year.
  const proof = Array.from({ length: 731 }, (_, i) => day(2027, 0, 1 + i));
  for (let y = 1970; y <= 2100; y++) proof.push(day(y, 0, 1), day(y, 11, 31));
  for (const t of proof) {
    const expected = write(t, lang);
    if (dateWith(data, iso(t)) !== expected)
      throw new Error(
        `wordpress-numbers: the date data for "${lang}" writes ${iso(t)} as "${dateWith(data, iso(t))}", the elements "${expected}"`,
      );
  }
  return data;
}

/** The table both implementations pass: for each tag, the first and last day of every month of some years, leap days, and seeded random days. */
export function dateCases(langs, write = formatDate) {
  const days = new Set();
  for (const y of [1970, 1999, 2000, 2024, 2026, 2027, 2099, 2100])
    for (let m = 0; m < 12; m++) days.add(iso(day(y, m, 1))).add(iso(day(y, m + 1, 0)));
  days.add('2028-02-29').add('2000-02-29');
  const next = random(31);
  for (let i = 0; i < 60; i++) days.add(iso(day(1970 + Math.floor(next() * 131), Math.floor(next() * 12), 1 + Math.floor(next() * 28))));
  return langs.flatMap((lang) => [...days].sort().map((d) => [lang, d, write(new Date(`${d}T00:00:00Z`), lang)]));
}
