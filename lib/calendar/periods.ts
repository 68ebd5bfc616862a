import 'server-only';
import { sql } from 'kysely';
import { type Database, PREPARED } from '@/db';
import type { PeriodRef } from './types';

/** Whether the agency's year is open for writing (SKP, reports); a closed year is read-only. */
export async function isYearOpen(db: Database, agencyId: number, year: number): Promise<boolean> {
  const row = await db
    .selectFrom('periods')
    .select('status')
    .where('agency_id', '=', agencyId)
    .where('year', '=', year)
    .where('kind', '=', 'annual')
    .executeTakeFirst();
  return row?.status === 'open';
}

export async function loadPeriod(
  db: Database,
  agencyId: number,
  periodId: number,
): Promise<PeriodRef | null> {
  const p = await db
    .selectFrom('periods')
    .selectAll()
    .where('id', '=', periodId)
    .where('agency_id', '=', agencyId)
    .executeTakeFirst();
  return p ? toPeriod(p) : null;
}

/** A `periods` row (or the same columns from a join) as the DTO pages use. */
export const toPeriod = (p: {
  id: number;
  year: number;
  kind: string;
  seq: number;
  starts_on: string;
  ends_on: string;
  status: string;
}): PeriodRef => ({
  id: p.id,
  year: p.year,
  kind: p.kind === 'annual' ? 'annual' : p.kind === 'monthly' ? 'monthly' : 'quarterly',
  seq: p.seq,
  startsOn: p.starts_on,
  endsOn: p.ends_on,
  open: p.status === 'open',
});

/** The periods one can appraise for: the year and its quarters (or months), latest year first. */
export async function listPeriods(db: Database, agencyId: number): Promise<PeriodRef[]> {
  const rows = await db
    .selectFrom('periods')
    .selectAll()
    .where('agency_id', '=', agencyId)
    .orderBy('year', 'desc')
    .orderBy(sql`kind = 'annual'`)
    .orderBy('seq')
    .execute();
  return rows.map(toPeriod);
}

/** The period containing `on` (a quarter or month before the year). */
export function currentPeriod(periods: readonly PeriodRef[], on: string): PeriodRef | undefined {
  return periods.find((p) => p.kind !== 'annual' && p.startsOn <= on && on <= p.endsOn);
}

/**
 * Whether writes dated `on` are allowed: no closed period of the agency (its year, quarter or month)
 * contains the date. Daily reports, and whatever else is dated rather than tied to a period, ask this.
 */
export async function isDateOpen(db: Database, agencyId: number, on: string): Promise<boolean> {
  const closed = await closedPeriodQuery(db, agencyId, on).modifyEnd(PREPARED).executeTakeFirst();
  return closed === undefined;
}

/** The agency's closed periods containing `on`, as a subquery for a caller's own statement (report filing). */
export function closedPeriodQuery(db: Database, agencyId: number, on: string) {
  return db
    .selectFrom('periods')
    .select('id')
    .where('agency_id', '=', agencyId)
    .where('status', '=', sql.lit('closed'))
    .where('starts_on', '<=', on)
    .where('ends_on', '>=', on);
}
