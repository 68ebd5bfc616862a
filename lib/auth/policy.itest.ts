import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { employeeIdByNip, NIP } from '@/db/test-fixtures';
import { createTestDatabase, type TestDatabase } from '@/db/testing';
import { getAgencyOverview, getEmployeeProfile } from '@/lib/org/queries';
import { canViewEmployee, visibleEmployee } from './policy';
import {
  atasanPejabatPenilaiOf,
  isAtasanOf,
  pejabatPenilaiOf,
  subordinatesOf,
  supervisedBy,
  supervises,
  underAtasan,
} from './supervision';
import { loadViewer, type Viewer } from './viewer';

const ON = '2026-11-28';
let t: TestDatabase;
const viewers: Record<keyof typeof NIP, Viewer> = {} as never;
const ids: Record<keyof typeof NIP, number> = {} as never;

beforeAll(async () => {
  t = await createTestDatabase({ seeded: true });
  for (const [key, nip] of Object.entries(NIP) as [keyof typeof NIP, string][]) {
    ids[key] = await employeeIdByNip(t.db, nip);
    const user = await t.db
      .selectFrom('users')
      .select('session_version')
      .where('employee_id', '=', ids[key])
      .executeTakeFirstOrThrow();
    const viewer = await loadViewer(t.db, { uid: ids[key], sv: user.session_version, lat: 0 });
    if (!viewer) throw new Error(`no viewer for ${key}`);
    viewers[key] = viewer;
  }
});
afterAll(() => t.drop());

describe('employee profile DTO', () => {
  it('an employee gets their own profile but not a peer’s (→ 404)', async () => {
    const own = await getEmployeeProfile(t.db, viewers.staffA, ids.staffA, ON);
    expect(own?.nip).toBe(NIP.staffA);
    expect(await getEmployeeProfile(t.db, viewers.staffA, ids.staffB, ON)).toBeNull();
    expect(await getEmployeeProfile(t.db, viewers.pppk, ids.kabid, ON)).toBeNull();
  });

  it('shows the supervision chain, hiding NIPs of people outside the viewer’s scope', async () => {
    const own = await getEmployeeProfile(t.db, viewers.staffA, ids.staffA, ON);
    expect(own?.pejabatPenilai).toMatchObject({ id: ids.kabid, nip: null });
    expect(own?.atasanPejabatPenilai).toMatchObject({ id: ids.kadisdik, nip: null });
    expect(JSON.stringify(own)).not.toContain(NIP.kabid);
    expect(JSON.stringify(own)).not.toContain('$argon2');
  });

  it('a supervisor sees direct subordinates, acting subordinates and their atasan sees two levels down', async () => {
    const kabid = await getEmployeeProfile(t.db, viewers.kabid, ids.kabid, ON);
    const definitive = kabid?.subordinates
      .filter((s) => s.kind === 'definitive')
      .map((s) => s.nip)
      .sort();
    expect(definitive).toEqual([NIP.staffA, NIP.pppk, NIP.staffB].sort());
    expect(kabid?.actingAssignments[0]?.kind).toBe('plt');
    const acting = kabid?.subordinates.find((s) => s.kind === 'plt');
    expect(acting).toBeDefined();
    expect(await getEmployeeProfile(t.db, viewers.kabid, acting!.id, ON)).not.toBeNull();
    expect(await getEmployeeProfile(t.db, viewers.kadisdik, ids.staffA, ON)).not.toBeNull();
  });

  it('a Kepala OPD (leadership) cannot see another OPD; the Sekda and the admin see everyone', async () => {
    const other = await t.db
      .selectFrom('employees as e')
      .innerJoin('units as u', 'u.id', 'e.unit_id')
      .select('e.id')
      .where('u.code', 'like', 'dinkes%')
      .executeTakeFirstOrThrow();
    expect(await getEmployeeProfile(t.db, viewers.kadisdik, other.id, ON)).toBeNull();
    expect(await getEmployeeProfile(t.db, viewers.sekda, other.id, ON)).not.toBeNull();
    expect(await getEmployeeProfile(t.db, viewers.admin, other.id, ON)).not.toBeNull();
  });

  it('moving an employee to another supervisor removes the old supervisor’s access at once', async () => {
    expect(await getEmployeeProfile(t.db, viewers.kabid, ids.staffB, ON)).not.toBeNull();
    await t.db.transaction().execute(async (trx) => {
      await trx
        .updateTable('supervisions')
        .set({ valid_to: ON })
        .where('employee_id', '=', ids.staffB)
        .where('kind', '=', 'definitive')
        .where('valid_to', 'is', null)
        .execute();
      await trx
        .insertInto('supervisions')
        .values({ employee_id: ids.staffB, supervisor_id: ids.kadisdik, kind: 'definitive', valid_from: ON })
        .execute();
    });
    expect(await getEmployeeProfile(t.db, viewers.kabid, ids.staffB, ON)).toBeNull();
    expect(await getEmployeeProfile(t.db, viewers.kadisdik, ids.staffB, ON)).not.toBeNull();
  });

  it('the agency overview is only for leadership and admins, within scope', async () => {
    expect(await getAgencyOverview(t.db, viewers.staffA, ON)).toBeNull();
    expect(await getAgencyOverview(t.db, viewers.kabid, ON)).toBeNull();
    const sekda = await getAgencyOverview(t.db, viewers.sekda, ON);
    const kadis = await getAgencyOverview(t.db, viewers.kadisdik, ON);
    expect(sekda?.scope.kind).toBe('agency');
    expect(kadis?.scope.kind).toBe('unit');
    expect(kadis!.activeEmployees).toBeLessThan(sekda!.activeEmployees);
  });
});

describe('policy: row check and list scope agree with the rules', () => {
  it('for every (viewer, employee) pair, matches an independent computation', async () => {
    const employees = await t.db.selectFrom('employees').select(['id', 'unit_id', 'agency_id']).execute();
    const units = new Map(
      (await t.db.selectFrom('units').select(['id', 'path']).execute()).map((u) => [u.id, u.path]),
    );
    const sups = await t.db
      .selectFrom('supervisions')
      .select(['employee_id', 'supervisor_id', 'kind'])
      .where('valid_from', '<=', ON)
      .where((w) => w.or([w('valid_to', 'is', null), w('valid_to', '>', ON)]))
      .execute();
    const expected = (v: Viewer, target: { id: number; unit_id: number }) => {
      if (target.id === v.employeeId) return true;
      if (v.roles.includes('admin')) return true;
      if (v.roles.includes('leadership')) {
        if (v.scopeUnitId === null) return true;
        if (units.get(target.unit_id)?.startsWith(units.get(v.scopeUnitId) ?? '?')) return true;
      }
      // The pejabat penilai: the acting line while there is one, else the definitive line.
      const penilai = (id: number | undefined) => {
        const lines = sups.filter((s) => s.employee_id === id);
        return (lines.find((s) => s.kind !== 'definitive') ?? lines[0])?.supervisor_id;
      };
      const direct = penilai(target.id);
      return direct === v.employeeId || (direct !== undefined && penilai(direct) === v.employeeId);
    };
    for (const viewer of Object.values(viewers)) {
      const listed = new Set(
        (
          await t.db.selectFrom('employees as e').select('e.id').where(visibleEmployee(viewer, ON)).execute()
        ).map((r) => r.id),
      );
      const sample = employees.filter((_, i) => i % 7 === 0 || listed.has(employees[i]!.id));
      for (const target of sample) {
        const want = expected(viewer, target);
        expect(listed.has(target.id), `list: viewer ${viewer.nip} → employee ${target.id}`).toBe(want);
        expect(
          await canViewEmployee(t.db, viewer, target.id, ON),
          `row: viewer ${viewer.nip} → ${target.id}`,
        ).toBe(want);
      }
    }
  });

  it('supervision lookups: row forms, SQL forms and an independent computation agree', async () => {
    const sups = await t.db
      .selectFrom('supervisions')
      .select(['employee_id', 'supervisor_id', 'kind'])
      .where('valid_from', '<=', ON)
      .where((w) => w.or([w('valid_to', 'is', null), w('valid_to', '>', ON)]))
      .execute();
    const penilai = (id: number | null) => {
      const lines = sups.filter((s) => s.employee_id === id);
      return (lines.find((s) => s.kind !== 'definitive') ?? lines[0])?.supervisor_id ?? null;
    };
    const employees = (await t.db.selectFrom('employees').select('id').orderBy('id').execute()).map(
      (e) => e.id,
    );
    const sample = employees.filter((id, i) => i % 5 === 0 || Object.values(ids).includes(id));
    for (const viewerId of Object.values(ids)) {
      const supervised = await subordinatesOf(t.db, viewerId, ON);
      expect(supervised, `subordinates of ${viewerId}`).toEqual(
        employees.filter((id) => penilai(id) === viewerId),
      );
      const underViewer = new Set(
        (
          await t.db.selectFrom('employees as e').select('e.id').where(underAtasan(viewerId, ON)).execute()
        ).map((r) => r.id),
      );
      const supervisedSql = new Set(
        (
          await t.db.selectFrom('employees as e').select('e.id').where(supervisedBy(viewerId, ON)).execute()
        ).map((r) => r.id),
      );
      expect([...supervisedSql].sort((a, b) => a - b)).toEqual(supervised);
      for (const id of sample) {
        const atasan = penilai(penilai(id));
        expect(await supervises(t.db, viewerId, id, ON), `supervises ${viewerId} → ${id}`).toBe(
          penilai(id) === viewerId,
        );
        expect(await isAtasanOf(t.db, viewerId, id, ON), `atasan ${viewerId} → ${id}`).toBe(
          atasan === viewerId,
        );
        expect(underViewer.has(id), `atasan list ${viewerId} → ${id}`).toBe(atasan === viewerId);
      }
    }
    for (const id of sample) {
      expect(await pejabatPenilaiOf(t.db, id, ON)).toBe(penilai(id));
      expect(await atasanPejabatPenilaiOf(t.db, id, ON)).toBe(penilai(penilai(id)));
    }
  });
});
