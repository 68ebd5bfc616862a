// Pure statistics for rater analytics (no I/O): shared by the pages, the tests and `npm run bench:bias`.

/** Standard normal upper tail P(Z ≥ z) (Abramowitz & Stegun 7.1.26 through erfc; error < 1.5e-7). */
export function normalUpper(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * x);
  const poly =
    t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  const erfc = poly * Math.exp(-x * x);
  return z >= 0 ? erfc / 2 : 1 - erfc / 2;
}

const logFactCache: number[] = [0];
function logFact(n: number): number {
  for (let i = logFactCache.length; i <= n; i++) logFactCache[i] = (logFactCache[i - 1] ?? 0) + Math.log(i);
  return logFactCache[n] ?? 0;
}
const logChoose = (n: number, k: number) =>
  k < 0 || k > n ? Number.NEGATIVE_INFINITY : logFact(n) - logFact(k) - logFact(n - k);

/** One-sided binomial upper tail P(X ≥ k) for X ~ Bin(n, p). */
export function binomialUpper(k: number, n: number, p: number): number {
  if (k <= 0) return 1;
  if (p <= 0) return 0;
  if (p >= 1) return 1;
  let sum = 0;
  for (let i = k; i <= n; i++) sum += Math.exp(logChoose(n, i) + i * Math.log(p) + (n - i) * Math.log(1 - p));
  return Math.min(1, sum);
}

/**
 * Fisher's exact test on a 2×2 table [[a, b], [c, d]], one-sided: `greater` asks whether the first row's
 * share of the first column (a / (a + b)) is larger than chance would give, `less` whether it is smaller.
 */
export function fisherOneSided(a: number, b: number, c: number, d: number, side: 'greater' | 'less'): number {
  const row1 = a + b;
  const col1 = a + c;
  const n = a + b + c + d;
  const lo = Math.max(0, row1 + col1 - n);
  const hi = Math.min(row1, col1);
  const prob = (x: number) =>
    Math.exp(logChoose(col1, x) + logChoose(n - col1, row1 - x) - logChoose(n, row1));
  let p = 0;
  if (side === 'greater') for (let x = a; x <= hi; x++) p += prob(x);
  else for (let x = lo; x <= a; x++) p += prob(x);
  return Math.min(1, p);
}

/**
 * Exact permutation test for "the k values of one person sum higher (or lower) than k values drawn at
 * random from the whole team would": the values are small integers (rating − anchor, −2…2), so the null
 * distribution of the sum of a random k-subset is counted exactly by dynamic programming over the values.
 */
export function subsetSumTail(all: readonly number[], k: number, observed: number, side: 'greater' | 'less') {
  const counts = new Map<number, number>();
  for (const v of all) counts.set(v, (counts.get(v) ?? 0) + 1);
  // ways[taken] = Map(sum → log-free count as a float; team sizes keep these well inside double range)
  let ways: Map<number, number>[] = [new Map([[0, 1]])];
  for (const [value, c] of counts) {
    const next: Map<number, number>[] = Array.from({ length: k + 1 }, () => new Map());
    ways.forEach((sums, taken) => {
      for (const [sum, w] of sums) {
        for (let x = 0; x <= c && taken + x <= k; x++) {
          const m = next[taken + x] as Map<number, number>;
          const s = sum + x * value;
          m.set(s, (m.get(s) ?? 0) + w * Math.exp(logChoose(c, x)));
        }
      }
    });
    ways = next;
  }
  const final = ways[k] ?? new Map<number, number>();
  let total = 0;
  let tail = 0;
  for (const [sum, w] of final) {
    total += w;
    if (side === 'greater' ? sum >= observed - 1e-9 : sum <= observed + 1e-9) tail += w;
  }
  return total > 0 ? Math.min(1, tail / total) : 1;
}

/** Benjamini–Hochberg: which of the p-values are discoveries at false discovery rate `q`. */
export function benjaminiHochberg(ps: readonly number[], q: number): boolean[] {
  const order = ps.map((p, i) => ({ p, i })).sort((x, y) => x.p - y.p);
  let cut = -1;
  order.forEach(({ p }, rank) => {
    if (p <= ((rank + 1) / ps.length) * q) cut = rank;
  });
  const out = ps.map(() => false);
  for (let r = 0; r <= cut; r++) out[(order[r] as { i: number }).i] = true;
  return out;
}

export const mean = (xs: readonly number[]) => (xs.length ? xs.reduce((s, x) => s + x, 0) / xs.length : 0);

export function median(xs: readonly number[]): number {
  if (xs.length === 0) return 0;
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
}

/** Median and scaled median absolute deviation (≈ σ for normal data), with a floor so a tight agency does
 * not turn a small difference into a large score. */
export function robustScale(xs: readonly number[], floor: number) {
  const med = median(xs);
  const mad = 1.4826 * median(xs.map((x) => Math.abs(x - med)));
  return { median: med, scale: Math.max(mad, floor) };
}

/**
 * Empirical-Bayes shrinkage of per-rater means (Efron & Morris): with the agency mean μ, the pooled
 * within-rater variance σ² and the between-rater variance τ² (method of moments), each rater's mean moves
 * toward μ by B = τ² / (τ² + σ²/n), and the score is (m̂ − μ) / √(B σ²/n). A team of two is pulled almost
 * all the way back, so it is not flagged on noise.
 */
export function shrunkScores(groups: readonly (readonly number[])[]): {
  mu: number;
  sigma2: number;
  tau2: number;
  scores: { n: number; mean: number; shrunk: number; z: number }[];
} {
  const used = groups.filter((g) => g.length > 0);
  const all = used.flat();
  const mu = mean(all);
  let within = 0;
  let dof = 0;
  for (const g of used) {
    const m = mean(g);
    for (const x of g) within += (x - m) ** 2;
    dof += g.length - 1;
  }
  // A floor keeps σ² positive when everyone in the agency agrees with the anchor exactly.
  const sigma2 = Math.max(dof > 0 ? within / dof : 0, 0.05);
  const spread = used.length > 1 ? used.reduce((s, g) => s + (mean(g) - mu) ** 2, 0) / (used.length - 1) : 0;
  const noise = used.length ? mean(used.map((g) => sigma2 / g.length)) : 0;
  const tau2 = Math.max(spread - noise, 1e-4);
  const scores = groups.map((g) => {
    if (g.length === 0) return { n: 0, mean: 0, shrunk: mu, z: 0 };
    const m = mean(g);
    const se2 = sigma2 / g.length;
    const b = tau2 / (tau2 + se2);
    const shrunk = mu + b * (m - mu);
    return { n: g.length, mean: m, shrunk, z: (shrunk - mu) / Math.sqrt(b * se2) };
  });
  return { mu, sigma2, tau2, scores };
}

/** Fisher's method for independent p-values: −2 Σ ln p is χ² with 2k degrees of freedom. */
export function fisherCombined(ps: readonly number[]): number {
  const x = -2 * ps.reduce((s, p) => s + Math.log(Math.max(p, 1e-300)), 0);
  // χ² survival for even degrees of freedom 2k: e^{-x/2} Σ_{i<k} (x/2)^i / i!
  let term = 1;
  let sum = 1;
  for (let i = 1; i < ps.length; i++) {
    term *= x / 2 / i;
    sum += term;
  }
  return Math.min(1, Math.exp(-x / 2) * sum);
}
