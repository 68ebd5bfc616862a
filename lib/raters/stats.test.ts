import { describe, expect, it } from 'vitest';
import {
  benjaminiHochberg,
  binomialUpper,
  fisherCombined,
  fisherOneSided,
  normalUpper,
  shrunkScores,
  subsetSumTail,
} from './stats';

describe('rater statistics', () => {
  it('gives normal tails', () => {
    expect(normalUpper(0)).toBeCloseTo(0.5, 6);
    expect(normalUpper(1.96)).toBeCloseTo(0.025, 3);
    expect(normalUpper(-1.96)).toBeCloseTo(0.975, 3);
  });

  it('gives binomial upper tails', () => {
    expect(binomialUpper(0, 10, 0.3)).toBe(1);
    expect(binomialUpper(10, 10, 0.5)).toBeCloseTo(1 / 1024, 8);
    expect(binomialUpper(9, 10, 0.5)).toBeCloseTo(11 / 1024, 8);
  });

  it("computes Fisher's exact test one-sided (the tea-tasting table)", () => {
    // [[3, 1], [1, 3]]: P(X ≥ 3) = (16 + 1) / 70.
    expect(fisherOneSided(3, 1, 1, 3, 'greater')).toBeCloseTo(17 / 70, 8);
    expect(fisherOneSided(1, 3, 3, 1, 'less')).toBeCloseTo(17 / 70, 8);
    expect(fisherOneSided(0, 20, 10, 90, 'less')).toBeLessThan(0.15);
  });

  it('counts the exact permutation tail of a subset sum', () => {
    // Choosing 2 of [1, 1, 0, 0]: sums 2 (1 way), 1 (4 ways), 0 (1 way).
    expect(subsetSumTail([1, 1, 0, 0], 2, 2, 'greater')).toBeCloseTo(1 / 6, 8);
    expect(subsetSumTail([1, 1, 0, 0], 2, 1, 'greater')).toBeCloseTo(5 / 6, 8);
    expect(subsetSumTail([1, 1, 0, 0], 2, 0, 'less')).toBeCloseTo(1 / 6, 8);
  });

  it('combines independent p-values by Fisher’s method', () => {
    expect(fisherCombined([0.5])).toBeCloseTo(0.5, 8);
    expect(fisherCombined([0.01, 0.01])).toBeLessThan(0.01);
    expect(fisherCombined([1, 1])).toBe(1);
  });

  it('controls the false discovery rate with Benjamini–Hochberg', () => {
    expect(benjaminiHochberg([0.001, 0.008, 0.039, 0.041, 0.9], 0.05)).toEqual([
      true,
      true,
      false,
      false,
      false,
    ]);
    expect(benjaminiHochberg([0.01, 0.02, 0.03], 0.05)).toEqual([true, true, true]);
  });

  it('shrinks a small team toward the agency so it scores lower than a large team with the same mean', () => {
    const honest = Array.from({ length: 20 }, (_, i) => [
      0,
      0,
      0,
      i % 3 === 0 ? 1 : 0,
      i % 4 === 0 ? -1 : 0,
      0,
    ]);
    const small = [1, 1];
    const large = Array.from({ length: 30 }, () => 1);
    const { mu, scores } = shrunkScores([...honest, small, large]);
    const s = scores[20];
    const l = scores[21];
    expect(s && l).toBeTruthy();
    expect(Math.abs((s?.shrunk ?? 0) - mu)).toBeLessThan(Math.abs((s?.mean ?? 0) - mu));
    expect(s?.z ?? 0).toBeLessThan(l?.z ?? 0);
  });
});
