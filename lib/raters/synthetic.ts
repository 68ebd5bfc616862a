// A synthetic agency for validating rater analytics: honest raters rate the evidence anchor plus noise,
// injected raters carry a bias of stated size. It produces the same rows the database queries hand to
// analyseRaters (ratings with anchors and justifications, report decisions with evidence and opens), so
// the bench and its test exercise the functions the rater-insights page uses.
import { createRng, type Rng, weighted } from '@/db/seed/random';
import type { DecisionObs, Level, RaterInput, RatingObs } from './signals';

export const BIASES = ['lenient', 'severe', 'central', 'favourOne', 'harshOnOne', 'rubberStamp'] as const;
export type Bias = (typeof BIASES)[number];

export type SyntheticOptions = {
  seed: number;
  honest: number;
  /** Injected raters per bias type. */
  perBias: number;
  teamMin: number;
  teamMax: number;
  /** Appraisal periods (quarters) in the span analysed, and daily reports per person per period. */
  periods: number;
  reportsPerPeriod: number;
};

export const DEFAULT_SYNTHETIC: Omit<SyntheticOptions, 'seed'> = {
  honest: 40,
  perBias: 3,
  teamMin: 3,
  teamMax: 15,
  periods: 4,
  reportsPerPeriod: 40,
};

export type SyntheticRater = { input: RaterInput; bias: Bias | null; target: number | null };

const clamp = (x: number): Level => (x > 1 ? 1 : x < -1 ? -1 : (x as Level));

// The evidence anchor across the agency: some below, most Sesuai, some above.
const anchorOf = (rng: Rng): Level =>
  weighted(rng, [
    [-1, 0.2],
    [0, 0.55],
    [1, 0.25],
  ] as const);

const PHRASES = [
  'menyelesaikan laporan keuangan lebih awal dari jadwal',
  'memimpin koordinasi lintas bidang untuk pendataan sekolah',
  'target dokumen tidak tercapai karena cuti sakit dua minggu',
  'kualitas layanan dinilai pemohon sangat baik pada survei',
  'membina dua pegawai baru dalam penyusunan anggaran',
  'keterlambatan verifikasi data akibat sistem daerah terganggu',
];

function honestRating(rng: Rng, anchor: Level): Level {
  if (rng.chance(0.8)) return anchor;
  return clamp(anchor + (rng.chance(0.5) ? 1 : -1));
}

function justification(rng: Rng, employeeId: number, pasted: boolean): string {
  if (pasted) return 'Sudah sesuai kinerja.';
  return `Pegawai ${employeeId}: ${rng.pick(PHRASES)}; ${rng.pick(PHRASES)} (periode ini).`;
}

function rate(rng: Rng, bias: Bias | null, isTarget: boolean, strength: number, anchor: Level): Level {
  switch (bias) {
    case 'lenient':
      return rng.chance(strength) ? clamp(anchor + 1) : honestRating(rng, anchor);
    case 'severe':
      return rng.chance(strength) ? clamp(anchor - 1) : honestRating(rng, anchor);
    case 'central':
      return rng.chance(0.9) ? 0 : honestRating(rng, anchor);
    case 'favourOne':
      return isTarget && rng.chance(0.9) ? clamp(anchor + 1) : honestRating(rng, anchor);
    case 'harshOnOne':
      return isTarget && rng.chance(0.9) ? clamp(anchor - 1) : honestRating(rng, anchor);
    default:
      return honestRating(rng, anchor);
  }
}

/** One rater's year: ratings per period, and daily-report decisions with opens and timings. */
function buildRater(
  rng: Rng,
  raterId: number,
  firstEmployee: number,
  size: number,
  bias: Bias | null,
  o: SyntheticOptions,
) {
  const team = Array.from({ length: size }, (_, i) => firstEmployee + i);
  const target = bias === 'favourOne' || bias === 'harshOnOne' ? rng.pick(team) : null;
  const strength = 0.5 + rng.next() * 0.5;
  const ratings: RatingObs[] = [];
  for (let p = 1; p <= o.periods; p++) {
    for (const id of team) {
      const anchor = anchorOf(rng);
      const rating = rate(rng, bias, id === target, strength, anchor);
      const departs = rating !== anchor;
      ratings.push({
        employeeId: id,
        periodId: p,
        rating,
        anchor,
        justification: departs ? justification(rng, id, bias !== null && bias !== 'rubberStamp') : null,
        behaviour: null,
        others360: null,
      });
    }
  }
  const { decisions, opens } = buildDecisions(rng, team, target, bias, o);
  return { input: { raterId, ratings, decisions, opens }, bias, target };
}

function buildDecisions(
  rng: Rng,
  team: number[],
  target: number | null,
  bias: Bias | null,
  o: SyntheticOptions,
) {
  const stamp = bias === 'rubberStamp';
  const baseReturn = stamp ? 0.01 : 0.03 + rng.next() * 0.09;
  const openRate = stamp ? 0.05 : 0.5 + rng.next() * 0.45;
  const bulkShare = stamp ? 1 : rng.next() * 0.6;
  const decisions: DecisionObs[] = [];
  const opens: number[] = [];
  let clock = Date.UTC(2026, 0, 5, 1, 0, 0);
  let reportId = team[0] ? team[0] * 10_000 : 0;
  const total = team.length * o.reportsPerPeriod * o.periods;
  const queue = Array.from({ length: total }, (_, i) => team[i % team.length] as number);
  while (queue.length) {
    clock += (1 + rng.int(0, 20)) * 3600_000;
    const bulk = rng.chance(bulkShare);
    const size = Math.min(queue.length, bulk ? rng.int(5, 25) : 1);
    const batch = queue.splice(0, size);
    let t = clock;
    const items = batch.map((employeeId) => {
      const hasEvidence = rng.chance(0.6);
      const opened = hasEvidence && rng.chance(openRate);
      // Reading a report takes 20–120 s (with its evidence opened, a moment more) for an honest rater.
      t += (stamp ? rng.int(1, 4) : rng.int(20, 120)) * 1000;
      if (opened) opens.push(t);
      let returnRate = baseReturn;
      if (employeeId === target) returnRate = bias === 'favourOne' ? 0 : Math.min(0.9, baseReturn * 3 + 0.15);
      const outcome: DecisionObs['outcome'] = rng.chance(returnRate) ? 'returned' : 'approved';
      return { employeeId, hasEvidence, opened, outcome, t };
    });
    // A bulk action decides everything at one moment; single decisions follow their own reading.
    const at = bulk ? t + 2000 : t + 1000;
    if (!bulk && !items[0]?.opened) opens.push(clock);
    for (const { t: own, ...it } of items)
      decisions.push({ ...it, reportId: reportId++, at: bulk && it.outcome === 'approved' ? at : own });
    clock = at;
  }
  return { decisions, opens };
}

/** The synthetic agency: honest raters and `perBias` raters of each bias, team sizes teamMin…teamMax. */
export function syntheticAgency(options: Partial<SyntheticOptions> & { seed: number }): SyntheticRater[] {
  const o: SyntheticOptions = { ...DEFAULT_SYNTHETIC, ...options };
  const rng = createRng(o.seed);
  const kinds: (Bias | null)[] = [
    ...Array.from({ length: o.honest }, () => null),
    ...BIASES.flatMap((b) => Array.from({ length: o.perBias }, () => b)),
  ];
  // Shuffle so raters' ids say nothing about their bias.
  for (let i = kinds.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [kinds[i], kinds[j]] = [kinds[j] as Bias | null, kinds[i] as Bias | null];
  }
  let nextEmployee = 1000;
  return kinds.map((bias, i) => {
    const size = rng.int(o.teamMin, o.teamMax);
    const rater = buildRater(rng, i + 1, nextEmployee, size, bias, o);
    nextEmployee += size;
    return rater;
  });
}

/** The signal that should find each bias. */
export const EXPECTED: Record<Bias, string> = {
  lenient: 'lenient',
  severe: 'severe',
  central: 'central',
  favourOne: 'favours',
  harshOnOne: 'harshOn',
  rubberStamp: 'rubberStamp',
};
