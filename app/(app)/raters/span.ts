import type { PeriodRef } from '@/lib/calendar/types';

/** `?span=y2026` (a year) or `?span=p12` (one period); nothing = the default; anything else = invalid. */
export function parseSpanParam(
  raw: string | string[] | undefined,
): { period?: string; year?: string } | null {
  if (raw === undefined) return {};
  if (typeof raw !== 'string') return null;
  const m = /^([yp])(\d{1,9})$/.exec(raw);
  if (!m) return null;
  return m[1] === 'y' ? { year: m[2] } : { period: m[2] };
}

export const spanValue = (s: { period: PeriodRef | null; year: number }) =>
  s.period ? `p${s.period.id}` : `y${s.year}`;
