import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { employeeIdByNip, NIP, viewerFor } from '@/db/test-fixtures';
import { createTestDatabase, type TestDatabase } from '@/db/testing';
import { TEST_TODAY } from '@/db/testing-global-setup';
import { todayTasks } from './queries';

const ON = TEST_TODAY; // a Saturday
const FRIDAY = '2026-11-27';
/** Early in Q4's last month: the quarter's appraisals are due. */
const DECEMBER = '2026-12-02';
let t: TestDatabase;

/** Current subordinates of a supervisor on a day, straight from the table. */
const subordinates = (id: number, on: string) => sql`
  SELECT s.employee_id FROM supervisions s JOIN employees e ON e.id = s.employee_id AND e.active
  WHERE s.supervisor_id = ${id} AND s.valid_from <= ${on}::date AND (s.valid_to IS NULL OR s.valid_to > ${on}::date)`;

async function count(query: ReturnType<typeof sql>) {
  const { rows } = await sql<{ n: number }>`SELECT count(*)::int AS n FROM (${query}) x`.execute(t.db);
  return rows[0]?.n ?? 0;
}

beforeAll(async () => {
  t = await createTestDatabase({ seeded: true });
});
afterAll(() => t.drop());

describe('home: what to do today', () => {
  it('an employee: today’s report (none expected on a Saturday), feedback due, no supervisor or admin work', async () => {
    const staff = await viewerFor(t.db, NIP.staffA);
    const saturday = await todayTasks(t.db, staff, ON);
    expect(saturday.report).toMatchObject({ workingDay: false, canReport: true });
    const feedback =
      await count(sql`SELECT r.id FROM feedback_requests r JOIN feedback_rounds o ON o.id = r.round_id
      WHERE r.rater_id = ${staff.employeeId} AND r.status IN ('pending', 'draft') AND o.status = 'open'
        AND o.deadline >= ${ON}::date`);
    expect(saturday.feedbackDue).toBe(feedback);
    expect(saturday.feedbackDue).toBeGreaterThan(0);
    expect(saturday.supervisor).toBeNull();
    expect(saturday.admin).toBeNull();
    expect(saturday.skp.own?.status).toBe('approved');

    const friday = await todayTasks(t.db, staff, FRIDAY);
    const filed = await count(sql`SELECT id FROM daily_reports WHERE employee_id = ${staff.employeeId}
      AND report_date = ${FRIDAY}::date AND status <> 'rejected'`);
    expect(friday.report).toEqual({ workingDay: true, canReport: true, filedToday: filed });
  });

  it('a supervisor: reports to validate, SKPs to review and appraisals due, equal to direct counts', async () => {
    const kabid = await viewerFor(t.db, NIP.kabid);
    const staffB = await employeeIdByNip(t.db, NIP.staffB);
    await t.db.updateTable('skps').set({ status: 'submitted' }).where('employee_id', '=', staffB).execute();
    const tasks = await todayTasks(t.db, kabid, DECEMBER);
    const s = tasks.supervisor;
    if (!s) throw new Error('no supervisor tasks');
    expect(s.reportsToValidate).toBe(
      await count(sql`SELECT id FROM daily_reports WHERE status = 'pending'
        AND employee_id IN (${subordinates(kabid.employeeId, DECEMBER)})`),
    );
    expect(s.reportsToValidate).toBeGreaterThan(0);
    expect(s.skpsToReview).toBe(
      await count(sql`SELECT id FROM skps WHERE year = 2026 AND status = 'submitted'
        AND employee_id IN (${subordinates(kabid.employeeId, DECEMBER)})`),
    );
    expect(s.skpsToReview).toBeGreaterThanOrEqual(1);
    const [q4] = await sql<{ id: number }>`SELECT id FROM periods WHERE year = 2026 AND kind = 'quarterly'
      AND seq = 4`
      .execute(t.db)
      .then((r) => r.rows);
    const withSkp = sql`SELECT k.employee_id FROM skps k WHERE k.year = 2026 AND k.status = 'approved'
      AND k.employee_id IN (${subordinates(kabid.employeeId, DECEMBER)})`;
    const drafts = await count(sql`SELECT a.id FROM appraisals a WHERE a.period_id = ${q4?.id}
      AND a.status = 'draft' AND a.employee_id IN (${withSkp})`);
    const notStarted = await count(sql`SELECT x.employee_id FROM (${withSkp}) x WHERE NOT EXISTS
      (SELECT 1 FROM appraisals a WHERE a.period_id = ${q4?.id} AND a.employee_id = x.employee_id)`);
    expect(s.appraisalsDue.map((d) => [d.period.id, d.notStarted, d.drafts])).toEqual([
      [q4?.id, notStarted, drafts],
    ]);
    expect(drafts).toBeGreaterThan(0);
    // Late November, no appraisal is due yet.
    expect((await todayTasks(t.db, kabid, ON)).supervisor?.appraisalsDue).toEqual([]);
  });

  it('appraisals to acknowledge and objections to decide reach exactly the right people', async () => {
    const [delivered, objected] = await sql<{ id: number; employee_id: number; evaluator_id: number }>`
      SELECT id, employee_id, evaluator_id FROM appraisals WHERE status = 'delivered' ORDER BY id LIMIT 2`
      .execute(t.db)
      .then((r) => r.rows);
    if (!delivered || !objected) throw new Error('no delivered appraisals in the seed');
    await t.db.updateTable('appraisals').set({ status: 'objected' }).where('id', '=', objected.id).execute();
    const nipOf = async (id: number) =>
      (await t.db.selectFrom('employees').select('nip').where('id', '=', id).executeTakeFirstOrThrow()).nip;
    const owner = await todayTasks(t.db, await viewerFor(t.db, await nipOf(delivered.employee_id)), ON);
    expect(owner.toAcknowledge.map((a) => a.id)).toContain(delivered.id);
    const [atasan] = await sql<{ supervisor_id: number }>`SELECT supervisor_id FROM supervisions
      WHERE employee_id = ${objected.evaluator_id} AND valid_from <= ${ON}::date
        AND (valid_to IS NULL OR valid_to > ${ON}::date) LIMIT 1`
      .execute(t.db)
      .then((r) => r.rows);
    if (!atasan) throw new Error('evaluator without a supervisor');
    const decider = await todayTasks(t.db, await viewerFor(t.db, await nipOf(atasan.supervisor_id)), ON);
    expect(decider.objectionsToDecide.map((a) => a.id)).toContain(objected.id);
    // The appraiser does not decide an objection against their own rating.
    const appraiser = await todayTasks(t.db, await viewerFor(t.db, await nipOf(objected.evaluator_id)), ON);
    expect(appraiser.objectionsToDecide.map((a) => a.id)).not.toContain(objected.id);
  });

  it('an employee with a returned SKP is told; the admin sees feedback rounds not yet opened', async () => {
    const pppk = await viewerFor(t.db, NIP.pppk);
    await t.db
      .updateTable('skps')
      .set({ status: 'returned' })
      .where('employee_id', '=', pppk.employeeId)
      .execute();
    const tasks = await todayTasks(t.db, pppk, FRIDAY);
    expect(tasks.skp.own?.status).toBe('returned');
    // Still reportable only when an earlier revision was approved (the seed gives some SKPs one).
    const revised = await count(sql`SELECT r.id FROM skp_revisions r JOIN skps k ON k.id = r.skp_id
      WHERE k.employee_id = ${pppk.employeeId}`);
    expect(tasks.report.canReport).toBe(revised > 0);

    const admin = await viewerFor(t.db, NIP.admin);
    const drafts = await count(sql`SELECT id FROM feedback_rounds WHERE status = 'draft'
      AND agency_id = ${admin.agencyId}`);
    expect((await todayTasks(t.db, admin, ON)).admin).toEqual({ draftRounds: drafts });
  });
});
