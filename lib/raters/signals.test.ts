import { describe, expect, it } from 'vitest';
import { scoreSeed } from './bench';
import {
  analyseRaters,
  type DecisionObs,
  type RaterInput,
  type RatingObs,
  thinJustifications,
} from './signals';

const rating = (employeeId: number, periodId: number, rating: -1 | 0 | 1, anchor: -1 | 0 | 1): RatingObs => ({
  employeeId,
  periodId,
  rating,
  anchor,
  justification:
    rating === anchor ? null : `Pegawai ${employeeId} menyelesaikan tugas tambahan lintas bidang.`,
  behaviour: null,
  others360: null,
});

/** An honest rater: rates the anchor, with one departure each way in larger teams. */
function honest(raterId: number, size: number): RaterInput {
  const ratings: RatingObs[] = [];
  for (let p = 1; p <= 4; p++)
    for (let i = 0; i < size; i++) {
      const anchor = ((i + p) % 4 === 0 ? 1 : (i + p) % 5 === 0 ? -1 : 0) as -1 | 0 | 1;
      ratings.push(rating(raterId * 100 + i, p, anchor, anchor));
    }
  return { raterId, ratings, decisions: [], opens: [] };
}

describe('rater signals', () => {
  it('flags a rater who rates everyone Di Atas against the evidence, with the numbers behind it', () => {
    const agency = Array.from({ length: 20 }, (_, i) => honest(i + 1, 6));
    const lenient: RaterInput = {
      raterId: 99,
      ratings: Array.from({ length: 24 }, (_, i) => rating(9900 + (i % 6), 1 + Math.floor(i / 6), 1, 0)),
      decisions: [],
      opens: [],
    };
    const result = analyseRaters([...agency, lenient]);
    const flagged = result.filter((r) => r.flagged).map((r) => r.raterId);
    expect(flagged).toEqual([99]);
    const signal = result.at(-1)?.signals.find((s) => s.kind === 'lenient');
    expect(signal?.flagged).toBe(true);
    expect(signal?.values).toMatchObject({ n: 24, ratedTop: 24, suggestedTop: 0, above: 24 });
  });

  it('does not flag a team of two rated one level up once (shrinkage)', () => {
    const agency = Array.from({ length: 20 }, (_, i) => honest(i + 1, 6));
    const pair: RaterInput = {
      raterId: 98,
      ratings: [rating(9801, 1, 1, 0), rating(9802, 1, 0, 0)],
      decisions: [],
      opens: [],
    };
    expect(analyseRaters([...agency, pair]).at(-1)?.flagged).toBe(false);
  });

  it('flags bulk approvals of evidence never opened against an agency that opens it', () => {
    const decisions = (raterId: number, opened: boolean): DecisionObs[] =>
      Array.from({ length: 30 }, (_, i) => ({
        employeeId: raterId * 100 + (i % 5),
        reportId: raterId * 1000 + i,
        at: Date.UTC(2026, 0, 5) + Math.floor(i / 10) * 86_400_000 + (opened ? (i % 10) * 60_000 : 0),
        outcome: 'approved',
        hasEvidence: true,
        opened: opened || i % 10 === 0,
      }));
    const agency: RaterInput[] = Array.from({ length: 10 }, (_, i) => ({
      raterId: i + 1,
      ratings: [],
      decisions: decisions(i + 1, true),
      opens: decisions(i + 1, true).map((d) => d.at - 30_000),
    }));
    const stamper: RaterInput = { raterId: 50, ratings: [], decisions: decisions(50, false), opens: [] };
    const result = analyseRaters([...agency, stamper]);
    const signal = result.at(-1)?.signals.find((s) => s.kind === 'rubberStamp');
    expect(signal?.flagged).toBe(true);
    expect(signal?.values).toMatchObject({ withEvidence: 30, unopened: 27 });
    expect(result.slice(0, -1).some((r) => r.flagged)).toBe(false);
  });

  it('finds short, repetitive and pasted justifications', () => {
    const long = 'Menyelesaikan penyusunan rencana kerja bidang lebih awal dan membina dua pegawai baru.';
    expect(
      thinJustifications([
        { employeeId: 1, text: 'Baik.' },
        { employeeId: 2, text: long },
        { employeeId: 3, text: long },
        { employeeId: 4, text: 'sangat baik sangat baik sangat baik sangat baik sangat baik' },
        { employeeId: 5, text: `${long} Juga memimpin rapat koordinasi.` },
      ]),
    ).toEqual([true, true, true, true, false]);
  });
});

describe('synthetic bias validation (fixed seed)', () => {
  it('finds at least 90 % of injected biased raters and flags at most 5 % of honest ones', () => {
    const score = scoreSeed({ seed: 1 });
    expect(score.recall).toBeGreaterThanOrEqual(0.9);
    expect(score.falseFlagRate).toBeLessThanOrEqual(0.05);
    expect(score.honest).toBeGreaterThanOrEqual(40);
  }, 60_000);
});
