import 'server-only';
import type { Database } from '@/db';
import { canManageOrganisation } from '@/lib/auth/policy';
import type { Viewer } from '@/lib/auth/viewer';
import { listPeriods } from '@/lib/calendar/periods';
import type { PeriodRef } from '@/lib/calendar/types';

/** The agency's periods grouped by year, latest first (admins only; else null). */
export async function periodsByYear(
  db: Database,
  viewer: Viewer,
): Promise<{ year: number; periods: PeriodRef[] }[] | null> {
  if (!canManageOrganisation(viewer)) return null;
  const years = new Map<number, PeriodRef[]>();
  for (const p of await listPeriods(db, viewer.agencyId))
    years.set(p.year, [...(years.get(p.year) ?? []), p]);
  return [...years].map(([year, periods]) => ({ year, periods }));
}
