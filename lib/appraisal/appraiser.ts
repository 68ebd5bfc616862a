// Not server-only, like lib/auth/supervision.ts whose rule it extends.
import { type Expression, type Kysely, type SqlBool, sql } from 'kysely';
import { PREPARED } from '@/db/pool';
import type { DB } from '@/db/types';
import { pejabatPenilaiSql } from '@/lib/auth/supervision';

type EmployeeRef = string | number;
const ref = (x: EmployeeRef) => (typeof x === 'number' ? sql`${x}::int` : sql.ref(x));

/**
 * SQL: who appraises `employee` for `period` on `on` — the one rule every appraisal permission uses.
 * The pejabat penilai (lib/auth/supervision.ts), unless a conflict of interest routed this appraisal:
 * then the rater of the active reassignment (the atasan pejabat penilai, or whom BKPSDM designated),
 * which is NULL while BKPSDM has yet to designate one — never the original rater again.
 */
export function appraiserSql(
  employee: EmployeeRef,
  period: EmployeeRef,
  on: string,
): Expression<number | null> {
  const active = sql`FROM appraisal_reassignments ar
    WHERE ar.employee_id = ${ref(employee)} AND ar.period_id = ${ref(period)} AND ar.status = 'active'`;
  return sql<number | null>`(CASE WHEN EXISTS (SELECT 1 ${active}) THEN (SELECT ar.rater_id ${active})
    ELSE ${pejabatPenilaiSql(employee, on)} END)`;
}

/** SQL: `viewerId` appraises `employee` (default the column `e.id`) for `period` on `on`. */
export function appraisedBy(
  viewerId: number,
  period: EmployeeRef,
  on: string,
  employee: EmployeeRef = 'e.id',
): Expression<SqlBool> {
  return sql<SqlBool>`(${appraiserSql(employee, period, on)} IS NOT DISTINCT FROM ${viewerId}::int)`;
}

/** The employee's appraiser for the period on `on` (see appraiserSql), or null. */
export async function appraiserOf(
  db: Kysely<DB>,
  employeeId: number,
  periodId: number,
  on: string,
): Promise<number | null> {
  const row = await db
    .selectNoFrom(sql<number | null>`${appraiserSql(employeeId, periodId, on)}`.as('v'))
    // Asked by every appraisal view and decision, always in this shape.
    .modifyEnd(PREPARED)
    .executeTakeFirst();
  return row?.v ?? null;
}

/** True when `viewerId` appraises the employee for the period on `on`; nobody appraises themselves. */
export async function isAppraiser(
  db: Kysely<DB>,
  viewerId: number,
  employeeId: number,
  periodId: number,
  on: string,
): Promise<boolean> {
  return viewerId !== employeeId && (await appraiserOf(db, employeeId, periodId, on)) === viewerId;
}
