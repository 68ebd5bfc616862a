import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '@/db/testing';
import { parseNip } from '@/lib/domain/nip';
import { comparePangkat, isPangkatCode } from '@/lib/domain/pangkat';
import { DEMO_ACCOUNTS, isSeeded, seedDemoAgency } from './demo';
import { HOLIDAYS_BY_YEAR } from './holidays';

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
  await seedDemoAgency(main.ownerDb, SEED);
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
    await expect(seedDemoAgency(main.ownerDb, SEED)).rejects.toThrow(/already exists/);
  });

  // A whole second seed (reports, feedback, appraisals, rollups): slow on a loaded machine, so it gets room.
  it('produces the same people in a second fresh database', { timeout: 120_000 }, async () => {
    second = await createTestDatabase();
    await seedDemoAgency(second.ownerDb, SEED);
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
      WHERE r.kind = 'utama' AND k.status IN ('submitted', 'approved') AND p.kind NOT LIKE 'jpt%'
        AND k.year = ${YEAR}`.execute(main.db);
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
      WHERE r.kind = 'utama' AND p.kind LIKE 'jpt%' AND k.year = ${YEAR}`.execute(main.db);
    expect(rows.length).toBeGreaterThan(20);
    for (const r of rows) {
      expect(r.goal_unit, r.nip).toBe(r.opd);
      expect(r.parent, r.nip).toBeNull();
    }
    const sekda = await sql<{ code: string }>`
      SELECT DISTINCT gu.code FROM skp_rhks r JOIN skps k ON k.id = r.skp_id
      JOIN employees e ON e.id = k.employee_id JOIN unit_goals g ON g.id = r.unit_goal_id
      JOIN units gu ON gu.id = g.unit_id WHERE e.nip = ${SEKDA} AND k.year = ${YEAR}`.execute(main.db);
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
      WHERE k.year = ${YEAR}
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

describe('seedDemoAgency: daily reports', () => {
  const YEAR = Number(TODAY.slice(0, 4));
  const TWO_WEEKS_AGO = '2026-11-14';

  /** Working days of the year up to TODAY (Mon–Fri, not a seeded holiday), as the seed counts them. */
  const workingDays = async (t: TestDatabase) => {
    const { rows } = await sql<{ n: number }>`
      SELECT count(*)::int AS n FROM generate_series(make_date(${YEAR}, 1, 2), ${TODAY}::date, '1 day') AS d
      WHERE extract(isodow FROM d) < 6 AND d::date NOT IN (SELECT date FROM holidays)`.execute(t.db);
    return rows[0]?.n ?? 0;
  };

  it('seeds the national holidays and cuti bersama of this year and the last', async () => {
    const rows = await main.db.selectFrom('holidays').select(['date', 'kind', 'name']).execute();
    const byDate = new Map(rows.map((r) => [r.date, r]));
    expect(rows).toHaveLength(
      (HOLIDAYS_BY_YEAR[YEAR]?.length ?? 0) + (HOLIDAYS_BY_YEAR[YEAR - 1]?.length ?? 0),
    );
    expect(byDate.get(`${YEAR}-08-17`)?.kind).toBe('national');
    expect(byDate.get(`${YEAR - 1}-08-17`)?.kind).toBe('national');
    expect(byDate.get(`${YEAR}-12-25`)?.name).toMatch(/Natal/);
    expect(byDate.get('2026-03-23')?.kind).toBe('cuti_bersama');
    expect(byDate.get('2026-03-21')?.name).toMatch(/Idulfitri 1447/);
  });

  it('links every report to an indicator of its own approved SKP of the year, in its unit', async () => {
    const { rows } = await sql<{ all: number; bad: number }>`
      SELECT count(*)::int AS all,
             count(*) FILTER (WHERE NOT (k.id = d.skp_id AND k.employee_id = d.employee_id
               AND k.status = 'approved' AND k.year = ${YEAR} AND d.unit = i.target_unit))::int AS bad
      FROM daily_reports d
      JOIN skp_indicators i ON i.id = d.indicator_id
      JOIN skp_rhks r ON r.id = i.rhk_id
      JOIN skps k ON k.id = r.skp_id`.execute(main.db);
    expect(rows[0]?.all).toBeGreaterThan(50_000);
    expect(rows[0]?.bad).toBe(0);
    const { rows: missing } = await sql<{ n: number }>`
      SELECT count(*)::int AS n FROM skps k JOIN employees e ON e.id = k.employee_id
      WHERE k.status = 'approved' AND k.year = ${YEAR} AND e.active
        AND NOT EXISTS (SELECT 1 FROM daily_reports d WHERE d.employee_id = e.id)`.execute(main.db);
    expect(missing[0]?.n).toBe(0);
  });

  it('reports only on working days, from 2 January up to today', async () => {
    const { rows } = await sql<{ n: number }>`
      SELECT count(*)::int AS n FROM daily_reports d
      WHERE extract(isodow FROM d.report_date) > 5
         OR d.report_date IN (SELECT date FROM holidays)
         OR d.report_date > ${TODAY} OR d.report_date < make_date(${YEAR}, 1, 2)`.execute(main.db);
    expect(rows[0]?.n).toBe(0);
  });

  it('keeps each day in office hours, without overlaps, and minutes equal to end minus start', async () => {
    const { rows } = await sql<{ bad_minutes: number; outside: number; short: number }>`
      SELECT count(*) FILTER (WHERE minutes * 60 <> extract(epoch FROM end_time - start_time))::int AS bad_minutes,
             count(*) FILTER (WHERE start_time < '07:30' OR end_time > '16:00')::int AS outside,
             count(*) FILTER (WHERE minutes < 30 OR minutes > 240)::int AS short
      FROM daily_reports`.execute(main.db);
    expect(rows[0]).toEqual({ bad_minutes: 0, outside: 0, short: 0 });
    const overlaps = await sql<{ n: number }>`
      SELECT count(*)::int AS n FROM daily_reports a JOIN daily_reports b
        ON b.employee_id = a.employee_id AND b.report_date = a.report_date AND b.id > a.id
       AND b.start_time < a.end_time AND a.start_time < b.end_time
      WHERE a.status <> 'rejected' AND b.status <> 'rejected'`.execute(main.db);
    expect(overlaps.rows[0]?.n).toBe(0);
    const days = await sql<{ share: number }>`
      SELECT avg((total BETWEEN 210 AND 420)::int)::float AS share
      FROM (SELECT sum(minutes) AS total FROM daily_reports WHERE report_date < ${TODAY}
            GROUP BY employee_id, report_date) t`.execute(main.db);
    expect(days.rows[0]?.share).toBeGreaterThan(0.8);
  });

  it('gives the demo staff approved days and a queue of pending reports for their Kepala Bidang', async () => {
    const days = await workingDays(main);
    for (const nip of PEERS) {
      const { rows } = await sql<{ approved_days: number; pending_recent: number }>`
        SELECT count(DISTINCT d.report_date) FILTER (WHERE d.status = 'approved')::int AS approved_days,
               count(*) FILTER (WHERE d.status = 'pending' AND d.report_date >= ${TODAY}::date - 7)::int AS pending_recent
        FROM daily_reports d JOIN employees e ON e.id = d.employee_id WHERE e.nip = ${nip}`.execute(main.db);
      expect(rows[0]?.pending_recent, nip).toBeGreaterThanOrEqual(3);
      expect(rows[0]?.approved_days ?? 0, nip).toBeGreaterThan(days * 0.7);
    }
    const kabid = await idOf(main, KABID);
    const staff = (await currentDefinitive(main))
      .filter((s) => s.supervisor_id === kabid)
      .map((s) => s.employee_id);
    const queue = await main.db
      .selectFrom('daily_reports')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('status', '=', 'pending')
      .where('employee_id', 'in', staff)
      .executeTakeFirstOrThrow();
    expect(Number(queue.n)).toBeGreaterThanOrEqual(9);
  });

  it('approves most reports older than two weeks; the last days wait for review', async () => {
    const { rows } = await sql<{ old: string; status: string; n: number }>`
      SELECT (report_date < ${TWO_WEEKS_AGO}) AS old, status, count(*)::int AS n
      FROM daily_reports GROUP BY 1, 2`.execute(main.db);
    const share = (old: boolean, status: string) => {
      const all = rows.filter((r) => Boolean(r.old) === old).reduce((s, r) => s + r.n, 0);
      return (rows.find((r) => Boolean(r.old) === old && r.status === status)?.n ?? 0) / all;
    };
    expect(share(true, 'approved')).toBeGreaterThan(0.8);
    expect(share(true, 'returned')).toBeGreaterThan(0.01);
    expect(share(true, 'rejected')).toBeGreaterThan(0.001);
    expect(share(false, 'pending')).toBeGreaterThan(0.3);
    const lastDays = await sql<{ share: number }>`
      SELECT avg((status = 'pending')::int)::float AS share FROM daily_reports
      WHERE report_date >= ${TODAY}::date - 4`.execute(main.db);
    expect(lastDays.rows[0]?.share).toBeGreaterThan(0.6);
  });

  it('records each review by the supervisor (or the Plt), after the report was entered', async () => {
    const { rows } = await sql<{
      unreviewed: number;
      by_other: number;
      early: number;
      weekend: number;
      no_comment: number;
    }>`
      SELECT count(*) FILTER (WHERE d.status <> 'pending' AND (d.reviewed_by IS NULL OR d.reviewed_at IS NULL))::int AS unreviewed,
             count(*) FILTER (WHERE d.status <> 'pending' AND d.reviewed_by <> d.employee_id AND NOT EXISTS (
               SELECT 1 FROM supervisions s WHERE s.employee_id = d.employee_id AND s.supervisor_id = d.reviewed_by
                 AND s.valid_from <= d.report_date AND (s.valid_to IS NULL OR s.valid_to > ${TODAY})))::int AS by_other,
             count(*) FILTER (WHERE d.reviewed_at < d.created_at OR d.reviewed_at >= ${TODAY}::timestamp AT TIME ZONE 'Asia/Jakarta')::int AS early,
             count(*) FILTER (WHERE extract(isodow FROM d.reviewed_at AT TIME ZONE 'Asia/Jakarta') > 5)::int AS weekend,
             count(*) FILTER (WHERE d.status IN ('returned', 'rejected') AND d.review_comment IS NULL)::int AS no_comment
      FROM daily_reports d`.execute(main.db);
    expect(rows[0]).toEqual({ unreviewed: 0, by_other: 0, early: 0, weekend: 0, no_comment: 0 });
    const pending = await main.db
      .selectFrom('daily_reports')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('status', '=', 'pending')
      .where((eb) => eb.or([eb('reviewed_by', 'is not', null), eb('reviewed_at', 'is not', null)]))
      .executeTakeFirstOrThrow();
    expect(Number(pending.n)).toBe(0);
  });

  it('lets a few employees (never a demo account) report only now and then', async () => {
    const days = await workingDays(main);
    const { rows } = await sql<{ nip: string; days: number; since: string }>`
      SELECT e.nip, count(DISTINCT d.report_date)::int AS days, min(d.report_date)::text AS since
      FROM daily_reports d JOIN employees e ON e.id = d.employee_id GROUP BY e.nip`.execute(main.db);
    const rare = rows.filter((r) => r.since < '2026-02-01' && r.days < days * 0.4);
    expect(rare.length).toBeGreaterThanOrEqual(2);
    expect(rare.length / rows.length).toBeLessThan(0.12);
    for (const r of rare) expect(DEMO_ACCOUNTS.map((a) => a.nip)).not.toContain(r.nip);
  });

  it('keeps the realisation of the countable indicators plausible for late November', async () => {
    const { rows } = await sql<{ ratio: number }>`
      SELECT coalesce(sum(d.quantity) FILTER (WHERE d.status = 'approved'), 0) / i.target_value AS ratio
      FROM skp_indicators i JOIN daily_reports d ON d.indicator_id = i.id
      WHERE i.aspek = 'kuantitas' AND i.target_value >= 10
      GROUP BY i.id`.execute(main.db);
    const ratios = rows.map((r) => Number(r.ratio)).sort((a, b) => a - b);
    expect(ratios.length).toBeGreaterThan(100);
    const median = ratios[Math.floor(ratios.length / 2)] ?? 0;
    expect(median).toBeGreaterThan(0.7);
    expect(median).toBeLessThan(1);
    expect(ratios.filter((r) => r > 1.1).length / ratios.length).toBeLessThan(0.05);
  });

  it('writes Indonesian activities, valid idempotency keys and now and then an evidence link', async () => {
    const { rows } = await sql<{ all: number; keys: number; bad_keys: number; links: number; lower: number }>`
      SELECT count(*)::int AS all, count(DISTINCT (employee_id, idempotency_key))::int AS keys,
             count(*) FILTER (WHERE idempotency_key::text !~ '^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$')::int AS bad_keys,
             count(evidence_link)::int AS links,
             count(*) FILTER (WHERE activity !~ '^[A-Z]' OR activity ~ '[{}]')::int AS lower
      FROM daily_reports`.execute(main.db);
    const r = rows[0];
    expect(r?.keys).toBe(r?.all);
    expect(r?.bad_keys).toBe(0);
    expect(r?.lower).toBe(0);
    expect((r?.links ?? 0) / (r?.all ?? 1)).toBeGreaterThan(0.02);
    expect((r?.links ?? 0) / (r?.all ?? 1)).toBeLessThan(0.3);
    const supervision = await sql<{ activity: string }>`
      SELECT d.activity FROM daily_reports d JOIN employees e ON e.id = d.employee_id
      JOIN skp_indicators i ON i.id = d.indicator_id
      WHERE e.nip = ${KABID} AND i.text = 'Jumlah SD negeri yang disupervisi' LIMIT 20`.execute(main.db);
    expect(supervision.rows.some((s) => /supervisi ke SD Negeri \d+ Pariaman/.test(s.activity))).toBe(true);
  });

  it('produces the same reports in the second fresh database', async () => {
    const digest = (t: TestDatabase) =>
      sql<{ n: number; digest: string }>`
        SELECT count(*)::int AS n, md5(string_agg(concat_ws('|', e.nip, d.report_date, d.start_time, d.end_time,
          d.activity, d.quantity, d.status, d.idempotency_key), ',' ORDER BY e.nip, d.report_date, d.start_time)) AS digest
        FROM daily_reports d JOIN employees e ON e.id = d.employee_id`
        .execute(t.db)
        .then((r) => r.rows[0]);
    expect(await digest(second)).toEqual(await digest(main));
  });
});
