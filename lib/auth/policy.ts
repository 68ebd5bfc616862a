import 'server-only';
import { type Expression, type ExpressionBuilder, type SqlBool, sql } from 'kysely';
import type { Database } from '@/db';
import type { DB } from '@/db/types';
import { isAtasanOf, supervisedBy, supervises, underAtasan } from './supervision';
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
      supervisedBy(viewer.employeeId, on),
      underAtasan(viewer.employeeId, on),
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

export const canManageOrganisation = (viewer: Viewer) => hasRole(viewer, 'admin');
export const canSeeAgencyOverview = (viewer: Viewer) =>
  hasRole(viewer, 'admin') || hasRole(viewer, 'leadership');

/** The employee, their pejabat penilai and the atasan pejabat penilai: who sees career data and the
 * 360° results beside an appraisal. */
export async function inRatingChain(db: Database, viewer: Viewer, employeeId: number, on: string) {
  if (employeeId === viewer.employeeId) return true;
  if (await supervises(db, viewer.employeeId, employeeId, on)) return true;
  return isAtasanOf(db, viewer.employeeId, employeeId, on);
}

/** The employee and their current pejabat penilai share the career plan; nobody else writes to it. */
export async function mayPlanCareer(db: Database, viewer: Viewer, employeeId: number, on: string) {
  return employeeId === viewer.employeeId || supervises(db, viewer.employeeId, employeeId, on);
}

/** The ratee's pejabat penilai (definitive or acting) or an admin of the agency may change 360° raters. */
export async function mayManageRaters(db: Database, viewer: Viewer, rateeId: number, on: string) {
  if (rateeId === viewer.employeeId) return false;
  if (canManageOrganisation(viewer)) {
    const e = await db
      .selectFrom('employees')
      .select('id')
      .where('id', '=', rateeId)
      .where('agency_id', '=', viewer.agencyId)
      .executeTakeFirst();
    return e !== undefined;
  }
  return supervises(db, viewer.employeeId, rateeId, on);
}
