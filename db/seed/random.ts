/** A tiny seeded PRNG (mulberry32): the demo data must come out identical on every run. */
export type Rng = {
  next: () => number;
  int: (lo: number, hi: number) => number;
  chance: (p: number) => boolean;
  pick: <T>(items: readonly T[]) => T;
};

export function createRng(seed: number): Rng {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo: number, hi: number): number => lo + Math.floor(next() * (hi - lo + 1));
  return {
    next,
    int,
    chance: (p) => next() < p,
    pick: (items) => {
      const item = items[int(0, items.length - 1)];
      if (item === undefined) throw new Error('pick from an empty list');
      return item;
    },
  };
}

/** One value drawn with the given weights (`[[value, weight], …]`; weights need not sum to 1). */
export function weighted<T>(rng: Rng, options: readonly (readonly [T, number])[]): T {
  let x = rng.next() * options.reduce((s, [, p]) => s + p, 0);
  for (const [value, p] of options) {
    x -= p;
    if (x < 0) return value;
  }
  const last = options[options.length - 1];
  if (!last) throw new Error('weighted pick from an empty list');
  return last[0];
}
