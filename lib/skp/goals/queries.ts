import 'server-only';
import type { Database } from '@/db';
import { canSeeAgencyOverview } from '@/lib/auth/policy';
import type { Viewer } from '@/lib/auth/viewer';

/** OPDs whose Perjanjian Kinerja the viewer maintains: all for admins and agency-wide leadership, else theirs. */
export function opdsInScope(db: Database, viewer: Viewer) {
  let q = db
    .selectFrom('units as u')
    .select(['u.id', 'u.name', 'u.path'])
    .where('u.agency_id', '=', viewer.agencyId)
    .where('u.parent_id', 'is', null)
    .where('u.active', '=', true);
  const agencyWide = viewer.roles.includes('admin') || viewer.scopeUnitId === null;
  if (!agencyWide) q = q.where('u.id', '=', viewer.scopeUnitId as number);
  return q.orderBy('u.sort_order');
}

export type UnitGoals = {
  unitId: number;
  unitName: string;
  goals: { id: number; text: string; used: boolean }[];
};

export async function listUnitGoals(db: Database, viewer: Viewer, year: number): Promise<UnitGoals[] | null> {
  if (!canSeeAgencyOverview(viewer)) return null;
  const units = await opdsInScope(db, viewer).execute();
  if (units.length === 0) return [];
  const goals = await db
    .selectFrom('unit_goals as g')
    .select((eb) => [
      'g.id',
      'g.unit_id',
      'g.text',
      eb
        .exists(eb.selectFrom('skp_rhks as r').select('r.id').whereRef('r.unit_goal_id', '=', 'g.id'))
        .as('used'),
    ])
    .where(
      'g.unit_id',
      'in',
      units.map((u) => u.id),
    )
    .where('g.year', '=', year)
    .orderBy('g.id')
    .execute();
  return units.map((u) => ({
    unitId: u.id,
    unitName: u.name,
    goals: goals
      .filter((g) => g.unit_id === u.id)
      .map((g) => ({ id: g.id, text: g.text, used: Boolean(g.used) })),
  }));
}
