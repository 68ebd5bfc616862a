import 'server-only';
import { type Expression, type ExpressionBuilder, type SqlBool, sql } from 'kysely';
import type { Database } from '@/db';
import type { DB } from '@/db/types';
import { currentSupervision } from './supervision';
import { hasRole, type Viewer } from './viewer';

/**
 * Who may do what. Row checks and list filters are built from the same SQL expressions, so "may I see
 * this row" and "which rows may I list" cannot disagree.
 */

type EmployeeEb = ExpressionBuilder<DB & { e: DB['employees'] }, 'e'>;

/** Employees `viewer` may see: self, those they are pejabat penilai of and theirs one level down (as
 * atasan pejabat penilai), leadership within its scope, admins within the agency. */
export function visibleEmployee(viewer: Viewer, on: string) {
  return (eb: EmployeeEb): Expression<SqlBool> => {
    const ors: Expression<SqlBool>[] = [
      eb('e.id', '=', viewer.employeeId),
      eb.exists(
        eb
          .selectFrom('supervisions as s1')
          .select(sql`1`.as('one'))
          .whereRef('s1.employee_id', '=', 'e.id')
          .where('s1.supervisor_id', '=', viewer.employeeId)
          .where(currentSupervision('s1', on)),
      ),
      eb.exists(
        eb
          .selectFrom('supervisions as s1')
          .innerJoin('supervisions as s2', 's2.employee_id', 's1.supervisor_id')
          .select(sql`1`.as('one'))
          .whereRef('s1.employee_id', '=', 'e.id')
          .where('s2.supervisor_id', '=', viewer.employeeId)
          .where(currentSupervision('s1', on))
          .where(currentSupervision('s2', on)),
      ),
    ];
    if (hasRole(viewer, 'admin')) ors.push(eb('e.agency_id', '=', viewer.agencyId));
    if (hasRole(viewer, 'leadership')) {
      if (viewer.scopeUnitId === null) ors.push(eb('e.agency_id', '=', viewer.agencyId));
      else
        ors.push(
          eb.exists(
            eb
              .selectFrom('units as u')
              .innerJoin('units as scope', (j) => j.on('scope.id', '=', viewer.scopeUnitId))
              .select(sql`1`.as('one'))
              .whereRef('u.id', '=', 'e.unit_id')
              .where(sql<SqlBool>`u.path LIKE scope.path || '%'`),
          ),
        );
    }
    return eb.and([eb('e.agency_id', '=', viewer.agencyId), eb.or(ors)]);
  };
}

export async function canViewEmployee(db: Database, viewer: Viewer, employeeId: number, on: string) {
  const row = await db
    .selectFrom('employees as e')
    .select('e.id')
    .where('e.id', '=', employeeId)
    .where(visibleEmployee(viewer, on))
    .executeTakeFirst();
  return row !== undefined;
}

/** True when `supervisorId` is the employee's pejabat penilai on `on` (see currentSupervision). */
export async function isCurrentSupervisor(
  db: Database,
  supervisorId: number,
  employeeId: number,
  on: string,
) {
  const row = await db
    .selectFrom('supervisions as s')
    .select('s.id')
    .where('s.employee_id', '=', employeeId)
    .where('s.supervisor_id', '=', supervisorId)
    .where(currentSupervision('s', on))
    .executeTakeFirst();
  return row !== undefined;
}

/** The employee's pejabat penilai on `on` (see currentSupervision), or null at the top of the tree. */
export async function pejabatPenilaiOf(db: Database, employeeId: number, on: string): Promise<number | null> {
  const row = await db
    .selectFrom('supervisions as s')
    .select('s.supervisor_id')
    .where('s.employee_id', '=', employeeId)
    .where(currentSupervision('s', on))
    .executeTakeFirst();
  return row?.supervisor_id ?? null;
}

export const canManageOrganisation = (viewer: Viewer) => hasRole(viewer, 'admin');
export const canSeeAgencyOverview = (viewer: Viewer) =>
  hasRole(viewer, 'admin') || hasRole(viewer, 'leadership');
