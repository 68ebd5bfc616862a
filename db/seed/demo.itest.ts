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

describe('seedDemoAgency: SKPs', () => {
  const YEAR = Number(TODAY.slice(0, 4));

  /** Every active employee with their current definitive supervisor and this year's SKP, if any. */
  const people = async (t: TestDatabase) => {
    const { rows } = await sql<{
      id: number;
      nip: string;
      post: string;
      opd: number;
      supervisor: number | null;
      skp: number | null;
      status: string | null;
    }>`
      SELECT e.id, e.nip, p.kind AS post, split_part(u.path, '/', 2)::int AS opd,
             s.supervisor_id AS supervisor, k.id AS skp, k.status
      FROM employees e
      JOIN positions p ON p.id = e.position_id
      JOIN units u ON u.id = e.unit_id
      LEFT JOIN supervisions s ON s.employee_id = e.id AND s.kind = 'definitive'
        AND s.valid_from <= ${TODAY} AND (s.valid_to IS NULL OR s.valid_to > ${TODAY})
      LEFT JOIN skps k ON k.employee_id = e.id AND k.year = ${YEAR}
      WHERE e.active`.execute(t.db);
    return rows;
  };

  it('gives all seven demo accounts an approved SKP whose utama RHK all have indicators', async () => {
    const { rows } = await sql<{ nip: string; status: string; utama: number; bare: number }>`
      SELECT e.nip, k.status,
             count(r.id) FILTER (WHERE r.kind = 'utama')::int AS utama,
             count(r.id) FILTER (WHERE r.kind = 'utama'
               AND NOT EXISTS (SELECT 1 FROM skp_indicators i WHERE i.rhk_id = r.id))::int AS bare
      FROM employees e
      JOIN skps k ON k.employee_id = e.id AND k.year = ${YEAR}
      LEFT JOIN skp_rhks r ON r.skp_id = k.id
      WHERE e.nip IN (${sql.join(DEMO_ACCOUNTS.map((a) => a.nip))})
      GROUP BY e.nip, k.status`.execute(main.db);
    expect(rows.map((r) => r.nip).sort()).toEqual(DEMO_ACCOUNTS.map((a) => a.nip).sort());
    for (const r of rows) {
      expect(r.status, r.nip).toBe('approved');
      expect(r.utama, r.nip).toBeGreaterThanOrEqual(1);
      expect(r.bare, r.nip).toBe(0);
    }
  });

  it('cascades every non-JPT utama RHK of a submitted or approved SKP from the current supervisor', async () => {
    const byId = new Map((await people(main)).map((p) => [p.id, p]));
    const { rows } = await sql<{ employee: number; status: string; parent_skp: number | null; post: string }>`
      SELECT k.employee_id AS employee, k.status, pr.skp_id AS parent_skp, p.kind AS post
      FROM skp_rhks r
      JOIN skps k ON k.id = r.skp_id
      JOIN employees e ON e.id = k.employee_id
      JOIN positions p ON p.id = e.position_id
      LEFT JOIN skp_rhks pr ON pr.id = r.parent_rhk_id
      WHERE r.kind = 'utama' AND k.status IN ('submitted', 'approved') AND p.kind NOT LIKE 'jpt%'`.execute(
      main.db,
    );
    expect(rows.length).toBeGreaterThan(100);
    for (const r of rows) {
      const supervisor = byId.get(byId.get(r.employee)?.supervisor ?? -1);
      expect(supervisor?.skp, `employee ${r.employee}`).toBeDefined();
      expect(r.parent_skp, `employee ${r.employee}`).toBe(supervisor?.skp);
    }
  });

  it('derives every JPT utama RHK from a Perjanjian Kinerja goal of their own OPD', async () => {
    const { rows } = await sql<{ nip: string; opd: number; goal_unit: number | null; parent: number | null }>`
      SELECT e.nip, split_part(u.path, '/', 2)::int AS opd, g.unit_id AS goal_unit, r.parent_rhk_id AS parent
      FROM skp_rhks r
      JOIN skps k ON k.id = r.skp_id
      JOIN employees e ON e.id = k.employee_id
      JOIN positions p ON p.id = e.position_id
      JOIN units u ON u.id = e.unit_id
      LEFT JOIN unit_goals g ON g.id = r.unit_goal_id
      WHERE r.kind = 'utama' AND p.kind LIKE 'jpt%'`.execute(main.db);
    expect(rows.length).toBeGreaterThan(20);
    for (const r of rows) {
      expect(r.goal_unit, r.nip).toBe(r.opd);
      expect(r.parent, r.nip).toBeNull();
    }
    const sekda = await sql<{ code: string }>`
      SELECT DISTINCT gu.code FROM skp_rhks r JOIN skps k ON k.id = r.skp_id
      JOIN employees e ON e.id = k.employee_id JOIN unit_goals g ON g.id = r.unit_goal_id
      JOIN units gu ON gu.id = g.unit_id WHERE e.nip = ${SEKDA}`.execute(main.db);
    expect(sekda.rows).toEqual([{ code: 'setda' }]);
    const goals = await sql<{ n: number }>`
      SELECT count(g.id)::int AS n FROM units u LEFT JOIN unit_goals g ON g.unit_id = u.id AND g.year = ${YEAR}
      WHERE u.parent_id IS NULL GROUP BY u.id`.execute(main.db);
    for (const g of goals.rows) expect([3, 4]).toContain(g.n);
  });

  it('submits or approves nobody whose supervisor has no approved SKP', async () => {
    const all = await people(main);
    const byId = new Map(all.map((p) => [p.id, p]));
    for (const p of all) {
      if (p.status !== 'submitted' && p.status !== 'approved' && p.status !== 'returned') continue;
      if (p.nip === SEKDA) continue;
      expect(byId.get(p.supervisor ?? -1)?.status, p.nip).toBe('approved');
    }
  });

  it('freezes exactly one revision per approved SKP, as approved', async () => {
    const { rows } = await sql<{
      status: string;
      revisions: number;
      decided_by: number | null;
      approved_by: number | null;
      same_time: boolean | null;
      same_rhks: boolean | null;
    }>`
      SELECT k.status, count(v.id)::int AS revisions, k.decided_by, min(v.approved_by) AS approved_by,
             bool_and(v.approved_at = k.decided_at AND v.approved_late = k.approved_late) AS same_time,
             bool_and(jsonb_array_length(v.content->'rhks') =
               (SELECT count(*) FROM skp_rhks r WHERE r.skp_id = k.id)) AS same_rhks
      FROM skps k LEFT JOIN skp_revisions v ON v.skp_id = k.id
      GROUP BY k.id`.execute(main.db);
    for (const r of rows) {
      expect(r.revisions).toBe(r.status === 'approved' ? 1 : 0);
      if (r.status !== 'approved') continue;
      expect(r.approved_by).toBe(r.decided_by);
      expect(r.same_time).toBe(true);
      expect(r.same_rhks).toBe(true);
    }
  });

  it('mixes the statuses roughly as planned, and gives returned SKPs a comment', async () => {
    const all = await people(main);
    const share = (status: string | null) => all.filter((p) => p.status === status).length / all.length;
    expect(share('approved')).toBeGreaterThan(0.5);
    expect(share('approved')).toBeLessThan(0.9);
    for (const status of ['submitted', 'draft', 'returned', null]) {
      expect(share(status), String(status)).toBeGreaterThan(0);
      expect(share(status), String(status)).toBeLessThan(0.2);
    }
    const returned = await main.db
      .selectFrom('skps')
      .select(['return_comment', 'decided_by', 'submitted_at', 'decided_at'])
      .where('status', '=', 'returned')
      .execute();
    for (const r of returned) {
      expect(r.return_comment).toMatch(/RHK \d/);
      expect(r.decided_by).not.toBeNull();
      expect(r.decided_at!.getTime()).toBeGreaterThan(r.submitted_at!.getTime());
    }
  });

  it('marks an approval late exactly when it falls after 31 January (WIB)', async () => {
    const { rows } = await sql<{ late: boolean; after: boolean }>`
      SELECT approved_late AS late,
             (decided_at AT TIME ZONE 'Asia/Jakarta')::date > make_date(${YEAR}, 1, 31) AS after
      FROM skps WHERE status = 'approved'`.execute(main.db);
    expect(rows.length).toBeGreaterThan(100);
    for (const r of rows) expect(r.late).toBe(r.after);
    const late = rows.filter((r) => r.late).length / rows.length;
    expect(late).toBeGreaterThan(0.02);
    expect(late).toBeLessThan(0.35);
  });

  it('produces the same SKPs in the second fresh database', async () => {
    const skps = (t: TestDatabase) =>
      sql<{ nip: string; status: string; texts: string }>`
        SELECT e.nip, k.status, string_agg(r.text, ' | ' ORDER BY r.position) AS texts
        FROM skps k JOIN employees e ON e.id = k.employee_id JOIN skp_rhks r ON r.skp_id = k.id
        GROUP BY e.nip, k.status ORDER BY e.nip`
        .execute(t.db)
        .then((r) => r.rows);
    expect(await skps(second)).toEqual(await skps(main));
  });
});
