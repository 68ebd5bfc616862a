// Not server-only: the demo seed proposes 360° raters with the same rule (lib/feedback/rounds/propose.ts).
import { type Expression, type Kysely, type RawBuilder, type SqlBool, sql } from 'kysely';
import { PREPARED } from '@/db/pool';
import type { DB } from '@/db/types';

/** Supervision lines valid on `on` (valid_to is exclusive), whatever their kind: for showing the lines. */
export function supervisionValidOn(alias: string, on: string): Expression<SqlBool> {
  const ref = (col: string) => sql.ref(`${alias}.${col}`);
  return sql<SqlBool>`(${ref('valid_from')} <= ${on} AND (${ref('valid_to')} IS NULL OR ${ref('valid_to')} > ${on}))`;
}

/**
 * The line that makes someone the employee's pejabat penilai on `on` — the one rule every permission
 * uses. An employee has at most one definitive and at most one acting (Plt/Plh) line on any date (both
 * exclusion constraints); while an acting line is valid (the post is vacant or its holder away) the
 * acting supervisor is the pejabat penilai, otherwise the definitive one. So there is never more than one.
 */
export function currentSupervision(alias: string, on: string): Expression<SqlBool> {
  const ref = (col: string) => sql.ref(`${alias}.${col}`);
  return sql<SqlBool>`(${supervisionValidOn(alias, on)} AND (${ref('kind')} <> 'definitive' OR NOT EXISTS (
    SELECT 1 FROM supervisions acting WHERE acting.employee_id = ${ref('employee_id')}
      AND acting.kind <> 'definitive' AND ${supervisionValidOn('acting', on)})))`;
}

/*
 * Every supervision lookup, built on currentSupervision. Each comes in an SQL form (a condition or a
 * scalar over an employee column, for lists and joins) and a row form (one answer, for checks); the row
 * forms evaluate the SQL forms, so a check and a list cannot disagree. `db` may be a transaction.
 */

type Queryable = Kysely<DB>;

/** An employee column (`'e.id'`) for the SQL forms, or a bound id for the row forms. */
type EmployeeRef = string | number;
const employeeSql = (employee: EmployeeRef) =>
  typeof employee === 'number' ? sql`${employee}::int` : sql.ref(employee);

/** SQL: the pejabat penilai of `employee` on `on` (NULL at the top of the tree). */
export function pejabatPenilaiSql(employee: EmployeeRef, on: string): Expression<number | null> {
  return sql<number | null>`(SELECT pp.supervisor_id FROM supervisions pp
    WHERE pp.employee_id = ${employeeSql(employee)} AND ${currentSupervision('pp', on)})`;
}

/** SQL: the atasan pejabat penilai (the pejabat penilai's own pejabat penilai) of `employee` on `on`. */
export function atasanPejabatPenilaiSql(employee: EmployeeRef, on: string): Expression<number | null> {
  return sql<number | null>`(SELECT app.supervisor_id FROM supervisions pp
    JOIN supervisions app ON app.employee_id = pp.supervisor_id
    WHERE pp.employee_id = ${employeeSql(employee)} AND ${currentSupervision('pp', on)}
      AND ${currentSupervision('app', on)})`;
}

/** SQL: `supervisor` is the pejabat penilai of `employee` (default the column `e.id`) on `on`. */
export function supervisedBy(
  supervisor: EmployeeRef,
  on: string,
  employee: EmployeeRef = 'e.id',
): Expression<SqlBool> {
  return sql<SqlBool>`EXISTS (SELECT 1 FROM supervisions pp
    WHERE pp.employee_id = ${employeeSql(employee)} AND pp.supervisor_id = ${employeeSql(supervisor)}
      AND ${currentSupervision('pp', on)})`;
}

/** SQL: `supervisor` is pejabat penilai of at least one active employee on `on`. Asked from the supervisor's
 * own lines (their index), never by walking every employee, as each signed-in request asks it. */
export function supervisesAnyone(supervisor: EmployeeRef, on: string): RawBuilder<SqlBool> {
  return sql<SqlBool>`EXISTS (SELECT 1 FROM supervisions pp JOIN employees sub ON sub.id = pp.employee_id
    WHERE pp.supervisor_id = ${employeeSql(supervisor)} AND sub.active AND ${currentSupervision('pp', on)})`;
}

/** SQL: `viewerId` is the atasan pejabat penilai of `employee` (default the column `e.id`) on `on`. */
export function underAtasan(
  viewerId: number,
  on: string,
  employee: EmployeeRef = 'e.id',
): Expression<SqlBool> {
  return sql<SqlBool>`EXISTS (SELECT 1 FROM supervisions pp
    JOIN supervisions app ON app.employee_id = pp.supervisor_id
    WHERE pp.employee_id = ${employeeSql(employee)} AND app.supervisor_id = ${viewerId}::int
      AND ${currentSupervision('pp', on)} AND ${currentSupervision('app', on)})`;
}

/** One lookup of the supervision tree; fixed in shape, asked several times per appraisal view: prepared. */
async function scalar(db: Queryable, value: Expression<number | null>): Promise<number | null> {
  const row = await db
    .selectNoFrom(sql<number | null>`${value}`.as('v'))
    .modifyEnd(PREPARED)
    .executeTakeFirst();
  return row?.v ?? null;
}

/** The employee's pejabat penilai on `on` (see currentSupervision), or null at the top of the tree. */
export function pejabatPenilaiOf(db: Queryable, employeeId: number, on: string): Promise<number | null> {
  return scalar(db, pejabatPenilaiSql(employeeId, on));
}

/** The employee's atasan pejabat penilai on `on`, or null. */
export function atasanPejabatPenilaiOf(
  db: Queryable,
  employeeId: number,
  on: string,
): Promise<number | null> {
  return scalar(db, atasanPejabatPenilaiSql(employeeId, on));
}

/** True when `supervisorId` is the employee's pejabat penilai on `on`. */
export async function supervises(db: Queryable, supervisorId: number, employeeId: number, on: string) {
  return (await pejabatPenilaiOf(db, employeeId, on)) === supervisorId;
}

/** True when `viewerId` is the employee's atasan pejabat penilai on `on`. */
export async function isAtasanOf(db: Queryable, viewerId: number, employeeId: number, on: string) {
  return (await atasanPejabatPenilaiOf(db, employeeId, on)) === viewerId;
}

/** SQL: the ids of those `supervisorId` is pejabat penilai of on `on` (active or not), as a subquery
 * (`where('x.employee_id', 'in', subordinateIds(…))`); add `where('e.active', '=', true)` to drop the inactive. */
export function subordinateIds(db: Queryable, supervisorId: number, on: string) {
  return db.selectFrom('employees as e').select('e.id').where(supervisedBy(supervisorId, on));
}

/** The ids of those `supervisorId` is pejabat penilai of on `on` (active or not), ascending. */
export async function subordinatesOf(db: Queryable, supervisorId: number, on: string): Promise<number[]> {
  const rows = await subordinateIds(db, supervisorId, on).orderBy('e.id').execute();
  return rows.map((r) => r.id);
}

/** SQL: the supervision lines (alias `s`) that make `supervisorId` pejabat penilai on `on`, one per
 * subordinate, for lists that show the line's kind (definitive, Plt, Plh); join `employees` on `s.employee_id`. */
export function subordinateLines(db: Queryable, supervisorId: number, on: string) {
  return db
    .selectFrom('supervisions as s')
    .where('s.supervisor_id', '=', supervisorId)
    .where(currentSupervision('s', on));
}

/**
 * True when a line "`supervisorId` supervises `employeeId`" over [from, to) would close a loop: walking up
 * from the supervisor along every line (any kind) that overlaps the span reaches the employee. Lines the
 * caller ends in the same transaction before asking no longer count.
 */
export async function closesSupervisionCycle(
  db: Queryable,
  employeeId: number,
  supervisorId: number,
  from: string,
  to: string | null,
): Promise<boolean> {
  if (employeeId === supervisorId) return true;
  const { rows } = await sql<{ found: boolean }>`WITH RECURSIVE up(id) AS (
      SELECT ${supervisorId}::int
      UNION
      SELECT s.supervisor_id FROM up JOIN supervisions s ON s.employee_id = up.id
        AND daterange(s.valid_from, s.valid_to) && daterange(${from}::date, ${to}::date))
    SELECT EXISTS (SELECT 1 FROM up WHERE id = ${employeeId}::int) AS found`.execute(db);
  return rows[0]?.found === true;
}
