// No 'server-only': the seed builds its working calendar with the same function.
import { type Database, PREPARED } from '@/db';

/** The agency's holidays in [from, to]: with weekends, the days that are not working days. */
export async function holidaySet(
  db: Database,
  agencyId: number,
  from: string,
  to: string,
): Promise<Set<string>> {
  const rows = await holidaysQuery(db, agencyId, from, to).select('date').modifyEnd(PREPARED).execute();
  return new Set(rows.map((r) => r.date));
}

/** holidaySet as a query to select from, for a caller's own statement (report filing). */
export function holidaysQuery(db: Database, agencyId: number, from: string, to: string) {
  return db
    .selectFrom('holidays')
    .where('agency_id', '=', agencyId)
    .where('date', '>=', from)
    .where('date', '<=', to);
}
