// What every benchmark script does with its samples: the contenders in a fresh random order each
// round (so that a slow spell of the machine falls on all of them alike), and the median of each.

/** The items in a random order. */
export const shuffle = (xs) =>
  xs
    .map((x) => [Math.random(), x])
    .sort((a, b) => a[0] - b[0])
    .map(([, x]) => x);

/** The median of numbers (the mean of the middle two for an even count). */
export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/**
 * The middle of paired samples with an interval for it that needs no assumption about their spread:
 * the sorted values' median, and the order statistics that hold the true median between them with at
 * least `confidence` (the sign test's interval). With 7 samples that is the 2nd and the 6th, 87.5 %;
 * with fewer than 6, only the smallest and the largest.
 */
export function medianInterval(xs, confidence = 0.8) {
  const s = [...xs].sort((a, b) => a - b);
  const n = s.length;
  // P(X <= k) for X ~ Binomial(n, 1/2): the chance that k or fewer samples fall below the median.
  const below = (k) => {
    let p = 0;
    let c = 1;
    for (let i = 0; i <= k; i++) {
      p += c / 2 ** n;
      c = (c * (n - i)) / (i + 1);
    }
    return p;
  };
  // The k-th smallest and the k-th largest (from 0) hold it with 1 - 2 P(X <= k): the narrowest that still does.
  let k = 0;
  while (k + 1 < n / 2 && 1 - 2 * below(k + 1) >= confidence) k++;
  return { median: median(s), low: s[k], high: s[n - 1 - k], confidence: 1 - 2 * below(k) };
}
