// Rater analytics: the signals for every pejabat penilai of an agency over one period or one year, each
// with the numbers behind it. Pure (no I/O): the pages feed it rows read from the database, the synthetic
// bias bench feeds it generated rows, so the thresholds below are the ones the bench validated.
// Flags are prompts for a second look; nothing here changes a rating.
import {
  benjaminiHochberg,
  binomialUpper,
  fisherCombined,
  fisherOneSided,
  mean,
  median,
  normalUpper,
  robustScale,
  shrunkScores,
  subsetSumTail,
} from './stats';

/** Di Bawah −1, Sesuai 0, Di Atas +1. */
export type Level = -1 | 0 | 1;

export type RatingObs = {
  employeeId: number;
  periodId: number;
  /** The Rating Hasil Kerja the rater gave (before any objection changed it). */
  rating: Level;
  /** The evidence anchor's suggestion, when there was one. */
  anchor: Level | null;
  justification: string | null;
  /** The Rating Perilaku Kerja, and the 360° view of peers and subordinates (mean level −1…1) where shown. */
  behaviour: Level | null;
  others360: number | null;
};

export type DecisionObs = {
  employeeId: number;
  reportId: number;
  /** Decision time (epoch ms); reports decided in one bulk action share it. */
  at: number;
  outcome: 'approved' | 'returned' | 'rejected';
  hasEvidence: boolean;
  /** The rater opened the report or its evidence before deciding. */
  opened: boolean;
};

export type RaterInput = {
  raterId: number;
  ratings: RatingObs[];
  decisions: DecisionObs[];
  /** Times (epoch ms) the rater opened any report or evidence. */
  opens: number[];
};

export type SignalKind =
  | 'lenient'
  | 'severe'
  | 'central'
  | 'evidenceGap'
  | 'gap360'
  | 'favours'
  | 'harshOn'
  | 'rubberStamp';

export type Signal = {
  kind: SignalKind;
  flagged: boolean;
  /** The subordinate a favouritism signal is about. */
  employeeId?: number;
  p?: number;
  /** The numbers of the readable reason (catalogue `raters.reasons.<kind>`). */
  values: Record<string, number>;
};

export type RaterSignals = {
  raterId: number;
  ratings: number;
  decisions: number;
  signals: Signal[];
  flagged: boolean;
};

/**
 * Thresholds, chosen on the synthetic agency (`npm run bench:bias`, README) so that honest raters are
 * flagged at most 5 % of the time while injected biases are found.
 */
export const THRESHOLDS = {
  /** False discovery rate within each family of significance tests in the agency (Benjamini–Hochberg). */
  fdr: 0.05,
  /** Leniency/severity: fewest ratings with an anchor before the shrunk score is tested. */
  minRatings: 3,
  /** Central tendency: fewest ratings, fewest off-centre suggestions, and the modal share. */
  centralMinRatings: 5,
  centralMinOffCentre: 3,
  centralModalShare: 0.7,
  /** Gap to evidence: fewest departures, and the share with a thin justification that flags it. */
  gapMinDepartures: 3,
  gapThinShare: 0.5,
  /** A justification under this many characters (trimmed) is "short". */
  thinLength: 40,
  /** Gap to 360°: fewest people with a shown 360° view, and the mean one-way gap in levels. */
  gap360MinPeople: 3,
  gap360MinMean: 0.5,
  /** Favouritism: fewest decisions or ratings for the person and for the rest of the team. */
  favourMinDecisions: 10,
  favourMinRatings: 2,
  /** Without rated periods, return rates must also differ by at least 10 points: people differ, so a
   * small gap over many reports is significant without meaning anything. */
  favourMinRateGap: 0.1,
  /** Rubber-stamping: fewest approvals of reports with evidence; the unopened share (robust z and floor);
   * bulk runs (≥ 2 reports in one action) timed against the previous action within 30 minutes; a reading
   * floor in seconds per report. */
  stampMinApprovals: 10,
  stampUnopenedZ: 3,
  stampUnopenedFloor: 0.5,
  stampMinTimed: 10,
  stampFastZ: -3,
  stampReadSeconds: 15,
  sessionGapMs: 30 * 60 * 1000,
} as const;

type Test = { rater: number; signal: Signal };

/** The analysis of one agency's raters over the same span (a period or a year). */
export function analyseRaters(inputs: readonly RaterInput[]): RaterSignals[] {
  const tests: Test[] = [];
  const direct: Test[] = [];
  leniency(inputs, tests);
  central(inputs, tests);
  favouritism(inputs, tests);
  evidenceGap(inputs, direct);
  gap360(inputs, direct);
  rubberStamp(inputs, direct);
  // One false-discovery family per question, so the many per-person favouritism tests do not drown the
  // few per-rater ones.
  for (const family of [['lenient', 'severe'], ['central'], ['favours', 'harshOn']]) {
    const members = tests.filter((t) => family.includes(t.signal.kind));
    const discoveries = benjaminiHochberg(
      members.map((t) => t.signal.p ?? 1),
      THRESHOLDS.fdr,
    );
    members.forEach((t, i) => {
      t.signal.flagged = t.signal.flagged && (discoveries[i] ?? false);
    });
  }
  return inputs.map((input, idx) => {
    const signals = [...tests, ...direct]
      .filter((t) => t.rater === idx)
      .map((t) => t.signal)
      // Favouritism tests that found nothing are noise on the page: keep only the flagged ones.
      .filter((s) => s.flagged || (s.kind !== 'favours' && s.kind !== 'harshOn'));
    return {
      raterId: input.raterId,
      ratings: input.ratings.length,
      decisions: input.decisions.length,
      signals: signals.sort((a, b) => Number(b.flagged) - Number(a.flagged)),
      flagged: signals.some((s) => s.flagged),
    };
  });
}

const anchored = (r: RaterInput) =>
  r.ratings.filter((x) => x.anchor !== null) as (RatingObs & { anchor: Level })[];

function leniency(inputs: readonly RaterInput[], tests: Test[]) {
  const gaps = inputs.map((r) => anchored(r).map((x) => x.rating - x.anchor));
  const { mu, scores } = shrunkScores(gaps.map((g) => (g.length >= THRESHOLDS.minRatings ? g : [])));
  inputs.forEach((r, rater) => {
    const s = scores[rater];
    const list = anchored(r);
    if (!s || s.n === 0) return;
    const kind = s.z >= 0 ? 'lenient' : 'severe';
    const values = {
      n: s.n,
      gap: round2(s.mean),
      agency: round2(mu),
      z: round2(s.z),
      above: list.filter((x) => x.rating > x.anchor).length,
      below: list.filter((x) => x.rating < x.anchor).length,
      ratedTop: list.filter((x) => x.rating === 1).length,
      suggestedTop: list.filter((x) => x.anchor === 1).length,
      ratedBottom: list.filter((x) => x.rating === -1).length,
      suggestedBottom: list.filter((x) => x.anchor === -1).length,
    };
    tests.push({ rater, signal: { kind, flagged: true, p: normalUpper(Math.abs(s.z)), values } });
  });
}

function central(inputs: readonly RaterInput[], tests: Test[]) {
  const off = inputs.map((r) => anchored(r).filter((x) => x.anchor !== 0));
  const offTotal = off.reduce((n, l) => n + l.length, 0);
  const offCentred = off.reduce((n, l) => n + l.filter((x) => x.rating === 0).length, 0);
  const p0 = offTotal > 0 ? Math.min(0.99, Math.max(0.01, offCentred / offTotal)) : 0.5;
  inputs.forEach((r, rater) => {
    const list = anchored(r);
    const offs = off[rater] ?? [];
    if (list.length < THRESHOLDS.centralMinRatings || offs.length < THRESHOLDS.centralMinOffCentre) return;
    const sesuai = list.filter((x) => x.rating === 0).length;
    const k = offs.filter((x) => x.rating === 0).length;
    const values = {
      n: list.length,
      sesuai,
      suggestedSesuai: list.filter((x) => x.anchor === 0).length,
      offCentre: offs.length,
      offCentreSesuai: k,
      agencyPct: Math.round(p0 * 100),
    };
    tests.push({
      rater,
      signal: {
        kind: 'central',
        flagged: sesuai / list.length >= THRESHOLDS.centralModalShare,
        p: binomialUpper(k, offs.length, p0),
        values,
      },
    });
  });
}

const isReturn = (d: DecisionObs) => d.outcome !== 'approved';

function favouritism(inputs: readonly RaterInput[], tests: Test[]) {
  inputs.forEach((r, rater) => {
    const people = new Set([...r.ratings.map((x) => x.employeeId), ...r.decisions.map((d) => d.employeeId)]);
    if (people.size < 2) return;
    const gaps = anchored(r).map((x) => ({ id: x.employeeId, gap: x.rating - x.anchor }));
    const totalReturns = r.decisions.filter(isReturn).length;
    for (const id of people) {
      const mine = r.decisions.filter((d) => d.employeeId === id);
      const restCount = r.decisions.length - mine.length;
      const myGaps = gaps.filter((g) => g.id === id).map((g) => g.gap);
      const restGaps = gaps.filter((g) => g.id !== id).map((g) => g.gap);
      const a = mine.filter(isReturn).length;
      const c = totalReturns - a;
      const values = {
        decisions: mine.length,
        returned: a,
        teamDecisions: restCount,
        teamReturned: c,
        ratings: myGaps.length,
        gap: round2(mean(myGaps)),
        teamGap: round2(mean(restGaps)),
      };
      const enoughDecisions =
        mine.length >= THRESHOLDS.favourMinDecisions && restCount >= THRESHOLDS.favourMinDecisions;
      const enoughRatings =
        myGaps.length >= THRESHOLDS.favourMinRatings && restGaps.length >= THRESHOLDS.favourMinRatings;
      // Return rates alone (no rated periods to weigh them with) count only when they differ clearly.
      const rateGap = Math.abs(a / Math.max(1, mine.length) - c / Math.max(1, restCount));
      const returnsCount = enoughDecisions && (enoughRatings || rateGap >= THRESHOLDS.favourMinRateGap);
      const all = [...myGaps, ...restGaps];
      const sum = myGaps.reduce((s, g) => s + g, 0);
      for (const side of ['greater', 'less'] as const) {
        // Favouring: fewer returns and rated above the evidence; harshness: the mirror image. The two tests
        // read different rows (reports, appraisals), so their p-values combine by Fisher's method.
        const ps: number[] = [];
        if (returnsCount)
          ps.push(
            fisherOneSided(a, mine.length - a, c, restCount - c, side === 'greater' ? 'less' : 'greater'),
          );
        if (enoughRatings) ps.push(subsetSumTail(all, myGaps.length, sum, side));
        if (ps.length === 0) continue;
        tests.push({
          rater,
          signal: {
            kind: side === 'greater' ? 'favours' : 'harshOn',
            flagged: true,
            employeeId: id,
            p: ps.length === 1 ? (ps[0] as number) : fisherCombined(ps),
            values,
          },
        });
      }
    }
  });
}

/** A justification that says little: short, mostly repeated words, or the same text for several people. */
export function thinJustifications(list: readonly { employeeId: number; text: string | null }[]): boolean[] {
  const norm = (t: string | null) => (t ?? '').toLowerCase().replace(/\s+/g, ' ').trim();
  const people = new Map<string, Set<number>>();
  for (const x of list) {
    const key = norm(x.text);
    if (!key) continue;
    const set = people.get(key) ?? new Set<number>();
    set.add(x.employeeId);
    people.set(key, set);
  }
  return list.map((x) => {
    const t = norm(x.text);
    if (t.length < THRESHOLDS.thinLength) return true;
    const words = t.split(' ');
    if (new Set(words).size / words.length < 0.5) return true;
    return (people.get(t)?.size ?? 0) > 1;
  });
}

function evidenceGap(inputs: readonly RaterInput[], out: Test[]) {
  inputs.forEach((r, rater) => {
    const list = anchored(r);
    if (list.length === 0) return;
    const departures = list.filter((x) => x.rating !== x.anchor);
    const thin = thinJustifications(
      departures.map((x) => ({ employeeId: x.employeeId, text: x.justification })),
    ).filter(Boolean).length;
    const values = {
      n: list.length,
      departures: departures.length,
      far: departures.filter((x) => Math.abs(x.rating - x.anchor) === 2).length,
      thin,
    };
    const flagged =
      departures.length >= THRESHOLDS.gapMinDepartures && thin / departures.length >= THRESHOLDS.gapThinShare;
    out.push({ rater, signal: { kind: 'evidenceGap', flagged, values } });
  });
}

function gap360(inputs: readonly RaterInput[], out: Test[]) {
  inputs.forEach((r, rater) => {
    const pairs = r.ratings.filter(
      (x): x is RatingObs & { behaviour: Level; others360: number } =>
        x.behaviour !== null && x.others360 !== null,
    );
    if (pairs.length === 0) return;
    const diffs = pairs.map((x) => x.behaviour - x.others360);
    const m = mean(diffs);
    const sameWay = diffs.filter((d) => Math.sign(d) === Math.sign(m) && d !== 0).length;
    const values = { n: pairs.length, gap: round2(m), sameWay };
    const flagged =
      pairs.length >= THRESHOLDS.gap360MinPeople &&
      Math.abs(m) >= THRESHOLDS.gap360MinMean &&
      sameWay === pairs.length;
    out.push({ rater, signal: { kind: 'gap360', flagged, values } });
  });
}

/**
 * Seconds per report of each bulk action (≥ 2 approvals at one moment): the time since the start of the
 * sitting (recorded opens and decisions with gaps under 30 minutes, back to the previous bulk action) over
 * the reports decided in it. A bulk action with nothing recorded before it in the sitting is left untimed
 * rather than guessed.
 */
function bulkSecondsPerReport(r: RaterInput): number[] {
  const batches = new Map<number, number>();
  for (const d of r.decisions) if (d.outcome === 'approved') batches.set(d.at, (batches.get(d.at) ?? 0) + 1);
  const bulk = new Set([...batches].filter(([, n]) => n >= 2).map(([at]) => at));
  if (bulk.size === 0) return [];
  const times = r.decisions.map((d) => d.at).sort((a, b) => a - b);
  const events = [...new Set([...times, ...r.opens])].sort((a, b) => a - b);
  const index = new Map(events.map((t, i) => [t, i]));
  const out: number[] = [];
  for (const at of bulk) {
    let i = index.get(at) ?? 0;
    let start = at;
    while (i > 0) {
      const prev = events[i - 1] as number;
      if (start - prev > THRESHOLDS.sessionGapMs) break;
      start = prev;
      i -= 1;
      if (bulk.has(prev)) break;
    }
    if (start === at) continue;
    const decided =
      upperBound(times, at) - (bulk.has(start) ? upperBound(times, start) : lowerBound(times, start));
    const perReport = (at - start) / 1000 / Math.max(1, decided);
    for (let k = 0; k < (batches.get(at) ?? 0); k++) out.push(perReport);
  }
  return out;
}

/** First index whose value is ≥ x (lowerBound) or > x (upperBound) in an ascending list. */
function lowerBound(xs: readonly number[], x: number, strict = false): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const v = xs[mid] as number;
    if (v < x || (strict && v === x)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
const upperBound = (xs: readonly number[], x: number) => lowerBound(xs, x, true);

function rubberStamp(inputs: readonly RaterInput[], out: Test[]) {
  const stats = inputs.map((r) => {
    const withEvidence = r.decisions.filter((d) => d.outcome === 'approved' && d.hasEvidence);
    const unopened = withEvidence.filter((d) => !d.opened).length;
    const timed = bulkSecondsPerReport(r);
    return { withEvidence: withEvidence.length, unopened, timed };
  });
  const shares = stats
    .filter((s) => s.withEvidence >= THRESHOLDS.stampMinApprovals)
    .map((s) => s.unopened / s.withEvidence);
  const shareScale = robustScale(shares, 0.05);
  const speeds = stats
    .filter((s) => s.timed.length >= THRESHOLDS.stampMinTimed)
    .map((s) => Math.log(Math.max(1, median(s.timed))));
  const speedScale = robustScale(speeds, 0.2);
  inputs.forEach((_, rater) => {
    const s = stats[rater];
    if (!s || (s.withEvidence === 0 && s.timed.length === 0)) return;
    const share = s.withEvidence > 0 ? s.unopened / s.withEvidence : 0;
    const shareZ = (share - shareScale.median) / shareScale.scale;
    const secs = s.timed.length ? median(s.timed) : null;
    const speedZ = secs === null ? 0 : (Math.log(Math.max(1, secs)) - speedScale.median) / speedScale.scale;
    const unopenedFlag =
      s.withEvidence >= THRESHOLDS.stampMinApprovals &&
      share >= THRESHOLDS.stampUnopenedFloor &&
      shareZ >= THRESHOLDS.stampUnopenedZ;
    const fastFlag =
      secs !== null &&
      s.timed.length >= THRESHOLDS.stampMinTimed &&
      secs < THRESHOLDS.stampReadSeconds &&
      speedZ <= THRESHOLDS.stampFastZ;
    const values = {
      withEvidence: s.withEvidence,
      unopened: s.unopened,
      agencyOpenedPct: Math.round((1 - shareScale.median) * 100),
      timed: s.timed.length,
      seconds: secs === null ? -1 : Math.round(secs),
      agencySeconds: speeds.length ? Math.round(Math.exp(speedScale.median)) : -1,
    };
    out.push({ rater, signal: { kind: 'rubberStamp', flagged: unopenedFlag || fastFlag, values } });
  });
}

const round2 = (x: number) => Math.round(x * 100) / 100;
