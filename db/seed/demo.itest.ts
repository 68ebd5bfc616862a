import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@/db/testing';
import { parseNip } from '@/lib/domain/nip';
import { comparePangkat, isPangkatCode } from '@/lib/domain/pangkat';
import { DEMO_ACCOUNTS, isSeeded, seedDemoAgency } from './demo';

// A fixed day keeps "current" rows and NIP date checks stable whenever the suite runs.
const TODAY = '2026-11-28';
const SEED = { employees: 300, passwordHash: 'not-a-real-hash', today: TODAY } as const;
const SEKDA = '196805121994031002';
const KABID = '197811052005011003';
const PEERS = ['199004172015032002', '199208232019031004', '199105252023211031'];
const EXPECTED: Record<string, { kind: 'PNS' | 'PPPK'; roles: string[]; unit: string; head: boolean }> = {
  '198503152010011001': { kind: 'PNS', roles: ['admin'], unit: 'bkpsdm.kinerja', head: false },
  [SEKDA]: { kind: 'PNS', roles: ['leadership'], unit: 'setda', head: true },
  '197002201996032001': { kind: 'PNS', roles: ['leadership'], unit: 'disdikbud', head: true },
  [KABID]: { kind: 'PNS', roles: [], unit: 'disdikbud.sd', head: true },
  '199004172015032002': { kind: 'PNS', roles: [], unit: 'disdikbud.sd', head: false },
  '199208232019031004': { kind: 'PNS', roles: [], unit: 'disdikbud.sd', head: false },
  '199105252023211031': { kind: 'PPPK', roles: [], unit: 'disdikbud.sd', head: false },
};

let main: TestDatabase;
let second: TestDatabase;

const currentDefinitive = (t: TestDatabase) =>
  t.db
    .selectFrom('supervisions')
    .select(['employee_id', 'supervisor_id'])
    .where('kind', '=', 'definitive')
    .where('valid_from', '<=', TODAY)
    .where((eb) => eb.or([eb('valid_to', 'is', null), eb('valid_to', '>', TODAY)]))
    .execute();

const roster = (t: TestDatabase) =>
  t.db
    .selectFrom('employees as e')
    .innerJoin('units as u', 'u.id', 'e.unit_id')
    .select(['e.nip', 'e.name', 'u.code'])
    .orderBy('e.nip')
    .execute();

const idOf = async (t: TestDatabase, nip: string): Promise<number> =>
  (await t.db.selectFrom('employees').select('id').where('nip', '=', nip).executeTakeFirstOrThrow()).id;

beforeAll(async () => {
  main = await createTestDatabase();
  await seedDemoAgency(main.db, SEED);
});

afterAll(async () => {
  await main?.drop();
  await second?.drop();
});

describe('seedDemoAgency', () => {
  it('creates the requested number of employees, each with a user', async () => {
    expect(await isSeeded(main.db)).toBe(true);
    const counts = await main.db
      .selectFrom('employees')
      .select((eb) => [
        eb.fn.countAll<number>().as('all'),
        eb.fn.count<number>('id').filterWhere('kind', '=', 'PPPK').as('pppk'),
        eb.fn.count<number>('id').filterWhere('active', '=', false).as('inactive'),
      ])
      .executeTakeFirstOrThrow();
    expect(Number(counts.all)).toBe(300);
    expect(Number(counts.inactive)).toBe(3);
    expect(Number(counts.pppk) / 300).toBeGreaterThan(0.08);
    expect(Number(counts.pppk) / 300).toBeLessThan(0.22);
    const users = await main.db
      .selectFrom('users')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(users.n)).toBe(300);
  });

  it('has the demo accounts with their kinds, roles and places', async () => {
    expect(DEMO_ACCOUNTS.map((a) => a.nip).sort()).toEqual(Object.keys(EXPECTED).sort());
    const rows = await main.db
      .selectFrom('employees as e')
      .innerJoin('users as us', 'us.employee_id', 'e.id')
      .innerJoin('units as u', 'u.id', 'e.unit_id')
      .innerJoin('positions as p', 'p.id', 'e.position_id')
      .select(['e.nip', 'e.kind', 'e.active', 'us.roles', 'u.code', 'p.is_unit_head'])
      .where('e.nip', 'in', Object.keys(EXPECTED))
      .execute();
    expect(rows).toHaveLength(7);
    for (const row of rows) {
      const want = EXPECTED[row.nip];
      expect({
        nip: row.nip,
        kind: row.kind,
        roles: row.roles,
        unit: row.code,
        head: row.is_unit_head,
      }).toEqual({
        nip: row.nip,
        kind: want?.kind,
        roles: want?.roles,
        unit: want?.unit,
        head: want?.head,
      });
      expect(row.active).toBe(true);
    }
  });

  it('derives birth date, gender and TMT from every NIP', async () => {
    const rows = await main.db
      .selectFrom('employees')
      .select(['nip', 'kind', 'birth_date', 'gender', 'tmt'])
      .execute();
    for (const e of rows) {
      const parsed = parseNip(e.nip, e.kind as 'PNS' | 'PPPK', new Date(`${TODAY}T00:00:00Z`));
      expect(parsed.ok, `${e.nip} (${e.kind})`).toBe(true);
      if (!parsed.ok) continue;
      const v = parsed.value;
      expect(e.birth_date).toBe(v.birthDate);
      expect(e.gender).toBe(v.gender);
      expect(e.tmt).toBe(v.kind === 'PNS' ? `${v.tmtCpns}-01` : `${v.appointmentYear}-01-01`);
    }
  });

  it('gives the Kepala Bidang exactly the three peers, plus Plt rows for the vacant bidang', async () => {
    const kabid = await idOf(main, KABID);
    const subordinates = (await currentDefinitive(main)).filter((s) => s.supervisor_id === kabid);
    const nips = await main.db
      .selectFrom('employees')
      .select('nip')
      .where(
        'id',
        'in',
        subordinates.map((s) => s.employee_id),
      )
      .execute();
    expect(nips.map((n) => n.nip).sort()).toEqual([...PEERS].sort());

    const plt = await main.db
      .selectFrom('supervisions as s')
      .innerJoin('employees as e', 'e.id', 's.employee_id')
      .innerJoin('units as u', 'u.id', 'e.unit_id')
      .select(['u.code', 's.valid_from', 's.valid_to', 's.note'])
      .where('s.kind', '=', 'plt')
      .where('s.supervisor_id', '=', kabid)
      .execute();
    expect(plt.length).toBeGreaterThanOrEqual(1);
    for (const row of plt) {
      expect(row).toEqual({
        code: 'disdikbud.kebudayaan',
        valid_from: '2026-10-01',
        valid_to: null,
        note: 'Plt Kepala Bidang Kebudayaan',
      });
    }
  });

  it('gives every active employee but the Sekda exactly one current supervisor, without cycles', async () => {
    const sekda = await idOf(main, SEKDA);
    const active = await main.db.selectFrom('employees').select('id').where('active', '=', true).execute();
    const current = await currentDefinitive(main);
    const supervisorOf = new Map<number, number>();
    const perEmployee = new Map<number, number>();
    for (const s of current) {
      supervisorOf.set(s.employee_id, s.supervisor_id);
      perEmployee.set(s.employee_id, (perEmployee.get(s.employee_id) ?? 0) + 1);
    }
    for (const { id } of active) {
      expect(perEmployee.get(id) ?? 0, `employee ${id}`).toBe(id === sekda ? 0 : 1);
      let at = id;
      for (let step = 0; step < 10 && at !== sekda; step++) at = supervisorOf.get(at) ?? -1;
      expect(at, `chain from employee ${id}`).toBe(sekda);
    }
  });

  it('keeps pangkat within the range of each jabatan', async () => {
    const rows = await main.db
      .selectFrom('employees as e')
      .innerJoin('positions as p', 'p.id', 'e.position_id')
      .select(['e.nip', 'e.kind', 'e.pangkat', 'e.pppk_golongan', 'p.kind as post'])
      .execute();
    for (const r of rows) {
      if (r.kind === 'PPPK') {
        expect(r.pangkat).toBeNull();
        expect(['fungsional', 'pelaksana']).toContain(r.post);
        continue;
      }
      const pangkat = r.pangkat ?? '';
      expect(isPangkatCode(pangkat), r.nip).toBe(true);
      if (!isPangkatCode(pangkat)) continue;
      if (r.post === 'jpt_pratama') expect(comparePangkat(pangkat, 'IV/c'), r.nip).toBeGreaterThanOrEqual(0);
      if (r.post === 'pengawas') expect(['III/c', 'III/d'], r.nip).toContain(pangkat);
    }
  });

  it('stores unit paths from the ids of the ancestors', async () => {
    const bad = await sql<{ code: string }>`
      SELECT c.code FROM units c LEFT JOIN units p ON p.id = c.parent_id
      WHERE c.path <> COALESCE(p.path, '/') || c.id || '/'`.execute(main.db);
    expect(bad.rows).toEqual([]);
  });

  it('refuses to seed the same agency twice', async () => {
    await expect(seedDemoAgency(main.db, SEED)).rejects.toThrow(/already exists/);
  });

  it('produces the same people in a second fresh database', async () => {
    second = await createTestDatabase();
    await seedDemoAgency(second.db, SEED);
    expect(await roster(second)).toEqual(await roster(main));
  });
});
