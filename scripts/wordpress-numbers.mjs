// The dose figure as PHP writes it: the WordPress plugin cannot run our TypeScript, so the build
// hands it, per language, what `bigNumber()` (src/internal/numbers.ts) does with `Intl`: the digits,
// the decimal and grouping signs, and for each power of ten the compact pattern ("{n} लाख") with
// the divisor and the few numbers that take another plural form ("1 వేయి", "2 వేలు").
// `numberData()` derives that data from Intl and proves it against Intl for every figure bigNumber()
// can write once it has rounded (900 mantissas × 16 powers of ten); `numberCases()` is the table of
// cases, from bigNumber() itself, the plugin's PHP is tested against (test/wordpress/numbers.test.mjs).
import { bigNumber, ceilSignificant } from '../dist/internal/numbers.js';

/** The rule's figure rounded as every road rounds it: up, to three significant figures. */
const ceil3 = (n) => ceilSignificant(n, 3);

/** Powers of ten a figure can reach: ceil3 of the largest safe integer is 9.01e15. */
const MAGNITUDES = 16;

/** A figure's mantissas: every three-significant-digit number 100..999. */
const mantissas = Array.from({ length: 900 }, (_, i) => 100 + i);

/** Every value bigNumber() can be asked to write after rounding: 1..999, then m × 10^k. */
function* allValues() {
  for (let n = 1; n < 100; n++) yield n;
  for (let k = 0; k < MAGNITUDES - 2; k++) for (const m of mantissas) yield m * 10 ** k;
}

/** The number in Latin digits as the pattern shows it: value / 10^d with at most three significant digits. */
export function plainNumber(value, d) {
  const digits = String(value).replace(/0+$/, '') || '0';
  const zeros = String(value).length - digits.length;
  const point = String(value).length - d; // digits before the decimal point
  if (point <= 0) return `0.${'0'.repeat(-point)}${digits}`;
  if (zeros >= d) return String(value / 10 ** d);
  return `${digits.slice(0, point)}.${digits.slice(point)}`;
}

/** Groups the integer part: primary group of `sizes[0]`, then `sizes[1]`, only from `minimum + sizes[0]` digits on. */
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

/** The pattern of one formatted figure: its number parts as `{n}`, and the number shown, in Latin digits. */
function parts(format, value) {
  let pattern = '';
  let shown = '';
  for (const p of format.formatToParts(value)) {
    if (p.type === 'integer' || p.type === 'fraction' || p.type === 'decimal' || p.type === 'group') {
      if (!pattern.endsWith('{n}')) pattern += '{n}';
      shown += p.type === 'decimal' ? '.' : p.type === 'group' ? '' : p.value;
    } else pattern += p.value;
  }
  return { pattern, shown };
}

/**
 * The number data for one language tag, derived from Intl and checked against it for every figure
 * bigNumber() can write. Throws, naming the figure, when the data cannot reproduce it. With `like`
 * (the data of the tag's language), gives `like` itself when the tag writes numbers the same way.
 */
export function numberData(lang, like) {
  const compact = new Intl.NumberFormat(lang, { notation: 'compact', compactDisplay: 'long', maximumSignificantDigits: 3 });
  const plain = new Intl.NumberFormat(lang, { useGrouping: true });
  const digits = Array.from({ length: 10 }, (_, i) => plain.format(i));
  const sign = (type, value) => plain.formatToParts(value).find((p) => p.type === type)?.value ?? '';
  const decimal = sign('decimal', 1.5);
  const separator = sign('group', 1234567) || ',';
  const toLatin = (s) => s.replace(/./gu, (c) => (digits.includes(c) ? String(digits.indexOf(c)) : c));

  const patterns = [];
  for (let k = 0; k < MAGNITUDES; k++) {
    const values = k < 2 ? Array.from({ length: 9 * 10 ** k }, (_, i) => 10 ** k + i) : mantissas.map((m) => m * 10 ** (k - 2));
    const seen = new Map();
    let d;
    for (const value of new Set(values)) {
      const { pattern, shown } = parts(compact, value);
      const latin = toLatin(shown);
      const divisor = Math.round(Math.log10(value / Number(latin)));
      if (d === undefined) d = divisor;
      else if (d !== divisor) throw new Error(`wordpress-numbers: ${lang} divides 10^${k} by both 10^${d} and 10^${divisor}`);
      seen.set(plainNumber(value, d), pattern);
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
  // bigNumber() writes every figure it has rounded as `compact` does (the English fast path is proven
  // equal to Intl by the element tests, and the PHP against bigNumber() itself by numberCases()).
  const expected = [...allValues()].map((value) => [value, compact.format(value)]);
  let wrong = '';
  for (const [grouping, minimumGrouping] of candidates) {
    const data = { digits, decimal, group: separator, grouping, minimumGrouping, patterns };
    const miss = expected.find(([value, text]) => formatWith(data, value) !== text);
    if (!miss) return data;
    wrong ||= `${miss[0]} gives "${formatWith(data, miss[0])}", bigNumber() "${miss[1]}"`;
  }
  throw new Error(`wordpress-numbers: the data for "${lang}" does not reproduce bigNumber(): ${wrong}`);
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
 * length up to the largest safe integer) with what bigNumber() writes for them.
 */
export function numberCases(langs) {
  const figures = new Set([1, 2, 9, 10, 99, 100, 101, 999, 1000, 1001, 1999, 2000000, 2500000, 3000000, 3141593, 2345678, 137000000]);
  for (let k = 1; k <= 15; k++) {
    const p = 10 ** k;
    for (const f of [p - 1, p, p + 1, 1.005 * p, 1.5 * p, 9.99 * p, 9.991 * p]) if (Number.isSafeInteger(f) && f > 0) figures.add(f);
  }
  figures.add(Number.MAX_SAFE_INTEGER);
  figures.add(100000000000001); // 1e14 + 1: bigNumber's 12-digit rounding keeps 1e14 here
  const next = random(29);
  for (let length = 1; length <= 16; length++)
    for (let i = 0; i < 16; i++) {
      const f = Math.floor(10 ** (length - 1) + next() * 9 * 10 ** (length - 1));
      if (Number.isSafeInteger(f)) figures.add(f);
    }
  return langs.flatMap((lang) => [...figures].sort((a, b) => a - b).map((n) => [lang, n, bigNumber(n, lang)]));
}
