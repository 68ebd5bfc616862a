import 'server-only';
import { type SqlBool, sql } from 'kysely';
import type { Database } from '@/db';
import { canManageOrganisation } from '@/lib/auth/policy';
import { pejabatPenilaiSql, supervisionValidOn } from '@/lib/auth/supervision';
import type { Viewer } from '@/lib/auth/viewer';

export type EmployeeListRow = {
  id: number;
  nip: string;
  name: string;
  kind: 'PNS' | 'PPPK';
  position: string;
  unit: string;
  active: boolean;
};

export type SupervisionLineRow = {
  id: number;
  kind: 'definitive' | 'plt' | 'plh';
  supervisor: { id: number; nip: string; name: string };
  validFrom: string;
  validTo: string | null;
  note: string | null;
};

export type AdminEmployee = EmployeeListRow & {
  version: number;
  pangkat: string | null;
  pangkatTmt: string | null;
  pppkGolongan: number | null;
  positionId: number;
  unitId: number;
  pejabatPenilai: { nip: string; name: string } | null;
  lines: SupervisionLineRow[];
  /** Active people with a line to this employee today: a move ends those lines (see moveEmployee). */
  subordinates: { id: number; nip: string; name: string }[];
};

/** The agency's employees whose NIP or name matches `q` (all of them, first 50, when empty); admins only. */
export async function searchEmployees(
  db: Database,
  viewer: Viewer,
  q: string,
): Promise<EmployeeListRow[] | null> {
  if (!canManageOrganisation(viewer)) return null;
  let query = db
    .selectFrom('employees as e')
    .innerJoin('positions as p', 'p.id', 'e.position_id')
    .innerJoin('units as u', 'u.id', 'e.unit_id')
    .select(['e.id', 'e.nip', 'e.name', 'e.kind', 'e.active', 'p.name as position', 'u.name as unit'])
    .where('e.agency_id', '=', viewer.agencyId);
  const term = q.trim();
  if (term)
    query = query.where((w) =>
      w.or([
        w('e.nip', 'like', `${term.replace(/\D/g, '')}%`),
        w('e.name', 'ilike', `%${term.replace(/[%_\\]/g, '')}%`),
      ]),
    );
  const rows = await query.orderBy('e.name').limit(50).execute();
  return rows.map((r) => ({ ...r, kind: r.kind as 'PNS' | 'PPPK' }));
}

/** One of the agency's employees with their supervision lines, newest first; null (→ 404) otherwise. */
export async function getAdminEmployee(
  db: Database,
  viewer: Viewer,
  employeeId: number,
  on: string,
): Promise<AdminEmployee | null> {
  if (!canManageOrganisation(viewer)) return null;
  const e = await db
    .selectFrom('employees as e')
    .innerJoin('positions as p', 'p.id', 'e.position_id')
    .innerJoin('units as u', 'u.id', 'e.unit_id')
    .leftJoin('employees as pp', (j) => j.on(sql<SqlBool>`pp.id = ${pejabatPenilaiSql('e.id', on)}`))
    .select([
      'e.id',
      'e.nip',
      'e.name',
      'e.kind',
      'e.active',
      'e.version',
      'e.pangkat',
      'e.pangkat_tmt',
      'e.pppk_golongan',
      'e.position_id',
      'e.unit_id',
      'p.name as position',
      'u.name as unit',
      'pp.nip as pp_nip',
      'pp.name as pp_name',
    ])
    .where('e.id', '=', employeeId)
    .where('e.agency_id', '=', viewer.agencyId)
    .executeTakeFirst();
  if (!e) return null;
  const lines = await db
    .selectFrom('supervisions as s')
    .innerJoin('employees as sup', 'sup.id', 's.supervisor_id')
    .select([
      's.id',
      's.kind',
      's.valid_from',
      's.valid_to',
      's.note',
      'sup.id as sup_id',
      'sup.nip',
      'sup.name',
    ])
    .where('s.employee_id', '=', e.id)
    .orderBy('s.valid_from', 'desc')
    .orderBy('s.id', 'desc')
    .execute();
  const subordinates = await db
    .selectFrom('supervisions as s')
    .innerJoin('employees as sub', 'sub.id', 's.employee_id')
    .select(['sub.id', 'sub.nip', 'sub.name'])
    .distinct()
    .where('s.supervisor_id', '=', e.id)
    .where('sub.active', '=', true)
    .where(supervisionValidOn('s', on))
    .orderBy('sub.name')
    .orderBy('sub.id')
    .execute();
  return {
    id: e.id,
    nip: e.nip,
    name: e.name,
    kind: e.kind as 'PNS' | 'PPPK',
    active: e.active,
    version: e.version,
    pangkat: e.pangkat,
    pangkatTmt: e.pangkat_tmt,
    pppkGolongan: e.pppk_golongan,
    positionId: e.position_id,
    unitId: e.unit_id,
    position: e.position,
    unit: e.unit,
    pejabatPenilai: e.pp_nip && e.pp_name ? { nip: e.pp_nip, name: e.pp_name } : null,
    lines: lines.map((l) => ({
      id: l.id,
      kind: l.kind as SupervisionLineRow['kind'],
      supervisor: { id: l.sup_id, nip: l.nip, name: l.name },
      validFrom: l.valid_from,
      validTo: l.valid_to,
      note: l.note,
    })),
    subordinates,
  };
}

/** Every position of the agency's active units, labelled "position — unit", for the position choice. */
export async function positionOptions(
  db: Database,
  viewer: Viewer,
): Promise<{ value: string; label: string }[]> {
  if (!canManageOrganisation(viewer)) return [];
  const rows = await db
    .selectFrom('positions as p')
    .innerJoin('units as u', 'u.id', 'p.unit_id')
    .select(['p.id', 'p.name', 'u.name as unit'])
    .where('u.agency_id', '=', viewer.agencyId)
    .where('u.active', '=', true)
    .orderBy('u.path')
    .orderBy('p.is_unit_head', 'desc')
    .orderBy('p.name')
    .execute();
  return rows.map((r) => ({ value: String(r.id), label: `${r.name} — ${r.unit}` }));
}
