import 'server-only';
import { type SqlBool, sql } from 'kysely';
import type { Database } from '@/db';
import { canSeeAgencyOverview, visibleEmployee } from '@/lib/auth/policy';
import {
  atasanPejabatPenilaiSql,
  pejabatPenilaiSql,
  subordinateLines,
  supervisionValidOn,
} from '@/lib/auth/supervision';
import type { Viewer } from '@/lib/auth/viewer';

export type PersonRef = {
  id: number;
  name: string;
  position: string;
  nip: string | null;
  employeeKind: 'PNS' | 'PPPK';
};

export type EmployeeProfile = {
  id: number;
  nip: string;
  kind: 'PNS' | 'PPPK';
  name: string;
  gender: 'L' | 'P';
  birthDate: string;
  tmt: string;
  pangkat: string | null;
  pangkatTmt: string | null;
  pppkGolongan: number | null;
  active: boolean;
  position: { name: string; kind: string };
  unit: { id: number; name: string };
  opd: { id: number; name: string };
  pejabatPenilai: PersonRef | null;
  atasanPejabatPenilai: PersonRef | null;
  actingSupervisors: (PersonRef & { kind: 'plt' | 'plh' })[];
  actingAssignments: { kind: 'plt' | 'plh'; note: string | null; validFrom: string; subordinates: number }[];
  subordinates: (PersonRef & { kind: 'definitive' | 'plt' | 'plh' })[];
};

/**
 * The profile of one employee as `viewer` may see it, or null (→ 404) when the employee is outside the
 * viewer's scope. NIPs of related people appear only when those people are in the viewer's scope too.
 */
export async function getEmployeeProfile(
  db: Database,
  viewer: Viewer,
  employeeId: number,
  on: string,
): Promise<EmployeeProfile | null> {
  const e = await db
    .selectFrom('employees as e')
    .innerJoin('positions as p', 'p.id', 'e.position_id')
    .innerJoin('units as u', 'u.id', 'e.unit_id')
    // The OPD is the root of the unit's path ("/12/57/" → "/12/").
    .innerJoin('units as opd', (j) => j.on(sql<SqlBool>`opd.path = substring(u.path from '^/[0-9]+/')`))
    .select([
      'e.id',
      'e.nip',
      'e.kind',
      'e.name',
      'e.gender',
      'e.birth_date',
      'e.tmt',
      'e.pangkat',
      'e.pangkat_tmt',
      'e.pppk_golongan',
      'e.active',
      'p.name as position_name',
      'p.kind as position_kind',
      'u.id as unit_id',
      'u.name as unit_name',
      'opd.id as opd_id',
      'opd.name as opd_name',
    ])
    .where('e.id', '=', employeeId)
    .where(visibleEmployee(viewer, on))
    .executeTakeFirst();
  if (!e) return null;

  const [supervisors, pejabat, atasan, subordinates, acting] = await Promise.all([
    supervisionLinesOf(db, employeeId, on),
    personRefs(db).where('e.id', '=', pejabatPenilaiSql(employeeId, on)).executeTakeFirst(),
    personRefs(db).where('e.id', '=', atasanPejabatPenilaiSql(employeeId, on)).executeTakeFirst(),
    subordinateLines(db, employeeId, on)
      .innerJoin('employees as e', 'e.id', 's.employee_id')
      .innerJoin('positions as p', 'p.id', 'e.position_id')
      .select(['e.id', 'e.name', 'e.nip', 'e.kind as employee_kind', 'p.name as position', 's.kind'])
      .where('e.active', '=', true)
      .orderBy('s.kind')
      .orderBy('e.name')
      .execute(),
    subordinateLines(db, employeeId, on)
      .select((eb) => [
        's.kind',
        's.note',
        eb.fn.min('s.valid_from').as('valid_from'),
        eb.fn.countAll<number>().as('n'),
      ])
      .where('s.kind', 'in', ['plt', 'plh'])
      .groupBy(['s.kind', 's.note'])
      .execute(),
  ]);

  const visible = await visibleIds(db, viewer, on, [
    ...supervisors.map((s) => s.id),
    ...(pejabat ? [pejabat.id] : []),
    ...subordinates.map((s) => s.id),
    ...(atasan ? [atasan.id] : []),
  ]);
  const ref = (p: {
    id: number;
    name: string;
    position: string;
    nip: string;
    employee_kind: string;
  }): PersonRef => ({
    id: p.id,
    name: p.name,
    position: p.position,
    nip: visible.has(p.id) ? p.nip : null,
    employeeKind: p.employee_kind === 'PPPK' ? 'PPPK' : 'PNS',
  });

  return {
    id: e.id,
    nip: e.nip,
    kind: e.kind === 'PPPK' ? 'PPPK' : 'PNS',
    name: e.name,
    gender: e.gender === 'P' ? 'P' : 'L',
    birthDate: e.birth_date,
    tmt: e.tmt,
    pangkat: e.pangkat,
    pangkatTmt: e.pangkat_tmt,
    pppkGolongan: e.pppk_golongan,
    active: e.active,
    position: { name: e.position_name, kind: e.position_kind },
    unit: { id: e.unit_id, name: e.unit_name },
    opd: { id: e.opd_id, name: e.opd_name },
    pejabatPenilai: pejabat ? ref(pejabat) : null,
    atasanPejabatPenilai: atasan ? ref(atasan) : null,
    actingSupervisors: supervisors
      .filter((s) => s.kind !== 'definitive')
      .map((s) => ({ ...ref(s), kind: s.kind === 'plh' ? 'plh' : 'plt' })),
    actingAssignments: acting.map((a) => ({
      kind: a.kind === 'plh' ? 'plh' : 'plt',
      note: a.note,
      validFrom: String(a.valid_from),
      subordinates: Number(a.n),
    })),
    subordinates: subordinates.map((s) => ({
      ...ref(s),
      kind: s.kind === 'plt' || s.kind === 'plh' ? s.kind : 'definitive',
    })),
  };
}

/** Employees with their position, as shown in a supervision chain. */
function personRefs(db: Database) {
  return db
    .selectFrom('employees as e')
    .innerJoin('positions as p', 'p.id', 'e.position_id')
    .select(['e.id', 'e.name', 'e.nip', 'e.kind as employee_kind', 'p.name as position']);
}

/** Every supervision line of an employee valid on `on` (definitive and acting), for showing the lines;
 * who of them is the pejabat penilai is pejabatPenilaiOf's answer (lib/auth/supervision). */
function supervisionLinesOf(db: Database, employeeId: number, on: string) {
  return personRefs(db)
    .innerJoin('supervisions as s', 's.supervisor_id', 'e.id')
    .select('s.kind')
    .where('s.employee_id', '=', employeeId)
    .where(supervisionValidOn('s', on))
    .orderBy('s.kind')
    .execute();
}

async function visibleIds(db: Database, viewer: Viewer, on: string, ids: number[]): Promise<Set<number>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .selectFrom('employees as e')
    .select('e.id')
    .where('e.id', 'in', ids)
    .where(visibleEmployee(viewer, on))
    .execute();
  return new Set(rows.map((r) => r.id));
}

export type AgencyOverview = {
  scope: { kind: 'agency'; name: string } | { kind: 'unit'; name: string };
  activeEmployees: number;
  units: number;
};

/** Headline counts for leadership/admin within their scope; null (→ 404) for everyone else. */
export async function getAgencyOverview(
  db: Database,
  viewer: Viewer,
  on: string,
): Promise<AgencyOverview | null> {
  if (!canSeeAgencyOverview(viewer)) return null;
  const agencyWide = viewer.roles.includes('admin') || viewer.scopeUnitId === null;
  const scopeUnit = agencyWide
    ? null
    : await db
        .selectFrom('units')
        .select(['name', 'path'])
        .where('id', '=', viewer.scopeUnitId)
        .executeTakeFirst();
  const agency = await db
    .selectFrom('agencies')
    .select('name')
    .where('id', '=', viewer.agencyId)
    .executeTakeFirstOrThrow();
  const [employees, units] = await Promise.all([
    db
      .selectFrom('employees as e')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('e.active', '=', true)
      .where(visibleEmployee(viewer, on))
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('units')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('agency_id', '=', viewer.agencyId)
      .where('active', '=', true)
      .$if(scopeUnit !== null && scopeUnit !== undefined, (q) =>
        q.where('path', 'like', `${scopeUnit?.path}%`),
      )
      .executeTakeFirstOrThrow(),
  ]);
  return {
    scope: scopeUnit ? { kind: 'unit', name: scopeUnit.name } : { kind: 'agency', name: agency.name },
    activeEmployees: Number(employees.n),
    units: Number(units.n),
  };
}
