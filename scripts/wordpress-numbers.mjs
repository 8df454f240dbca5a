// The dose figure as PHP writes it: the WordPress plugin cannot run our TypeScript, so the build
// hands it, per language tag, what the elements write for `{cells}` (cellsText() in
// src/internal/fallback-markup.ts: bigNumber() with the language's own way of counting, such as
// Telugu's lakh and crore): the digits, the decimal and grouping signs, and for each power of ten the
// pattern ("{n} लाख") with its divisor and the few numbers that take another form ("1 లక్ష",
// "2 లక్షలు"). `numberData()` derives that data from the figures themselves and proves it on every
// figure the elements can write once they have rounded (900 mantissas × 16 powers of ten);
// `numberCases()` is the table of cases the plugin's PHP is tested against (test/wordpress/numbers.test.mjs).
import { cellsText } from '../dist/internal/fallback-markup.js';
import { ceilSignificant, formatDate } from '../dist/internal/numbers.js';
import { languages } from './languages.mjs';

// Each language's own way of counting is registered with it, as on a page that loads its add-on.
for (const { lang } of languages) await import(`../dist/locales/${lang}.js`);

/** The figure the elements write for `{cells}` in a language tag. */
export const figure = (n, lang) => cellsText(n, lang);

/** The rule's figure rounded as every road rounds it: up, to three significant figures. */
const ceil3 = (n) => ceilSignificant(n, 3);

/** Powers of ten a figure can reach: ceil3 of the largest safe integer is 9.01e15. */
const MAGNITUDES = 16;

/** Every value with three significant figures at a power of ten: what a figure is once rounded. */
const valuesAt = (k) =>
  k < 2 ? Array.from({ length: 9 * 10 ** k }, (_, i) => 10 ** k + i) : Array.from({ length: 900 }, (_, i) => (100 + i) * 10 ** (k - 2));

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
export function formatWith(data, n) {
  const value = ceil3(n);
  const k = Math.min(String(value).length - 1, data.patterns.length - 1);
  const { d, pattern, forms = {} } = data.patterns[k];
  const plain = plainNumber(value, d);
  const [int, fraction] = plain.split('.');
  let text = group(int, data.group, data.grouping, data.minimumGrouping) + (fraction ? data.decimal + fraction : '');
  text = text.replace(/[0-9]/g, (c) => data.digits[+c]);
  return (forms[plain] ?? pattern).replace('{n}', text);
}

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The number data for one language tag, derived from the figures the elements write and proven on
 * every figure they can write. Throws, naming the figure, when the data cannot reproduce it. With
 * `like` (the data of the tag's language), gives `like` itself when the tag writes figures the same way.
 * `write` is how figures are written (the elements' own by default).
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

  const patterns = [];
  for (let k = 0; k < MAGNITUDES; k++) {
    const seen = new Map();
    let d;
    for (const value of valuesAt(k)) {
      const text = write(value, lang);
      const m = number.exec(text);
      if (!m) throw new Error(`wordpress-numbers: no number in "${text}" (${lang}, ${value})`);
      const shown = Number(toLatin(m[0]));
      const divisor = Math.round(Math.log10(value / shown));
      if (d === undefined) d = divisor;
      else if (d !== divisor) throw new Error(`wordpress-numbers: ${lang} divides 10^${k} by both 10^${d} and 10^${divisor}`);
      seen.set(plainNumber(value, d), `${text.slice(0, m.index)}{n}${text.slice(m.index + m[0].length)}`);
    }
    const counts = new Map();
    for (const p of seen.values()) counts.set(p, (counts.get(p) ?? 0) + 1);
    const pattern = [...counts].sort((a, b) => b[1] - a[1])[0][0];
    const forms = Object.fromEntries([...seen].filter(([, p]) => p !== pattern));
    patterns.push(Object.keys(forms).length ? { d, pattern, forms } : { d, pattern });
  }

  // A regional tag that writes like its language (hi-IN as hi) shares that language's proven data.
  const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);
  if (like && same([digits, decimal, separator, patterns], [like.digits, like.decimal, like.group, like.patterns])) return like;

  // Grouping: the rule (sizes, and from how many digits) that reproduces every figure.
  const candidates = [
    [[3, 3], 1],
    [[3, 3], 2],
    [[3, 2], 1],
    [[3, 2], 2],
  ];
  const expected = Array.from({ length: MAGNITUDES }, (_, k) => valuesAt(k))
    .flat()
    .map((value) => [value, write(value, lang)]);
  let wrong = '';
  for (const [grouping, minimumGrouping] of candidates) {
    const data = { digits, decimal, group: separator, grouping, minimumGrouping, patterns };
    const miss = expected.find(([value, text]) => formatWith(data, value) !== text);
    if (!miss) return data;
    wrong ||= `${miss[0]} gives "${formatWith(data, miss[0])}", the elements "${miss[1]}"`;
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
 * length up to the largest safe integer) with what the elements write for them.
 */
export function numberCases(langs, write = figure) {
  const figures = new Set([1, 2, 9, 10, 99, 100, 101, 999, 1000, 1001, 1999, 2000000, 2500000, 3000000, 3141593, 2345678, 137000000]);
  for (let k = 1; k <= 15; k++) {
    const p = 10 ** k;
    for (const f of [p - 1, p, p + 1, 1.005 * p, 1.5 * p, 9.99 * p, 9.991 * p]) if (Number.isSafeInteger(f) && f > 0) figures.add(f);
  }
  figures.add(Number.MAX_SAFE_INTEGER);
  figures.add(100000000000001); // 1e14 + 1: the 12-digit rounding before rounding up keeps 1e14 here
  const next = random(29);
  for (let length = 1; length <= 16; length++)
    for (let i = 0; i < 16; i++) {
      const f = Math.floor(10 ** (length - 1) + next() * 9 * 10 ** (length - 1));
      if (Number.isSafeInteger(f)) figures.add(f);
    }
  return langs.flatMap((lang) => [...figures].sort((a, b) => a - b).map((n) => [lang, n, write(n, lang)]));
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
