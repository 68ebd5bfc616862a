import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { NIP, viewerFor } from '@/db/test-fixtures';
import { createTestDatabase, type TestDatabase } from '@/db/testing';
import { TEST_TODAY } from '@/db/testing-global-setup';
import { moveEmployee } from '@/lib/admin/org/employees/mutations';
import { setOrgResult } from '@/lib/appraisal/org-results';
import type { Viewer } from '@/lib/auth/viewer';
import { addDays } from '@/lib/domain/dashboard';
import { fileReport, reviewReports } from '@/lib/reports/mutations';
import { parseFilters } from './params';

/**
 * The overview's figures are cached in each process and keyed by a version that writes bump in PostgreSQL.
 * Two copies of the dashboard modules stand for two workers (or two instances): each has its own cache,
 * both have read before the write, and both must show it afterwards — without being told.
 */
const ON = TEST_TODAY;
let t: TestDatabase;
const v: Record<string, Viewer> = {};
type Modules = { agency: typeof import('./agency'); predikat: typeof import('./predikat') };
const workers: Modules[] = [];

async function freshWorker(): Promise<Modules> {
  vi.resetModules();
  return { agency: await import('./agency'), predikat: await import('./predikat') };
}

const filters = (raw: Record<string, string> = {}) => {
  const f = parseFilters(raw, ON);
  if (!f) throw new Error('bad filters');
  return f;
};

/** The dashboard as each worker shows it to the Sekda (each read twice, so the second comes from its cache). */
async function readAll(raw: Record<string, string> = {}) {
  const out = [];
  for (const w of workers) {
    await w.agency.getAgencyDashboard(t.db, v.sekda!, filters(raw), ON);
    const d = await w.agency.getAgencyDashboard(t.db, v.sekda!, filters(raw), ON);
    if (!d) throw new Error('no dashboard');
    out.push(d);
  }
  return out;
}

async function predikatAll() {
  const out = [];
  for (const w of workers) {
    await w.predikat.getPredikatDistribution(t.db, v.sekda!, { unitId: null, periodId: null }, ON);
    const d = await w.predikat.getPredikatDistribution(t.db, v.sekda!, { unitId: null, periodId: null }, ON);
    if (!d) throw new Error('no distribution');
    out.push(d);
  }
  return out;
}

const unitOf = (employeeId: number) =>
  t.db
    .selectFrom('employees as e')
    .innerJoin('units as u', 'u.id', 'e.unit_id')
    .select(['u.id', 'u.parent_id', 'u.path', 'e.version'])
    .where('e.id', '=', employeeId)
    .executeTakeFirstOrThrow();

/** The OPD (top-level unit) a unit path belongs to. */
const opdOf = (path: string) => Number(path.split('/').filter(Boolean)[0]);

beforeAll(async () => {
  t = await createTestDatabase({ seeded: true });
  for (const [key, nip] of Object.entries(NIP)) v[key] = await viewerFor(t.db, nip);
  workers.push(await freshWorker(), await freshWorker());
});
afterAll(() => t?.drop());

describe('cached overview figures across workers', () => {
  it('shows a filed report, then its validation, in every worker that had cached the figures', async () => {
    const staff = v.staffA!;
    const opd = opdOf((await unitOf(staff.employeeId)).path);
    const before = await readAll();
    const pendingOf = (d: (typeof before)[number]) => d.summary.pending;
    expect(new Set(before.map(pendingOf)).size).toBe(1);

    const indicator = await t.db
      .selectFrom('skp_indicators as i')
      .innerJoin('skp_rhks as r', 'r.id', 'i.rhk_id')
      .innerJoin('skps as k', 'k.id', 'r.skp_id')
      .select('i.id')
      .where('k.employee_id', '=', staff.employeeId)
      .where('k.year', '=', 2026)
      .where('k.status', '=', 'approved')
      .executeTakeFirstOrThrow();
    // The Friday before ON (a Saturday), a working day within the backdating window.
    const id = await fileReport(
      t.db,
      staff,
      {
        idempotencyKey: randomUUID(),
        reportDate: addDays(ON, -1),
        indicatorId: indicator.id,
        activity: 'Menyusun rekap kehadiran mingguan',
        quantity: '1',
        unit: 'Dokumen',
        startTime: '19:00',
        endTime: '19:30',
        evidenceLink: '',
      },
      [],
      ON,
    );
    const filed = await readAll();
    for (const [i, d] of filed.entries()) {
      expect(pendingOf(d), `worker ${i}`).toBe(pendingOf(before[0]!) + 1);
    }

    await reviewReports(t.db, v.kabid!, [{ id, version: 1 }], 'approve', undefined, ON);
    const validated = await readAll();
    for (const [i, d] of validated.entries()) {
      expect(pendingOf(d), `worker ${i}`).toBe(pendingOf(before[0]!));
      const row = d.units.find((u) => u.id === opd)!;
      expect(row.realisation, `worker ${i}`).not.toBeNull();
    }
    // The worker's figures equal those of a worker that never cached anything.
    const [cold] = await (async () => {
      const w = await freshWorker();
      return [await w.agency.getAgencyDashboard(t.db, v.sekda!, filters(), ON)];
    })();
    expect(validated[0]!.units).toEqual(cold!.units);
    expect(validated[1]!.summary).toEqual(cold!.summary);
  });

  it('shows an organisational predikat set by the Sekda in every worker', async () => {
    const before = await predikatAll();
    const unit = before[0]!.rows.find((r) => r.canSet && r.org?.predikat !== 'kurang')!;
    await setOrgResult(t.db, v.sekda!, {
      unitId: unit.id,
      periodId: before[0]!.period.id,
      predikat: 'kurang',
      version: unit.org?.version,
    });
    for (const [i, d] of (await predikatAll()).entries()) {
      expect(d.rows.find((r) => r.id === unit.id)?.org?.predikat, `worker ${i}`).toBe('kurang');
    }
  });

  it('moves the headcount with an employee the admin moves to another unit', async () => {
    const staff = v.staffB!;
    const from = await unitOf(staff.employeeId);
    const target = await t.db
      .selectFrom('positions as p')
      .innerJoin('units as u', 'u.id', 'p.unit_id')
      .select(['p.id', 'p.unit_id'])
      .where('u.parent_id', '=', from.parent_id)
      .where('u.id', '!=', from.id)
      .where('p.is_unit_head', '=', false)
      .orderBy('p.id')
      .executeTakeFirstOrThrow();
    const inDinas = { unit: String(from.parent_id) };
    const headcount = (d: Awaited<ReturnType<typeof readAll>>[number], unitId: number) =>
      d.units.find((u) => u.id === unitId)?.headcount;
    const before = await readAll(inDinas);
    await moveEmployee(
      t.db,
      v.admin!,
      { employeeId: staff.employeeId, version: from.version, positionId: target.id, effectiveOn: ON },
      ON,
    );
    for (const [i, d] of (await readAll(inDinas)).entries()) {
      expect(headcount(d, from.id), `worker ${i}`).toBe(headcount(before[0]!, from.id)! - 1);
      expect(headcount(d, target.unit_id), `worker ${i}`).toBe(headcount(before[0]!, target.unit_id)! + 1);
    }
  });

  it('keys a scope by one row per unit, so a write elsewhere leaves another OPD’s version alone', async () => {
    const { scopeVersion } = await import('./cache');
    const opds = await t.db
      .selectFrom('units')
      .select(['id', 'path'])
      .where('parent_id', 'is', null)
      .orderBy('id')
      .limit(2)
      .execute();
    const [a, b] = opds as [{ id: number; path: string }, { id: number; path: string }];
    const agencyId = v.sekda!.agencyId;
    const [va, vb] = [await scopeVersion(t.db, agencyId, a), await scopeVersion(t.db, agencyId, b)];
    await sql`UPDATE skps SET updated_at = now() WHERE employee_id = (
      SELECT e.id FROM employees e JOIN units u ON u.id = e.unit_id WHERE u.path LIKE ${`${a.path}%`}
      AND EXISTS (SELECT 1 FROM skps s WHERE s.employee_id = e.id) ORDER BY e.id LIMIT 1)`.execute(t.db);
    expect(await scopeVersion(t.db, agencyId, a)).not.toBe(va);
    expect(await scopeVersion(t.db, agencyId, b)).toBe(vb);
  });
});
