import 'server-only';
import { sql } from 'kysely';
import type { Database } from '@/db';
import { canManageOrganisation } from '@/lib/auth/policy';
import type { Viewer } from '@/lib/auth/viewer';
import type { JabatanKind } from '@/lib/domain/pangkat';

export type UnitNode = {
  id: number;
  parentId: number | null;
  kind: 'opd' | 'bidang' | 'subbagian';
  code: string;
  name: string;
  depth: number;
  active: boolean;
  people: number;
};

export type PositionRow = {
  id: number;
  name: string;
  kind: JabatanKind;
  isUnitHead: boolean;
  holders: number;
};

/** The agency's unit tree in path order (parents before children), with active people per unit; null
 * (→ 404) for anyone but an admin. */
export async function listUnitTree(db: Database, viewer: Viewer): Promise<UnitNode[] | null> {
  if (!canManageOrganisation(viewer)) return null;
  const rows = await db
    .selectFrom('units as u')
    .select([
      'u.id',
      'u.parent_id',
      'u.kind',
      'u.code',
      'u.name',
      'u.active',
      sql<number>`array_length(string_to_array(trim(both '/' from u.path), '/'), 1) - 1`.as('depth'),
      (eb) =>
        eb
          .selectFrom('employees as e')
          .select(sql<number>`count(*)::int`.as('n'))
          .whereRef('e.unit_id', '=', 'u.id')
          .where('e.active', '=', true)
          .as('people'),
    ])
    .where('u.agency_id', '=', viewer.agencyId)
    .orderBy(sql`string_to_array(trim(both '/' from u.path), '/')::int[]`)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    parentId: r.parent_id,
    kind: r.kind as UnitNode['kind'],
    code: r.code,
    name: r.name,
    depth: r.depth,
    active: r.active,
    people: r.people ?? 0,
  }));
}

/** The positions of one of the agency's units, with how many active people hold each. */
export async function listPositions(db: Database, viewer: Viewer, unitId: number): Promise<PositionRow[]> {
  if (!canManageOrganisation(viewer)) return [];
  const rows = await db
    .selectFrom('positions as p')
    .innerJoin('units as u', 'u.id', 'p.unit_id')
    .select([
      'p.id',
      'p.name',
      'p.kind',
      'p.is_unit_head',
      (eb) =>
        eb
          .selectFrom('employees as e')
          .select(sql<number>`count(*)::int`.as('n'))
          .whereRef('e.position_id', '=', 'p.id')
          .where('e.active', '=', true)
          .as('holders'),
    ])
    .where('u.id', '=', unitId)
    .where('u.agency_id', '=', viewer.agencyId)
    .orderBy('p.is_unit_head', 'desc')
    .orderBy('p.name')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    kind: r.kind as JabatanKind,
    isUnitHead: r.is_unit_head,
    holders: r.holders ?? 0,
  }));
}
