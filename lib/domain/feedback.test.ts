import { describe, expect, it } from 'vitest';
import {
  effectiveMinimum,
  emptyDistribution,
  jabatanLevel,
  missingValues,
  type PeerCandidate,
  proposePeers,
  type ResultInput,
  summarise,
} from './feedback';

const colleagues = (ids: number[], sameUnit = true, level = 4): PeerCandidate[] =>
  ids.map((id) => ({ id, sameUnit, level }));

describe('proposePeers', () => {
  it('never proposes the ratee or anyone excluded, and stops at five', () => {
    const chosen = proposePeers(1, 4, colleagues([1, 2, 3, 4, 5, 6, 7, 8]), new Map(), new Set([2]));
    expect(chosen).toHaveLength(5);
    expect(chosen).not.toContain(1);
    expect(chosen).not.toContain(2);
  });

  it('prefers the same unit and level, and reaches three from the wider OPD only when needed', () => {
    const pool = [...colleagues([2, 3]), ...colleagues([10, 11, 12], false)];
    const chosen = proposePeers(1, 4, pool, new Map(), new Set());
    expect(chosen.slice(0, 2).sort()).toEqual([2, 3]);
    expect(chosen).toHaveLength(3);
    const plenty = [...colleagues([2, 3, 4, 5]), ...colleagues([10, 11], false)];
    expect(proposePeers(1, 4, plenty, new Map(), new Set()).every((id) => id < 10)).toBe(true);
  });

  it('spreads the work: across a unit of eight, nobody is asked by everyone', () => {
    const ids = [1, 2, 3, 4, 5, 6, 7, 8];
    const load = new Map<number, number>();
    for (const id of ids) proposePeers(id, 4, colleagues(ids), load, new Set());
    const loads = ids.map((id) => load.get(id) ?? 0);
    expect(loads.reduce((a, b) => a + b, 0)).toBe(8 * 5);
    expect(Math.max(...loads)).toBeLessThan(7);
    expect(Math.max(...loads) - Math.min(...loads)).toBeLessThanOrEqual(2);
  });

  it('treats fungsional and pelaksana as one level, managers apart', () => {
    expect(jabatanLevel('fungsional')).toBe(jabatanLevel('pelaksana'));
    expect(jabatanLevel('pengawas')).not.toBe(jabatanLevel('administrator'));
    expect(jabatanLevel('jpt_pratama')).toBe(jabatanLevel('jpt_madya'));
  });
});

function input(peers: number, subordinates = 0): ResultInput {
  const d = emptyDistribution();
  d.di_atas = peers;
  const s = emptyDistribution();
  s.di_bawah = subordinates;
  return {
    minGroup: 3,
    responses: { self: 1, supervisor: 1, peer: peers, subordinate: subordinates },
    counts: { peer: { kompeten: d }, subordinate: { kompeten: s } },
    self: { kompeten: 'di_atas', akuntabel: 'di_atas' },
    supervisor: { kompeten: 'sesuai', akuntabel: 'di_bawah' },
  };
}

describe('summarise', () => {
  it('withholds a group of two, and keeps it out of the mean as well', () => {
    const two = summarise(input(2));
    const kompeten = two.values.find((v) => v.value === 'kompeten');
    expect(two.peersShown).toBe(false);
    expect(kompeten?.peers).toBeNull();
    // Only the supervisor's Sesuai (2) counts; the two Di Atas peers must not move the mean.
    expect(kompeten?.othersMean).toBe(2);
    expect(kompeten?.gap).toBe(-1);
  });

  it('shows a group of three, with its distribution in the mean', () => {
    const three = summarise(input(3));
    const kompeten = three.values.find((v) => v.value === 'kompeten');
    expect(three.peersShown).toBe(true);
    expect(kompeten?.peers?.di_atas).toBe(3);
    expect(kompeten?.othersMean).toBe(2.75);
  });

  it('names strengths and development areas from what others see', () => {
    const r = summarise(input(3));
    expect(r.topStrengths).toEqual(['kompeten']);
    expect(r.developmentAreas).toEqual(['akuntabel']);
  });

  it('never lets the minimum fall below three', () => {
    expect(effectiveMinimum(1)).toBe(3);
    expect(effectiveMinimum(5)).toBe(5);
    expect(summarise({ ...input(2), minGroup: 1 }).peersShown).toBe(false);
  });

  it('lists the values still without an answer', () => {
    expect(missingValues({ kompeten: 'cannot_judge' })).toHaveLength(6);
  });
});
