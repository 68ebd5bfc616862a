import { describe, expect, it } from 'vitest';
import type { Predikat } from './appraisal';
import { distributionWarnings } from './distribution';

const counts = (c: Partial<Record<Predikat, number>>): Record<Predikat, number> => ({
  sangat_baik: 0,
  baik: 0,
  butuh_perbaikan: 0,
  kurang: 0,
  sangat_kurang: 0,
  ...c,
});
const kinds = (w: ReturnType<typeof distributionWarnings>) => w.map((x) => `${x.kind}:${x.of.join('+')}`);

describe('distributionWarnings', () => {
  it('Istimewa: at most 70 % Sangat Baik', () => {
    expect(distributionWarnings('istimewa', counts({ sangat_baik: 7, baik: 3 }))).toEqual([]);
    const w = distributionWarnings('istimewa', counts({ sangat_baik: 8, baik: 2 }));
    expect(kinds(w)).toEqual(['atMost:sangat_baik']);
    expect(w[0]?.actualPct).toBe(80);
  });

  it('Baik: at most 70 % Baik and some Butuh Perbaikan or Kurang — the usual all-Baik unit gets both warnings', () => {
    expect(kinds(distributionWarnings('baik', counts({ baik: 10 })))).toEqual([
      'atMost:baik',
      'some:butuh_perbaikan+kurang',
    ]);
    expect(distributionWarnings('baik', counts({ sangat_baik: 2, baik: 7, kurang: 1 }))).toEqual([]);
    expect(kinds(distributionWarnings('baik', counts({ sangat_baik: 3, baik: 7 })))).toEqual([
      'some:butuh_perbaikan+kurang',
    ]);
  });

  it('Butuh Perbaikan: at least 60 % Butuh Perbaikan, Sangat Baik at most 10 %', () => {
    expect(
      distributionWarnings('butuh_perbaikan', counts({ butuh_perbaikan: 6, baik: 3, sangat_baik: 1 })),
    ).toEqual([]);
    expect(
      kinds(distributionWarnings('butuh_perbaikan', counts({ butuh_perbaikan: 5, sangat_baik: 2, baik: 3 }))),
    ).toEqual(['atLeast:butuh_perbaikan', 'atMost:sangat_baik']);
  });

  it('Kurang: at least 60 % Kurang, at least 10 % Butuh Perbaikan, Sangat Baik at most 10 %', () => {
    expect(
      distributionWarnings('kurang', counts({ kurang: 6, butuh_perbaikan: 1, baik: 2, sangat_baik: 1 })),
    ).toEqual([]);
    expect(kinds(distributionWarnings('kurang', counts({ kurang: 9, baik: 1 })))).toEqual([
      'atLeast:butuh_perbaikan',
    ]);
  });

  it('Sangat Kurang: at least 60 % Sangat Kurang, 10 % Kurang and/or Butuh Perbaikan, no Sangat Baik', () => {
    expect(distributionWarnings('sangat_kurang', counts({ sangat_kurang: 6, kurang: 1, baik: 3 }))).toEqual(
      [],
    );
    expect(
      kinds(distributionWarnings('sangat_kurang', counts({ sangat_kurang: 6, baik: 3, sangat_baik: 1 }))),
    ).toEqual(['atLeast:kurang+butuh_perbaikan', 'none:sangat_baik']);
  });

  it('says nothing before any predikat is given', () => {
    expect(distributionWarnings('baik', counts({}))).toEqual([]);
  });
});
