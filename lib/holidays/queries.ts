import 'server-only';
import type { Database } from '@/db';
import type { Viewer } from '@/lib/auth/viewer';

/** The agency's holiday calendar for a year; working days and compliance are counted against it. */
export async function listHolidays(db: Database, viewer: Viewer, year: number) {
  return db
    .selectFrom('holidays')
    .select(['id', 'date', 'name', 'kind'])
    .where('agency_id', '=', viewer.agencyId)
    .where('date', '>=', `${year}-01-01`)
    .where('date', '<=', `${year}-12-31`)
    .orderBy('date')
    .execute();
}
