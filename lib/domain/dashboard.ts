/** Dashboard arithmetic that needs no database: medians from histograms, schedules, alerts, heat levels. */
import { isWorkingDay } from './reports';

const addDays = (date: string, days: number) => {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

/** The median of values given as (value, count) pairs; null when there are none. */
export function medianOfHistogram(pairs: readonly { value: number; count: number }[]): number | null {
  const sorted = [...pairs].filter((p) => p.count > 0).sort((a, b) => a.value - b.value);
  const total = sorted.reduce((n, p) => n + p.count, 0);
  if (total === 0) return null;
  // The lower and upper middle element (the same one when the total is odd).
  const lo = Math.floor((total - 1) / 2);
  const hi = Math.floor(total / 2);
  let seen = 0;
  let low: number | null = null;
  for (const p of sorted) {
    if (low === null && seen + p.count > lo) low = p.value;
    if (seen + p.count > hi) return ((low ?? p.value) + p.value) / 2;
    seen += p.count;
  }
  return null;
}

/** Working days strictly after `last` and strictly before `today`: days gone by without a report. */
export function workingDaysWithout(last: string, today: string, holidays: ReadonlySet<string>): number {
  let n = 0;
  for (let d = addDays(last, 1); d < today; d = addDays(d, 1)) if (isWorkingDay(d, holidays)) n++;
  return n;
}

/** Share of the year's calendar days gone by on `today` (0–100): where a yearly target should stand. */
export function expectedProgress(today: string): number {
  const year = Number(today.slice(0, 4));
  const start = Date.UTC(year, 0, 1);
  const end = Date.UTC(year + 1, 0, 1);
  const now = Date.parse(`${today}T00:00:00Z`) + 86_400_000;
  return Math.round(((now - start) / (end - start)) * 1000) / 10;
}

/** Behind schedule: realised less than three quarters of what the time of year calls for. */
export const BEHIND_FACTOR = 0.75;
export function isBehindSchedule(realisedPercent: number, expectedPercent: number): boolean {
  return realisedPercent < expectedPercent * BEHIND_FACTOR;
}

export const NO_REPORT_DAYS = 3;
export const VALIDATION_WAIT_DAYS = 3;

export type Alert = 'noReport' | 'behind' | 'waitingValidation';

/** The alerts the supervisor sees for one subordinate. */
export function alertsFor(input: {
  canReport: boolean;
  lastReportDate: string | null;
  yearStart: string;
  today: string;
  holidays: ReadonlySet<string>;
  rhkPercents: readonly number[];
  oldestPendingAt: Date | null;
  now: Date;
}): Alert[] {
  const out: Alert[] = [];
  if (input.canReport) {
    const since = input.lastReportDate ?? addDays(input.yearStart, -1);
    if (workingDaysWithout(since, input.today, input.holidays) >= NO_REPORT_DAYS) out.push('noReport');
    const expected = expectedProgress(input.today);
    if (input.rhkPercents.some((p) => isBehindSchedule(p, expected))) out.push('behind');
  }
  if (
    input.oldestPendingAt &&
    input.now.getTime() - input.oldestPendingAt.getTime() > VALIDATION_WAIT_DAYS * 86_400_000
  )
    out.push('waitingValidation');
  return out;
}

/** A ratio as a whole-ish percentage (one decimal), 0 when there is nothing to divide by. */
export function percent(part: number, whole: number): number {
  return whole > 0 ? Math.round((part / whole) * 1000) / 10 : 0;
}

/** Five shades for the compliance heat map; null (no working days) stays blank. */
export function heatLevel(pct: number | null): 0 | 1 | 2 | 3 | 4 | null {
  if (pct === null) return null;
  if (pct >= 90) return 4;
  if (pct >= 75) return 3;
  if (pct >= 50) return 2;
  if (pct >= 25) return 1;
  return 0;
}

/** Mondays of the `count` weeks ending with the week that contains `last`. */
export function weeksEnding(last: string, count: number): string[] {
  const day = new Date(`${last}T00:00:00Z`).getUTCDay();
  const monday = addDays(last, -((day + 6) % 7));
  return Array.from({ length: count }, (_, i) => addDays(monday, -7 * (count - 1 - i)));
}

/** The months of `today`'s year up to and including its month, as YYYY-MM. */
export function monthsSoFar(today: string): string[] {
  const n = Number(today.slice(5, 7));
  return Array.from({ length: n }, (_, i) => `${today.slice(0, 4)}-${String(i + 1).padStart(2, '0')}`);
}

/** Last day of a YYYY-MM month. */
export function monthEnd(month: string): string {
  const d = new Date(`${month}-01T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + 1);
  d.setUTCDate(0);
  return d.toISOString().slice(0, 10);
}

/**
 * How far a month counts for compliance on `today`: to its end when it is over, to today while it is the
 * month in progress ("running", so a month half-way through is not read as a collapse).
 */
export function countedThrough(month: string, today: string): { last: string; running: boolean } {
  const end = monthEnd(month);
  return end < today ? { last: end, running: false } : { last: today, running: true };
}

export { addDays };
