import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { employeeIdByNip, NIP, viewerFor } from '@/db/test-fixtures';
import { createTestDatabase, type TestDatabase } from '@/db/testing';
import { TEST_TODAY } from '@/db/testing-global-setup';
import type { Viewer } from '@/lib/auth/viewer';
import { navCounts } from '@/lib/nav/counts';
import { QUEUE_PAGE_SIZE, validationQueue } from './queries';
import type { QueueFilter } from './schema';

const ON = TEST_TODAY;
let t: TestDatabase;
let kabid: Viewer;

const all: QueueFilter = { employeeId: null, from: null, to: null, page: 1 };

/** Pending reports of the Kepala Bidang's current subordinates, straight from the tables. */
async function direct(where: { employeeId?: number; from?: string; to?: string } = {}) {
  const { rows } = await sql<{ id: number; employee_id: number }>`
    SELECT d.id, d.employee_id FROM daily_reports d
    WHERE d.status = 'pending'
      AND d.employee_id IN (SELECT s.employee_id FROM supervisions s WHERE s.supervisor_id = ${kabid.employeeId}
        AND s.valid_from <= ${ON}::date AND (s.valid_to IS NULL OR s.valid_to > ${ON}::date))
      AND (${where.employeeId ?? null}::int IS NULL OR d.employee_id = ${where.employeeId ?? null}::int)
      AND (${where.from ?? null}::date IS NULL OR d.report_date >= ${where.from ?? null}::date)
      AND (${where.to ?? null}::date IS NULL OR d.report_date <= ${where.to ?? null}::date)
    ORDER BY d.id`.execute(t.db);
  return rows;
}

async function everyPage(filter: QueueFilter) {
  const seen: number[] = [];
  const first = await validationQueue(t.db, kabid, ON, filter);
  for (let page = 1; (page - 1) * QUEUE_PAGE_SIZE < first.total; page++)
    seen.push(...(await validationQueue(t.db, kabid, ON, { ...filter, page })).reports.map((r) => r.id));
  return { first, ids: seen.sort((a, b) => a - b) };
}

beforeAll(async () => {
  t = await createTestDatabase({ seeded: true });
  kabid = await viewerFor(t.db, NIP.kabid);
});
afterAll(() => t.drop());

describe('validation queue filters', () => {
  it('counts the whole queue and each subordinate’s share, equal to direct counts and the nav badge', async () => {
    const q = await validationQueue(t.db, kabid, ON, all);
    const rows = await direct();
    expect(q.total).toBe(rows.length);
    expect(q.totalAll).toBe(rows.length);
    expect((await navCounts(t.db, kabid, ON)).toValidate).toBe(rows.length);
    for (const e of q.employees) expect(e.pending).toBe(rows.filter((r) => r.employee_id === e.id).length);
    expect(q.employees.map((e) => e.name)).toEqual([...q.employees.map((e) => e.name)].sort());
  });

  it('narrows to one employee and to a date range, across every page', async () => {
    const staffA = await employeeIdByNip(t.db, NIP.staffA);
    const byEmployee = await everyPage({ ...all, employeeId: staffA });
    expect(byEmployee.ids).toEqual((await direct({ employeeId: staffA })).map((r) => r.id));
    expect(byEmployee.first.total).toBeGreaterThan(0);
    expect(byEmployee.first.totalAll).toBe((await direct()).length);

    const range = { from: '2026-11-02', to: '2026-11-13' };
    const byDate = await everyPage({ ...all, ...range });
    expect(byDate.ids).toEqual((await direct(range)).map((r) => r.id));
    const both = await everyPage({ ...all, ...range, employeeId: staffA });
    expect(both.ids).toEqual((await direct({ ...range, employeeId: staffA })).map((r) => r.id));
    expect(both.first.reports.every((r) => r.employeeId === staffA)).toBe(true);
  });

  it('finds nothing for someone outside the team, and a page past the end shows the last page', async () => {
    const other = await employeeIdByNip(t.db, NIP.admin);
    const foreign = await validationQueue(t.db, kabid, ON, { ...all, employeeId: other });
    expect(foreign.total).toBe(0);
    expect(foreign.reports).toEqual([]);
    expect(foreign.employees.map((e) => e.id)).not.toContain(other);

    const total = (await direct()).length;
    const last = Math.ceil(total / QUEUE_PAGE_SIZE);
    const beyond = await validationQueue(t.db, kabid, ON, { ...all, page: last + 5 });
    expect(beyond.page).toBe(last);
    expect(beyond.reports).toHaveLength(total - (last - 1) * QUEUE_PAGE_SIZE);
  });
});
