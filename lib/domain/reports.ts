/** Laporan kinerja harian: the rules that need no database. Dates are YYYY-MM-DD, times HH:MM (WIB). */

export const REPORT_STATUSES = ['pending', 'approved', 'returned', 'rejected'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

/** The employee may change a report only until the supervisor has accepted or rejected it. */
export const isEditableReport = (status: ReportStatus) => status === 'pending' || status === 'returned';

export const toMinutes = (hhmm: string) => {
  const [h = '0', m = '0'] = hhmm.split(':');
  return Number(h) * 60 + Number(m);
};
export const fromMinutes = (total: number) =>
  `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;

export function durationMinutes(start: string, end: string): number {
  return toMinutes(end) - toMinutes(start);
}

type Slot = { start: string; end: string };

/** Half-open intervals: 08:00–09:00 and 09:00–10:00 do not overlap. */
export function overlaps(a: Slot, b: Slot): boolean {
  return toMinutes(a.start) < toMinutes(b.end) && toMinutes(b.start) < toMinutes(a.end);
}

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Today, or up to `backdateDays` calendar days back; never in the future. */
export function reportDateProblem(
  date: string,
  today: string,
  backdateDays: number,
): 'future' | 'tooOld' | null {
  if (date > today) return 'future';
  if (date < addDays(today, -backdateDays)) return 'tooOld';
  return null;
}

/** The first free hour from the start of the working day, after what is already reported. */
export function nextFreeSlot(taken: Slot[], dayStart = '07:30', length = 60): Slot {
  let start = toMinutes(dayStart);
  const sorted = [...taken].sort((a, b) => toMinutes(a.start) - toMinutes(b.start));
  for (const slot of sorted) {
    if (toMinutes(slot.end) <= start) continue;
    if (toMinutes(slot.start) >= start + length) break;
    start = toMinutes(slot.end);
  }
  const end = Math.min(start + length, 23 * 60 + 59);
  return { start: fromMinutes(Math.min(start, end - 1)), end: fromMinutes(end) };
}

export function isWorkingDay(date: string, holidays: ReadonlySet<string>): boolean {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day !== 0 && day !== 6 && !holidays.has(date);
}

/** Working days from `from` to `to`, both included. */
export function workingDays(from: string, to: string, holidays: ReadonlySet<string>): string[] {
  const days: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) if (isWorkingDay(d, holidays)) days.push(d);
  return days;
}

/** Realisation of an indicator: approved output against the target, as a percentage. */
export function realisationPercent(approved: number, target: number): number {
  if (target <= 0) return 0;
  return Math.round((approved / target) * 1000) / 10;
}
