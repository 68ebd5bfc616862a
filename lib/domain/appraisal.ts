import { type Rating, ratingLevel } from './ratings';
import { isWorkingDay } from './reports';
import { type Aspek, DEFAULT_MEASURE, type Measure } from './skp';

/** Predikat Kinerja Pegawai, best first. `kurang` is "Kurang/Misconduct" in the official matrix. */
export const PREDIKAT = ['sangat_baik', 'baik', 'butuh_perbaikan', 'kurang', 'sangat_kurang'] as const;
export type Predikat = (typeof PREDIKAT)[number];
export const isPredikat = (v: string): v is Predikat => (PREDIKAT as readonly string[]).includes(v);

/**
 * The official 3×3 matrix (PermenPANRB 6/2022): rows are Rating Hasil Kerja, columns Rating Perilaku Kerja.
 * No formula: behaviour below expectations is Kurang/Misconduct whatever the results, and results below
 * expectations with behaviour also below is Sangat Kurang (not Butuh Perbaikan).
 */
const MATRIX: Record<Rating, Record<Rating, Predikat>> = {
  di_atas: { di_bawah: 'kurang', sesuai: 'baik', di_atas: 'sangat_baik' },
  sesuai: { di_bawah: 'kurang', sesuai: 'baik', di_atas: 'baik' },
  di_bawah: { di_bawah: 'sangat_kurang', sesuai: 'butuh_perbaikan', di_atas: 'butuh_perbaikan' },
};

export function predikatFor(hasil: Rating, perilaku: Rating): Predikat {
  return MATRIX[hasil][perilaku];
}

/** At least Baik: what promotion and most allowances ask of each year. */
export const isAtLeastBaik = (p: Predikat) => p === 'baik' || p === 'sangat_baik';

export const APPRAISAL_STATUSES = ['draft', 'delivered', 'accepted', 'objected', 'final'] as const;
export type AppraisalStatus = (typeof APPRAISAL_STATUSES)[number];

/** Accepted by the employee or decided after an objection: nothing changes any more. */
export const isSettled = (s: AppraisalStatus) => s === 'accepted' || s === 'final';

export type AppraisalStep = 'edit' | 'deliver' | 'accept' | 'object' | 'decide';
const FROM: Record<AppraisalStep, AppraisalStatus> = {
  edit: 'draft',
  deliver: 'draft',
  accept: 'delivered',
  object: 'delivered',
  decide: 'objected',
};
export const canStep = (status: AppraisalStatus, step: AppraisalStep) => FROM[step] === status;

// ---------------------------------------------------------------------------------------------------------
// Predikat Kinerja Organisasi and the unit head's Rating Hasil Kerja

export const ORG_PREDIKAT = ['istimewa', 'baik', 'butuh_perbaikan', 'kurang', 'sangat_kurang'] as const;
export type OrgPredikat = (typeof ORG_PREDIKAT)[number];

/** A unit head's Rating Hasil Kerja follows the unit's result: Istimewa → Di Atas, Baik → Sesuai, else Di Bawah. */
export function hasilFromOrgResult(org: OrgPredikat): Rating {
  return org === 'istimewa' ? 'di_atas' : org === 'baik' ? 'sesuai' : 'di_bawah';
}

// ---------------------------------------------------------------------------------------------------------
// The evidence anchor: a suggested Rating Hasil Kerja from the realisation

export type Thresholds = { sesuaiPct: number; diAtasPct: number };
export const DEFAULT_THRESHOLDS: Thresholds = { sesuaiPct: 100, diAtasPct: 110 };

export type MeasuredIndicator = {
  /** For naming the indicator in the suggestion (drivers, missing). */
  id?: number;
  text?: string;
  utama: boolean;
  aspek: Aspek;
  /** How it is measured; the aspek's default when absent. */
  measure?: Measure;
  /** The SKP's (yearly) target. */
  target: number;
  /**
   * Realisation in the period: the override when the appraiser set one, else the validated figure (approved
   * daily output, or the validated periodic entries). null = nothing validated: missing, not 0 %.
   */
  realisation: number | null;
  overridden: boolean;
};

/** Achievement is capped here: the rules state no maximum, and one runaway figure must not hide another. */
export const ACHIEVEMENT_CAP_PCT = 120;

export const measureOf = (ind: Pick<MeasuredIndicator, 'aspek' | 'measure'>): Measure =>
  ind.measure ?? DEFAULT_MEASURE[ind.aspek];

/**
 * The pejabat penilai's judgement of a qualitative (narrative) entry, against the expectation the indicator
 * states: below, meeting or exceeding it.
 */
export const JUDGEMENTS = ['below', 'meets', 'exceeds'] as const;
export type Judgement = (typeof JUDGEMENTS)[number];
export const isJudgement = (v: string | null | undefined): v is Judgement =>
  !!v && (JUDGEMENTS as readonly string[]).includes(v);

/**
 * The achievement a judgement stands for (the rules are silent): meeting the expectation is the target
 * (100 %); exceeding it counts as much as the most over-achieved measured figure (the cap); falling below
 * counts 70 %, far enough under 100 % that one such judgement is not evened out by one figure at the cap.
 * The entry's value is this percentage, so a span's realisation is the mean of its judged periods.
 */
export const JUDGED_PCT: Record<Judgement, number> = { below: 70, meets: 100, exceeds: 120 };

/** Time used and money spent: less is better (PermenPANRB "kondisi khusus"). */
export const lessIsBetter = (measure: Measure) => measure === 'duration' || measure === 'amount';

/** Share of the year a period covers (a quarter ≈ 0.25); quantity targets are yearly and scale with it. */
export function periodShare(startsOn: string, endsOn: string): number {
  // Whole calendar months (quarters, months, the year) count as twelfths, so a quarter's target is
  // exactly a quarter of the year's — 3 of 12 reports, not 3.02.
  const next = new Date(`${endsOn}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  if (startsOn.endsWith('-01') && next.getUTCDate() === 1) {
    const months =
      (next.getUTCFullYear() - Number(startsOn.slice(0, 4))) * 12 +
      next.getUTCMonth() -
      (Number(startsOn.slice(5, 7)) - 1);
    return Math.min(1, months / 12);
  }
  const days = (a: string, b: string) =>
    (Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 864e5;
  const year = startsOn.slice(0, 4);
  const inYear = days(`${year}-01-01`, `${Number(year) + 1}-01-01`);
  return Math.min(1, (days(startsOn, endsOn) + 1) / inYear);
}

/**
 * The target an indicator has in the period: summed figures (daily output, money spent) pro rata, a
 * percentage or a duration as set; a narrative's target is meeting the expectation (100 % when judged).
 */
export function periodTarget(
  ind: Pick<MeasuredIndicator, 'aspek' | 'measure' | 'target'>,
  share: number,
): number {
  const m = measureOf(ind);
  if (m === 'qualitative') return JUDGED_PCT.meets;
  return m === 'daily' || m === 'amount' ? Math.round(ind.target * share * 100) / 100 : ind.target;
}

/**
 * The realisation of periodic entries over a span (validated entries only): money adds up, a percentage
 * or a duration is the mean of its periods. None → null (missing).
 */
export function combineEntries(measure: Measure, values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sum = values.reduce((a, b) => a + b, 0);
  return measure === 'amount' ? sum : Math.round((sum / values.length) * 100) / 100;
}

/**
 * Achievement in % of the period target, capped at ACHIEVEMENT_CAP_PCT, or null when nothing is validated.
 * More is better: realisation / target. Less is better (time, cost): (1 + (1 − realisation / target)), never
 * below 0 — 10 of 12 months is 116.7 %, 14 of 12 is 83.3 %. A zero target: met when more-is-better; for
 * less-is-better met only when nothing was used. A narrative's realisation is already its judged % (JUDGED_PCT).
 */
export function achievement(ind: MeasuredIndicator, share: number): number | null {
  if (ind.realisation === null) return null;
  const target = periodTarget(ind, share);
  const r = ind.realisation;
  let pct: number;
  if (measureOf(ind) === 'qualitative') pct = r;
  else if (lessIsBetter(measureOf(ind))) {
    if (target <= 0) pct = r <= 0 ? 100 : 0;
    else pct = Math.max(0, (2 - r / target) * 100);
  } else pct = target <= 0 ? 100 : (r / target) * 100;
  return Math.round(Math.min(ACHIEVEMENT_CAP_PCT, pct) * 10) / 10;
}

export type IndicatorRef = { id: number; text: string };

export type Suggestion = {
  rating: Rating;
  /** Which rule gave it, for the "why" section. */
  rule: 'all_utama_above' | 'all_utama_met' | 'utama_below';
  /** Lowest achievement over the Utama indicators that count. */
  lowestPct: number;
  /** Their mean, which decides the rating (absent in suggestions stored before it did). */
  meanPct?: number;
  qualityMet: boolean;
  /** The measured indicators that decided the rating, lowest first (absent in suggestions stored earlier). */
  drivers?: (IndicatorRef & { pct: number })[];
  /** Utama indicators with nothing validated in the period: named, not counted as 0 %. */
  missing?: IndicatorRef[];
};

const ref = (i: MeasuredIndicator): IndicatorRef => ({ id: i.id ?? 0, text: i.text ?? '' });

/**
 * Default rule: the measured Utama indicators are weighed equally: their mean achievement (each capped at
 * ACHIEVEMENT_CAP_PCT) at ≥ 100 % → Sesuai; at ≥ 110 % with every measured quality (kualitas) indicator at its
 * target → Di Atas; otherwise Di Bawah. Each counts by its own measure (daily output, periodic value, time
 * used, money spent); one with nothing validated is listed as missing and left out, never counted as 0 %.
 * Drivers, lowest first: below Sesuai, the indicators under its threshold (they pulled the mean down); at
 * Sesuai, those under the Di Atas threshold or a quality indicator short of its target (they held it there);
 * at Di Atas, all of them. Null when nothing can be measured.
 */
export function suggestHasil(
  indicators: readonly MeasuredIndicator[],
  share: number,
  thresholds: Thresholds = DEFAULT_THRESHOLDS,
): Suggestion | null {
  const utama = indicators.filter((i) => i.utama);
  const missing = utama.filter((i) => achievement(i, share) === null).map(ref);
  const counted = utama
    .map((i) => ({ ...ref(i), pct: achievement(i, share) }))
    .filter((i): i is IndicatorRef & { pct: number } => i.pct !== null)
    .sort((a, b) => a.pct - b.pct);
  if (counted.length === 0) return null;
  const lowestPct = counted[0]?.pct ?? 0;
  const meanPct = Math.round((counted.reduce((a, i) => a + i.pct, 0) / counted.length) * 10) / 10;
  const quality = indicators
    .filter((i) => i.aspek === 'kualitas')
    .map((i) => ({ ...ref(i), pct: achievement(i, share) }))
    .filter((i): i is IndicatorRef & { pct: number } => i.pct !== null);
  const qualityMet = quality.every((i) => i.pct >= 100);
  const base = { lowestPct, meanPct, qualityMet, missing };
  if (meanPct >= thresholds.diAtasPct && qualityMet)
    return { ...base, rating: 'di_atas', rule: 'all_utama_above', drivers: counted };
  if (meanPct >= thresholds.sesuaiPct) {
    const held = [
      ...counted.filter((i) => i.pct < thresholds.diAtasPct),
      ...quality.filter((q) => q.pct < 100 && !counted.some((c) => c.id === q.id && c.text === q.text)),
    ];
    return { ...base, rating: 'sesuai', rule: 'all_utama_met', drivers: held.length ? held : counted };
  }
  return {
    ...base,
    rating: 'di_bawah',
    rule: 'utama_below',
    drivers: counted.filter((i) => i.pct < thresholds.sesuaiPct),
  };
}

/** How far the appraiser's rating is from the anchor, in levels (0 = agrees). */
export const divergence = (rating: Rating, suggested: Rating) => ratingLevel(rating) - ratingLevel(suggested);

// ---------------------------------------------------------------------------------------------------------
// Objection window

export type DayKind = 'calendar' | 'working';

export function addDays(date: string, n: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + n * 864e5).toISOString().slice(0, 10);
}

/**
 * Whether a period's appraisals are due around `on`, for the home page's to-do list: a quarter (or month)
 * from a month before its end until a month after it; the year only once it has ended, for 45 days
 * (annual appraisals are written in January). Closed periods take no appraisals any more.
 */
export function appraisalDue(
  period: { kind: 'annual' | 'quarterly' | 'monthly'; endsOn: string; open: boolean },
  on: string,
): boolean {
  if (!period.open) return false;
  if (period.kind === 'annual') return on > period.endsOn && on <= addDays(period.endsOn, 45);
  return on >= addDays(period.endsOn, -30) && on <= addDays(period.endsOn, 30);
}

/** The last day an objection is accepted: `days` calendar (or working) days after delivery. */
export function lastObjectionDay(
  deliveredOn: string,
  days: number,
  kind: DayKind = 'calendar',
  holidays: ReadonlySet<string> = new Set(),
): string {
  if (kind === 'calendar') return addDays(deliveredOn, days);
  let d = deliveredOn;
  for (let counted = 0; counted < days; ) {
    d = addDays(d, 1);
    if (isWorkingDay(d, holidays)) counted++;
  }
  return d;
}

export function canObjectOn(
  deliveredOn: string,
  on: string,
  days: number,
  kind: DayKind = 'calendar',
  holidays: ReadonlySet<string> = new Set(),
): boolean {
  return on >= deliveredOn && on <= lastObjectionDay(deliveredOn, days, kind, holidays);
}

// ---------------------------------------------------------------------------------------------------------
// Regular promotion (kenaikan pangkat reguler)

export type PromotionInput = {
  kind: 'PNS' | 'PPPK';
  /** Fungsional posts need 2 years in rank (plus credit points, checked outside this system). */
  fungsional: boolean;
  pangkat: string | null;
  pangkatTmt: string | null;
  on: string;
  /** Predikat per year, from appraisals or imported history. */
  history: ReadonlyMap<number, Predikat>;
  pendingDiscipline?: boolean;
};

export type PromotionReason =
  | { code: 'pppk' }
  | { code: 'no_pangkat' }
  | { code: 'years_in_rank'; years: number; from: string }
  | { code: 'predikat_missing'; year: number }
  | { code: 'predikat_below_baik'; year: number; predikat: Predikat }
  | { code: 'discipline' };

export type PromotionResult = {
  eligible: boolean;
  reasons: PromotionReason[];
  /** The two years whose predikat count. */
  years: [number, number];
  needsCreditPoints: boolean;
};

/** ≥ 4 years in rank (2 for fungsional), at least Baik in each of the last two years, no discipline case. */
export function promotionEligibility(input: PromotionInput): PromotionResult {
  const year = Number(input.on.slice(0, 4));
  const years: [number, number] = [year - 1, year - 2];
  const base = { years, needsCreditPoints: input.fungsional };
  if (input.kind === 'PPPK') return { ...base, eligible: false, reasons: [{ code: 'pppk' }] };
  if (!input.pangkat || !input.pangkatTmt)
    return { ...base, eligible: false, reasons: [{ code: 'no_pangkat' }] };
  const reasons: PromotionReason[] = [];
  const need = input.fungsional ? 2 : 4;
  const from = `${Number(input.pangkatTmt.slice(0, 4)) + need}${input.pangkatTmt.slice(4)}`;
  if (input.on < from) reasons.push({ code: 'years_in_rank', years: need, from });
  for (const y of years) {
    const p = input.history.get(y);
    if (!p) reasons.push({ code: 'predikat_missing', year: y });
    else if (!isAtLeastBaik(p)) reasons.push({ code: 'predikat_below_baik', year: y, predikat: p });
  }
  if (input.pendingDiscipline) reasons.push({ code: 'discipline' });
  return { ...base, eligible: reasons.length === 0, reasons };
}
