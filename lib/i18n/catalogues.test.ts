import { describe, expect, it } from 'vitest';
import { ABBREVIATIONS } from './abbreviations';
import en from './en.json';
import id from './id.json';

function keys(node: unknown, prefix = ''): string[] {
  if (typeof node !== 'object' || node === null) return [prefix];
  return Object.entries(node).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

describe('message catalogues', () => {
  it('Indonesian and English have exactly the same keys', () => {
    expect(keys(en).sort()).toEqual(keys(id).sort());
  });
  it('have no empty messages', () => {
    const empty = (cat: unknown) =>
      keys(cat).filter(
        (k) => !k.split('.').reduce<unknown>((n, p) => (n as Record<string, unknown>)[p], cat),
      );
    expect(empty(id)).toEqual([]);
    expect(empty(en)).toEqual([]);
  });
});

describe('wording', () => {
  const catalogues = { id, en };

  it('names each predikat one way per language: the appraisal and the dashboard agree', () => {
    for (const cat of Object.values(catalogues)) {
      expect(cat.appraisal.orgPredikat).toEqual(cat.dashboard.predikat.org);
      const { kurang: _individual, ...shared } = cat.predikat;
      const { istimewa: _org, kurang: _orgKurang, ...orgShared } = cat.dashboard.predikat.org;
      expect(orgShared).toEqual(
        Object.fromEntries(Object.keys(orgShared).map((k) => [k, shared[k as keyof typeof shared]])),
      );
    }
  });

  it('writes the rating scale the same way in ratings and in feedback answers', () => {
    for (const cat of Object.values(catalogues)) {
      const { cannot_judge: _none, ...scale } = cat.feedback.answers;
      expect(scale).toEqual(cat.ratings);
    }
  });

  it('talks to users in plain words, not about the implementation', () => {
    const words = /transaksi|transaction|jangkar|anchor|rollup|basis data|database|server|JavaScript/i;
    for (const cat of Object.values(catalogues)) {
      const offending = keys(cat).filter((k) =>
        words.test(String(k.split('.').reduce<unknown>((n, p) => (n as Record<string, unknown>)[p], cat))),
      );
      expect(offending).toEqual([]);
    }
  });

  it('explains every abbreviation the pages mark in both languages', () => {
    for (const cat of Object.values(catalogues))
      expect(Object.keys(cat.abbr).sort()).toEqual([...ABBREVIATIONS].sort());
  });
});
