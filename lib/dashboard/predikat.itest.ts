import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NIP, viewerFor } from '@/db/test-fixtures';
import { createTestDatabase, type TestDatabase } from '@/db/testing';
import { TEST_TODAY } from '@/db/testing-global-setup';
import { setOrgResult } from '@/lib/appraisal/org-results';
import type { Viewer } from '@/lib/auth/viewer';
import { PREDIKAT } from '@/lib/domain/appraisal';
import { predikatTable } from './export';
import { parseFilters } from './params';
import { getPredikatDistribution } from './predikat';
import { getTeamDashboard } from './team';

const ON = TEST_TODAY;
let t: TestDatabase;
const v: Record<string, Viewer> = {};

/** Predikat per OPD (or per child of a unit) counted straight from the appraisals table. */
async function direct(periodId: number, parentId: number | null) {
  const { rows } = await sql<{ unit_id: number; predikat: string; n: number }>`
    SELECT k.id AS unit_id, a.predikat, count(*)::int AS n
    FROM units k JOIN units u ON u.path LIKE k.path || '%'
    JOIN employees e ON e.unit_id = u.id AND e.active
    JOIN appraisals a ON a.employee_id = e.id AND a.period_id = ${periodId} AND a.status <> 'draft'
    WHERE ${parentId === null ? sql`k.parent_id IS NULL` : sql`k.parent_id = ${parentId}`}
    GROUP BY 1, 2`.execute(t.db);
  return rows;
}

const unitOf = async (nip: string) =>
  await t.db
    .selectFrom('employees as e')
    .innerJoin('units as u', 'u.id', 'e.unit_id')
    .select(['u.id', 'u.parent_id'])
    .where('e.nip', '=', nip)
    .executeTakeFirstOrThrow();

beforeAll(async () => {
  t = await createTestDatabase({ seeded: true });
  for (const [key, nip] of Object.entries(NIP)) v[key] = await viewerFor(t.db, nip);
});

afterAll(async () => {
  await t?.drop();
});

describe('the predikat distribution on the leadership dashboard', () => {
  it('shows last quarter by default, with every OPD count equal to a direct count', async () => {
    const d = await getPredikatDistribution(t.db, v.sekda!, { unitId: null, periodId: null }, ON);
    expect(d?.period).toMatchObject({ year: 2026, kind: 'quarterly', seq: 3, open: true });
    const expected = await direct(d!.period.id, null);
    expect(expected.length).toBeGreaterThan(0);
    for (const row of d!.rows) {
      for (const p of PREDIKAT) {
        const n = expected.find((e) => e.unit_id === row.id && e.predikat === p)?.n ?? 0;
        expect(row.counts[p], `${row.name} ${p}`).toBe(n);
      }
    }
    // The seed's spread is the lenient one the pattern warns about.
    expect(d!.summary.baik / PREDIKAT.reduce((n, p) => n + d!.summary[p], 0)).toBeGreaterThan(0.7);
  });

  it('warns when a unit’s predikat do not follow the pattern of its organisational predikat', async () => {
    const d = await getPredikatDistribution(t.db, v.sekda!, { unitId: null, periodId: null }, ON);
    const unit = d!.rows.find((r) => r.total >= 5 && r.canSet)!;
    expect(unit.warnings).toEqual([]);
    await setOrgResult(t.db, v.sekda!, {
      unitId: unit.id,
      periodId: d!.period.id,
      predikat: 'butuh_perbaikan',
    });
    const after = await getPredikatDistribution(t.db, v.sekda!, { unitId: null, periodId: d!.period.id }, ON);
    const row = after!.rows.find((r) => r.id === unit.id)!;
    expect(row.org?.predikat).toBe('butuh_perbaikan');
    expect(row.warnings.map((w) => `${w.kind}:${w.of.join('+')}`)).toContain('atLeast:butuh_perbaikan');
    const audit = await t.db
      .selectFrom('audit_log')
      .select('action')
      .where('action', '=', 'org_result.set')
      .where('entity_id', '=', String(unit.id))
      .execute();
    expect(audit).toHaveLength(1);
  });

  it('keeps a Kepala OPD to her OPD: another OPD is null, her own unit cannot be set by her, closed periods are read-only', async () => {
    const mine = await unitOf(NIP.kadisdik);
    const otherOpd = await t.db
      .selectFrom('units')
      .select('id')
      .where('parent_id', 'is', null)
      .where('id', '<>', mine.id)
      .executeTakeFirstOrThrow();
    expect(
      await getPredikatDistribution(t.db, v.kadisdik!, { unitId: otherOpd.id, periodId: null }, ON),
    ).toBeNull();
    const d = await getPredikatDistribution(t.db, v.kadisdik!, { unitId: null, periodId: null }, ON);
    const own = d!.rows.find((r) => r.own)!;
    expect(own.id).toBe(mine.id);
    expect(own.canSet).toBe(false);
    expect(d!.rows.filter((r) => !r.own).every((r) => r.canSet)).toBe(true);
    const children = await direct(d!.period.id, mine.id);
    const shown = d!.rows.filter((r) => !r.own).reduce((n, r) => n + r.total, 0);
    expect(shown).toBe(children.reduce((n, r) => n + r.n, 0));
    await expect(
      setOrgResult(t.db, v.kadisdik!, { unitId: otherOpd.id, periodId: d!.period.id, predikat: 'baik' }),
    ).rejects.toMatchObject({ messageKey: 'errors.notFound' });
    const closed = d!.periods.find((p) => !p.open)!;
    const old = await getPredikatDistribution(t.db, v.kadisdik!, { unitId: null, periodId: closed.id }, ON);
    expect(old!.rows.every((r) => !r.canSet)).toBe(true);
    // The export holds exactly the rows she may see.
    const table = predikatTable(d!.rows, (k) => k, 'Q3');
    expect(table.rows.map((r) => r[1])).toEqual(d!.rows.map((r) => (r.own ? 'dashboard.units.own' : r.name)));
    expect(await getPredikatDistribution(t.db, v.staffA!, { unitId: null, periodId: null }, ON)).toBeNull();
  });
});

describe('the team dashboard', () => {
  it('shows each subordinate’s latest given predikat and the 360° round with the supervisor’s own request', async () => {
    const d = await getTeamDashboard(t.db, v.kabid!, parseFilters({}, ON)!, ON, { all: true });
    const staffA = d.rows.find((r) => r.id === v.staffA!.employeeId)!;
    const { rows } = await sql<{ predikat: string; year: number; kind: string }>`
      SELECT a.predikat, p.year, p.kind FROM appraisals a JOIN periods p ON p.id = a.period_id
      WHERE a.employee_id = ${staffA.id} AND a.status <> 'draft' ORDER BY p.ends_on DESC, (p.kind = 'annual') DESC LIMIT 1`.execute(
      t.db,
    );
    expect(staffA.latestPredikat).toMatchObject({
      predikat: rows[0]!.predikat,
      period: { year: rows[0]!.year, kind: rows[0]!.kind },
    });
    const mine = await t.db
      .selectFrom('feedback_requests as r')
      .innerJoin('feedback_rounds as o', 'o.id', 'r.round_id')
      .select(['r.id', 'r.status'])
      .where('o.status', '=', 'open')
      .where('r.ratee_id', '=', staffA.id)
      .where('r.rater_id', '=', v.kabid!.employeeId)
      .executeTakeFirstOrThrow();
    expect(staffA.feedback).toMatchObject({
      roundStatus: 'open',
      mine: { requestId: mine.id, status: mine.status },
    });
    // Nothing about other raters travels with the row.
    expect(Object.keys(staffA.feedback!).sort()).toEqual(['deadline', 'mine', 'roundId', 'roundStatus']);
  });
});
