import { z } from 'zod';

/**
 * The filters of the dashboards, read from the URL by the pages and by their exports alike, so a download
 * holds what the page shows. Sort keys come from an allowlist; anything else falls back to the default.
 */
export const EMPLOYEE_SORTS = [
  'name',
  'skp',
  'reported',
  'compliance',
  'pending',
  'realisation',
  'lastReport',
] as const;
export const UNIT_SORTS = [
  'name',
  'headcount',
  'skpApproved',
  'reported',
  'compliance',
  'delay',
  'realisation',
] as const;
export type EmployeeSort = (typeof EMPLOYEE_SORTS)[number];
export type UnitSort = (typeof UNIT_SORTS)[number];
export type SortDir = 'asc' | 'desc';

const id = z
  .string()
  .regex(/^[1-9][0-9]{0,8}$/)
  .transform(Number);
const first = (v: unknown) => (Array.isArray(v) ? v[0] : v);

export type DashboardFilters = {
  month: string;
  unitId: number | null;
  teamId: number | null;
  sort: string | null;
  dir: SortDir;
  /** The leadership page's second table (staff of a unit or a team) sorts on its own parameters. */
  staffSort: string | null;
  staffDir: SortDir;
  page: number;
  /** The period of the predikat distribution (null = the latest with given predikat). */
  periodId: number | null;
};

/** Null when a unit or team id is malformed (the page answers 404, as for a unit out of scope). */
export function parseFilters(raw: Record<string, unknown>, today: string): DashboardFilters | null {
  const unit = first(raw.unit);
  const team = first(raw.team);
  const unitId = unit === undefined || unit === '' ? null : id.safeParse(unit);
  const teamId = team === undefined || team === '' ? null : id.safeParse(team);
  const period = id.safeParse(first(raw.period));
  if ((unitId && !unitId.success) || (teamId && !teamId.success)) return null;
  const month = String(first(raw.month) ?? '');
  const page = Number(first(raw.page));
  return {
    // The current year's months up to this one; other values mean "this month".
    month:
      /^\d{4}-(0[1-9]|1[0-2])$/.test(month) &&
      month.startsWith(today.slice(0, 4)) &&
      month <= today.slice(0, 7)
        ? month
        : today.slice(0, 7),
    unitId: unitId ? unitId.data : null,
    teamId: teamId ? teamId.data : null,
    sort: typeof first(raw.sort) === 'string' ? (first(raw.sort) as string) : null,
    dir: first(raw.dir) === 'desc' ? 'desc' : 'asc',
    staffSort: typeof first(raw.ssort) === 'string' ? (first(raw.ssort) as string) : null,
    staffDir: first(raw.sdir) === 'desc' ? 'desc' : 'asc',
    page: Number.isInteger(page) && page >= 1 && page <= 100_000 ? page : 1,
    periodId: period.success ? period.data : null,
  };
}

export function pick<T extends string>(allowed: readonly T[], value: string | null, fallback: T): T {
  return allowed.includes(value as T) ? (value as T) : fallback;
}

/** The filters as URL parameters (defaults left out), for links, pagination and export links. */
export function filterParams(f: Partial<DashboardFilters>): Record<string, string> {
  const out: Record<string, string> = {};
  if (f.month) out.month = f.month;
  if (f.unitId) out.unit = String(f.unitId);
  if (f.teamId) out.team = String(f.teamId);
  if (f.sort) out.sort = f.sort;
  if (f.dir === 'desc') out.dir = 'desc';
  if (f.staffSort) out.ssort = f.staffSort;
  if (f.staffDir === 'desc') out.sdir = 'desc';
  if (f.periodId) out.period = String(f.periodId);
  return out;
}
