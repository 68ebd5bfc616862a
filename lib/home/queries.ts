import 'server-only';
import { sql } from 'kysely';
import { type Database, PREPARED } from '@/db';
import { listObjectionsToDecide, listOwnAppraisals } from '@/lib/appraisal/queries';
import { subordinateIds } from '@/lib/auth/supervision';
import { hasRole, type Viewer } from '@/lib/auth/viewer';
import { listPeriods } from '@/lib/calendar/periods';
import { appraisalDue } from '@/lib/domain/appraisal';
import { isWorkingDay } from '@/lib/domain/reports';
import type { SkpStatus } from '@/lib/domain/skp';
import { navCounts } from '@/lib/nav/counts';
import type { TodayTasks } from './types';

/**
 * The home page's to-do list. A handful of small indexed queries run at once: the viewer's own row of
 * facts (today's reports, holiday, SKP, year open), their appraisals and objections, and for supervisors
 * their team's counts.
 */
export async function todayTasks(db: Database, viewer: Viewer, on: string): Promise<TodayTasks> {
  const year = Number(on.slice(0, 4));
  const [me, feedbackDue, own, objections, supervisor, admin] = await Promise.all([
    myFacts(db, viewer, on, year),
    navCounts(db, viewer, on).then((c) => c.feedbackDue),
    listOwnAppraisals(db, viewer),
    listObjectionsToDecide(db, viewer, on),
    viewer.isSupervisor ? supervisorTasks(db, viewer, on, year) : null,
    hasRole(viewer, 'admin') ? draftRounds(db, viewer) : null,
  ]);
  return {
    on,
    report: { workingDay: me.workingDay, canReport: me.canReport, filedToday: me.filedToday },
    feedbackDue,
    skp: { year, yearOpen: me.yearOpen, own: me.skp },
    toAcknowledge: own.filter((a) => a.status === 'delivered'),
    objectionsToDecide: objections,
    supervisor,
    admin,
  };
}

/** One row: today's reports, whether today is a working day, the SKP of the year and whether the year is open. */
async function myFacts(db: Database, viewer: Viewer, on: string, year: number) {
  const row = await db
    .selectFrom('employees as e')
    .leftJoin('skps as k', (j) => j.onRef('k.employee_id', '=', 'e.id').on('k.year', '=', year))
    .select((eb) => [
      'k.id as skp_id',
      'k.status as skp_status',
      'k.revision as skp_revision',
      eb
        .selectFrom('daily_reports as d')
        .select(eb.fn.countAll<string>().as('n'))
        .whereRef('d.employee_id', '=', 'e.id')
        .where('d.report_date', '=', on)
        .where('d.status', '<>', sql.lit('rejected'))
        .as('filed_today'),
      eb
        .exists(
          eb
            .selectFrom('holidays as h')
            .select('h.id')
            .whereRef('h.agency_id', '=', 'e.agency_id')
            .where('h.date', '=', on),
        )
        .as('holiday'),
      eb
        .exists(
          eb
            .selectFrom('periods as p')
            .select('p.id')
            .whereRef('p.agency_id', '=', 'e.agency_id')
            .where('p.year', '=', year)
            .where('p.kind', '=', sql.lit('annual'))
            .where('p.status', '=', sql.lit('open')),
        )
        .as('year_open'),
      // The same rule as reportableSkp: approved, or a revision of an approved SKP in the works.
      sql<boolean>`(k.status = 'approved' OR EXISTS (SELECT 1 FROM skp_revisions r WHERE r.skp_id = k.id))`.as(
        'can_report',
      ),
    ])
    .where('e.id', '=', viewer.employeeId)
    // Every home page view runs it: a prepared statement (db/pool.ts), planned once per connection.
    .modifyEnd(PREPARED)
    .executeTakeFirstOrThrow();
  return {
    workingDay: isWorkingDay(on, new Set(row.holiday ? [on] : [])),
    canReport: Boolean(row.can_report),
    filedToday: Number(row.filed_today ?? 0),
    yearOpen: Boolean(row.year_open),
    skp:
      row.skp_id !== null
        ? { id: row.skp_id, status: row.skp_status as SkpStatus, revision: row.skp_revision ?? 1 }
        : null,
  };
}

async function supervisorTasks(db: Database, viewer: Viewer, on: string, year: number) {
  const [reportsToValidate, skps, periods] = await Promise.all([
    navCounts(db, viewer, on).then((c) => c.toValidate),
    db
      .selectFrom('skps')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('year', '=', year)
      .where('status', '=', 'submitted')
      .where('employee_id', 'in', subordinateIds(db, viewer.employeeId, on).where('e.active', '=', true))
      .executeTakeFirstOrThrow(),
    listPeriods(db, viewer.agencyId),
  ]);
  const due = periods.filter((p) => appraisalDue(p, on));
  const counts = due.length
    ? await db
        .selectFrom('periods as p')
        .innerJoin('skps as k', (j) => j.onRef('k.year', '=', 'p.year').on('k.status', '=', 'approved'))
        .leftJoin('appraisals as a', (j) =>
          j.onRef('a.employee_id', '=', 'k.employee_id').onRef('a.period_id', '=', 'p.id'),
        )
        .select((eb) => [
          'p.id',
          eb.fn.count<string>('k.id').filterWhere('a.id', 'is', null).as('not_started'),
          eb.fn.count<string>('k.id').filterWhere('a.status', '=', 'draft').as('drafts'),
        ])
        .where(
          'p.id',
          'in',
          due.map((p) => p.id),
        )
        // Who appraises is lib/appraisal/appraiser.ts's rule, spelled out here for speed over the whole year's SKPs:
        // the subordinates not routed away by a conflict of interest, and those routed to the viewer.
        .where((eb) => {
          const routed = eb
            .selectFrom('appraisal_reassignments as ar')
            .whereRef('ar.employee_id', '=', 'k.employee_id')
            .whereRef('ar.period_id', '=', 'p.id')
            .where('ar.status', '=', 'active');
          return eb.or([
            eb.and([
              eb(
                'k.employee_id',
                'in',
                subordinateIds(db, viewer.employeeId, on).where('e.active', '=', true),
              ),
              eb.not(eb.exists(routed.select('ar.id'))),
            ]),
            eb.exists(routed.select('ar.id').where('ar.rater_id', '=', viewer.employeeId)),
          ]);
        })
        .groupBy('p.id')
        .execute()
    : [];
  return {
    reportsToValidate,
    skpsToReview: Number(skps.n),
    appraisalsDue: due.flatMap((period) => {
      const c = counts.find((r) => r.id === period.id);
      const notStarted = Number(c?.not_started ?? 0);
      const drafts = Number(c?.drafts ?? 0);
      return notStarted + drafts > 0 ? [{ period, notStarted, drafts }] : [];
    }),
  };
}

async function draftRounds(db: Database, viewer: Viewer) {
  const row = await db
    .selectFrom('feedback_rounds')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('agency_id', '=', viewer.agencyId)
    .where('status', '=', 'draft')
    .executeTakeFirstOrThrow();
  return { draftRounds: Number(row.n) };
}
