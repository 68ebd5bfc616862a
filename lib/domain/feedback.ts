import { BERAKHLAK, type BerakhlakValue } from './berakhlak';
import { type Rating, ratingLevel } from './ratings';

export type FeedbackGroup = 'self' | 'supervisor' | 'peer' | 'subordinate';
export type FeedbackAnswer = Rating | 'cannot_judge';
export const FEEDBACK_ANSWERS = ['di_bawah', 'sesuai', 'di_atas', 'cannot_judge'] as const;
export const DECLINE_KINDS = ['conflict_family', 'conflict_personal', 'no_contact', 'other'] as const;
export type DeclineKind = (typeof DECLINE_KINDS)[number];

/** Peers proposed per ratee, when the unit has that many. */
export const PEERS_MIN = 3;
export const PEERS_MAX = 5;
/** The smallest group that may ever be shown as an aggregate, whatever the setting says. */
export const MIN_GROUP_FLOOR = 3;

/** Jabatan kinds that count as "similar level" for peer feedback. */
export function jabatanLevel(kind: string): number {
  if (kind.startsWith('jpt')) return 1;
  if (kind === 'administrator') return 2;
  if (kind === 'pengawas') return 3;
  return 4; // fungsional and pelaksana work side by side
}

export type PeerCandidate = { id: number; sameUnit: boolean; level: number };

/**
 * Picks 3–5 peers for one ratee: same unit before the wider OPD, same jabatan level before others, and
 * among equals whoever has been asked least so far in this round (`load`, updated here) — so the work of
 * rating is spread and no one is asked by everybody. Ties break by a stable hash of the pair, not by NIP
 * order, so the same few colleagues are not always first.
 */
export function proposePeers(
  rateeId: number,
  rateeLevel: number,
  candidates: readonly PeerCandidate[],
  load: Map<number, number>,
  exclude: ReadonlySet<number>,
): number[] {
  const tier = (c: PeerCandidate) => (c.sameUnit ? 0 : 2) + (c.level === rateeLevel ? 0 : 1);
  const pool = candidates
    .filter((c) => c.id !== rateeId && !exclude.has(c.id))
    .map((c) => ({ ...c, tier: tier(c), load: load.get(c.id) ?? 0, h: pairHash(rateeId, c.id) }));
  pool.sort((a, b) => a.tier - b.tier || a.load - b.load || a.h - b.h);
  // Same-unit colleagues are preferred; the wider pool is only drawn on to reach the minimum.
  const near = pool.filter((c) => c.tier <= 1);
  const chosen = near.slice(0, PEERS_MAX);
  if (chosen.length < PEERS_MIN)
    chosen.push(...pool.filter((c) => c.tier > 1).slice(0, PEERS_MIN - chosen.length));
  for (const c of chosen) load.set(c.id, (load.get(c.id) ?? 0) + 1);
  return chosen.map((c) => c.id);
}

function pairHash(a: number, b: number): number {
  let h = (a * 2654435761) ^ (b * 40503);
  h = Math.imul(h ^ (h >>> 16), 0x45d9f3b);
  h = Math.imul(h ^ (h >>> 16), 0x45d9f3b);
  return (h ^ (h >>> 16)) >>> 0;
}

export type Distribution = Record<FeedbackAnswer, number>;

export const emptyDistribution = (): Distribution => ({
  di_bawah: 0,
  sesuai: 0,
  di_atas: 0,
  cannot_judge: 0,
});

/** What the results page may compute from: counts per group and value, and the two attributed answers. */
export type ResultInput = {
  minGroup: number;
  responses: Record<FeedbackGroup, number>;
  counts: Record<'peer' | 'subordinate', Partial<Record<BerakhlakValue, Distribution>>>;
  self: Partial<Record<BerakhlakValue, FeedbackAnswer>>;
  supervisor: Partial<Record<BerakhlakValue, FeedbackAnswer>>;
};

export type ValueSummary = {
  value: BerakhlakValue;
  self: FeedbackAnswer | null;
  supervisor: FeedbackAnswer | null;
  peers: Distribution | null;
  subordinates: Distribution | null;
  othersMean: number | null;
  gap: number | null;
};

export function effectiveMinimum(configured: number): number {
  return Math.max(MIN_GROUP_FLOOR, Math.floor(configured));
}

/**
 * Per value: the attributed answers, the anonymous groups only when they reached the minimum, and the
 * mean of what may be shown. A withheld group contributes nothing anywhere — not even to a mean — or
 * the mean would let a reader work its answers back out.
 */
export function summarise(input: ResultInput): {
  values: ValueSummary[];
  peersShown: boolean;
  subordinatesShown: boolean;
  topStrengths: BerakhlakValue[];
  developmentAreas: BerakhlakValue[];
} {
  const min = effectiveMinimum(input.minGroup);
  const peersShown = input.responses.peer >= min;
  const subordinatesShown = input.responses.subordinate >= min;
  const values = BERAKHLAK.map((value): ValueSummary => {
    const peers = peersShown ? (input.counts.peer[value] ?? emptyDistribution()) : null;
    const subordinates = subordinatesShown ? (input.counts.subordinate[value] ?? emptyDistribution()) : null;
    const supervisor = input.supervisor[value] ?? null;
    const self = input.self[value] ?? null;
    let sum = 0;
    let n = 0;
    for (const d of [peers, subordinates]) {
      if (!d) continue;
      sum += d.di_bawah * 1 + d.sesuai * 2 + d.di_atas * 3;
      n += d.di_bawah + d.sesuai + d.di_atas;
    }
    if (supervisor && supervisor !== 'cannot_judge') {
      sum += ratingLevel(supervisor);
      n += 1;
    }
    const othersMean = n > 0 ? Math.round((sum / n) * 100) / 100 : null;
    const gap =
      othersMean !== null && self && self !== 'cannot_judge'
        ? Math.round((othersMean - ratingLevel(self)) * 100) / 100
        : null;
    return { value, self, supervisor, peers, subordinates, othersMean, gap };
  });
  const rated = values.filter((v) => v.othersMean !== null) as (ValueSummary & { othersMean: number })[];
  const byMean = [...rated].sort((a, b) => b.othersMean - a.othersMean || order(a.value) - order(b.value));
  // Strengths lean towards Di Atas in others' eyes; development areas sit below Sesuai, or where the
  // ratee sees themselves clearly higher than others do.
  const topStrengths = byMean
    .filter((v) => v.othersMean >= 2.5)
    .slice(0, 2)
    .map((v) => v.value);
  const developmentAreas = [...byMean]
    .reverse()
    .filter((v) => v.othersMean < 2 || (v.gap !== null && v.gap <= -0.75))
    .slice(0, 2)
    .map((v) => v.value);
  return { values, peersShown, subordinatesShown, topStrengths, developmentAreas };
}

const order = (v: BerakhlakValue) => BERAKHLAK.indexOf(v);

/** A questionnaire is complete when every value has an answer ("cannot judge" counts as one). */
export function missingValues(answers: Partial<Record<BerakhlakValue, FeedbackAnswer>>): BerakhlakValue[] {
  return BERAKHLAK.filter((v) => !answers[v]);
}
