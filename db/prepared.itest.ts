import { type Kysely, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NIP, viewerFor } from '@/db/test-fixtures';
import { createTestDatabase, type TestDatabase } from '@/db/testing';
import { TEST_TODAY } from '@/db/testing-global-setup';
import type { DB } from '@/db/types';
import { getAppraisal } from '@/lib/appraisal/queries';
import { loadViewer, type Viewer } from '@/lib/auth/viewer';
import { coachingInPeriod } from '@/lib/coaching/queries';
import { parseFilters } from '@/lib/dashboard/params';
import { getTeamDashboard } from '@/lib/dashboard/team';
import { todayTasks } from '@/lib/home/queries';
import { navCounts } from '@/lib/nav/counts';
import { remindRealisation } from '@/lib/realisation/mutations';
import { pendingEntries, pendingEntryCount } from '@/lib/realisation/queries';
import { queueStamp, validationQueue } from '@/lib/reports/queries';
import { getSkpDocument } from '@/lib/skp/queries';
import { listRevisions } from '@/lib/skp/revisions';

/**
 * The statements every signed-in request runs (the viewer lookup, the navigation badges) and the open
 * queue's fingerprint are named prepared statements (db/pool.ts, PREPARED): on a connection that has run
 * them a few times PostgreSQL uses their generic plan and no longer plans them per request. For the
 * others (the home page's reads, the team dashboard's, the queue's lists, the SKP and appraisal pages')
 * PostgreSQL may keep planning per run where it estimates that cheaper (the safety of its automatic
 * choice, which depends on the test database's statistics), so those are checked to run prepared, with
 * the same answers.
 */
let t: TestDatabase;
let kabid: Viewer;

beforeAll(async () => {
  t = await createTestDatabase({ seeded: true });
  kabid = await viewerFor(t.db, NIP.kabid);
  // A supervisor, so the badges' statement includes the reports waiting for validation.
  expect(kabid.isSupervisor).toBe(true);
});
afterAll(() => t?.drop());

/** Each statement containing one of `parts` ran as a marked prepared statement, at least eight times. */
async function expectRanPrepared(db: Kysely<DB>, parts: string[]) {
  const { rows } = await sql<{ statement: string; runs: number }>`
    SELECT statement, (generic_plans + custom_plans)::int AS runs FROM pg_prepared_statements
    WHERE statement LIKE '%/* prepared */'`.execute(db);
  for (const part of parts) {
    const statement = rows.find((r) => r.statement.includes(part));
    expect(statement, part).toBeDefined();
    expect(statement!.runs, part).toBeGreaterThanOrEqual(8);
  }
}

describe('prepared statements', () => {
  it('the viewer lookup, the badges and the queue fingerprint run on generic plans after their first runs', async () => {
    const user = await t.db
      .selectFrom('users')
      .select('session_version')
      .where('employee_id', '=', kabid.employeeId)
      .executeTakeFirstOrThrow();
    const claims = { uid: kabid.employeeId, sv: user.session_version, lat: 0 };
    await t.db.connection().execute(async (db) => {
      const first = { viewer: await loadViewer(db, claims), counts: await navCounts(db, kabid, TEST_TODAY) };
      for (let i = 0; i < 8; i++) {
        // The same answers on every run, whichever plan gave them.
        expect(await loadViewer(db, claims)).toEqual(first.viewer);
        expect(await navCounts(db, kabid, TEST_TODAY)).toEqual(first.counts);
        await queueStamp(db, kabid, TEST_TODAY);
      }
      const { rows } = await sql<{ statement: string; generic_plans: number; custom_plans: number }>`
        SELECT statement, generic_plans::int, custom_plans::int FROM pg_prepared_statements
        WHERE statement LIKE '%/* prepared */'`.execute(db);
      const of = (part: string) => rows.find((r) => r.statement.includes(part));
      for (const statement of [of('"must_change_password"'), of('"unread"'), of('"reports"')]) {
        expect(statement).toBeDefined();
        expect(statement!.generic_plans).toBeGreaterThan(0);
        expect(statement!.custom_plans).toBeLessThanOrEqual(5);
      }
    });
  });

  it("the home page's own reads run prepared, with the same answers", async () => {
    await t.db.connection().execute(async (db) => {
      const first = await todayTasks(db, kabid, TEST_TODAY);
      for (let i = 0; i < 8; i++) {
        expect(await todayTasks(db, kabid, TEST_TODAY)).toEqual(first);
        await remindRealisation(db, kabid.employeeId, kabid.agencyId, TEST_TODAY);
      }
      // The day's facts, the reminder check, the own appraisals and the objections to decide.
      await expectRanPrepared(db, ['"filed_today"', '"missing"', '"a"."employee_id" =', "'objected'"]);
    });
  });

  it("the team dashboard's rows and the queue's lists run prepared, with the same answers", async () => {
    const filters = parseFilters({}, TEST_TODAY)!;
    await t.db.connection().execute(async (db) => {
      // asOf is the time of reading; everything else must not change with the plan.
      const team = async () => ({ ...(await getTeamDashboard(db, kabid, filters, TEST_TODAY)), asOf: null });
      const first = await team();
      const queue = await validationQueue(db, kabid, TEST_TODAY);
      for (let i = 0; i < 8; i++) {
        expect(await team()).toEqual(first);
        expect(await validationQueue(db, kabid, TEST_TODAY)).toEqual(queue);
        await pendingEntries(db, kabid, TEST_TODAY);
        await pendingEntryCount(db, kabid, TEST_TODAY);
      }
      // The rows, their RHK bars, their 360° state, the queue's people and its periodic entries.
      await expectRanPrepared(db, [
        'WITH members AS',
        'round(avg(least(',
        'DISTINCT ON (r.ratee_id)',
        'count("d"."employee_id") as "pending"',
        '"x"."evidence_link"',
      ]);
    });
  });

  it("the SKP page's revisions and the appraisal page's coaching notes run prepared too", async () => {
    const staff = await viewerFor(t.db, NIP.staffA);
    const skp = await t.db
      .selectFrom('skps')
      .select('id')
      .where('employee_id', '=', staff.employeeId)
      .orderBy('year', 'desc')
      .executeTakeFirstOrThrow();
    const year = { startsOn: `${TEST_TODAY.slice(0, 4)}-01-01`, endsOn: `${TEST_TODAY.slice(0, 4)}-12-31` };
    await t.db.connection().execute(async (db) => {
      const first = await getSkpDocument(db, kabid, skp.id, TEST_TODAY);
      expect(first).not.toBeNull();
      for (let i = 0; i < 8; i++) {
        expect(await getSkpDocument(db, kabid, skp.id, TEST_TODAY)).toEqual(first);
        await listRevisions(db, kabid, skp.id, TEST_TODAY);
        await coachingInPeriod(db, staff.employeeId, year, TEST_TODAY);
      }
      // A colleague still gets nothing: the plan changed, the visibility rule did not.
      expect(await getSkpDocument(db, await viewerFor(t.db, NIP.pppk), skp.id, TEST_TODAY)).toBeNull();
      // The revisions, the coaching notes, the person as printed on the SKP and its RHK.
      await expectRanPrepared(db, [
        '"r"."approved_late"',
        '"entry_indicator"',
        '"u"."name" as "unit"',
        '"parent_text"',
      ]);
    });
  });

  it("the appraisal page's reads run prepared, with the same answers", async () => {
    const appraisal = await t.db
      .selectFrom('appraisals')
      .select('id')
      .where('evaluator_id', '=', kabid.employeeId)
      .where('status', '<>', 'draft')
      .orderBy('id')
      .executeTakeFirstOrThrow();
    await t.db.connection().execute(async (db) => {
      const first = await getAppraisal(db, kabid, appraisal.id, TEST_TODAY);
      expect(first).not.toBeNull();
      for (let i = 0; i < 8; i++)
        expect(await getAppraisal(db, kabid, appraisal.id, TEST_TODAY)).toEqual(first);
      // Someone outside the line still gets nothing.
      expect(await getAppraisal(db, await viewerFor(t.db, NIP.pppk), appraisal.id, TEST_TODAY)).toBeNull();
      // A draft is opened by whoever appraises it now, which is asked of the supervision tree.
      const draft = await db
        .selectFrom('appraisals')
        .select('id')
        .where('evaluator_id', '=', kabid.employeeId)
        .where('status', '=', 'draft')
        .orderBy('id')
        .executeTakeFirstOrThrow();
      for (let i = 0; i < 8; i++)
        expect((await getAppraisal(db, kabid, draft.id, TEST_TODAY))?.role).toBe('evaluator');
      // Both people, the calibration steps, a unit head's org predikat, the appraiser and the supervision
      // line (each planned in 0.3-0.4 ms per view under the bench before).
      await expectRanPrepared(db, [
        '"u"."name" as "unit"',
        '"j"."justification"',
        '"p"."is_unit_head"',
        'select (CASE WHEN EXISTS (SELECT 1 FROM appraisal_reassignments ar',
        'SELECT pp.supervisor_id FROM supervisions pp',
      ]);
    });
  });
});
