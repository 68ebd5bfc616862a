import 'server-only';
import { createHash } from 'node:crypto';
import { sql, type Transaction } from 'kysely';
import { type Database, PREPARED } from '@/db';
import type { DB } from '@/db/types';
import { audit } from '@/lib/audit';
import { supervises } from '@/lib/auth/supervision';
import type { Viewer } from '@/lib/auth/viewer';
import { holidaysQuery } from '@/lib/calendar/holidays';
import { closedPeriodQuery, isDateOpen } from '@/lib/calendar/periods';
import { config } from '@/lib/config';
import {
  durationMinutes,
  isEditableReport,
  isWorkingDay,
  type ReportStatus,
  reportDateProblem,
} from '@/lib/domain/reports';
import { ActionError } from '@/lib/errors';
import { type Evidence, readEvidence } from '@/lib/evidence';
import { notify } from '@/lib/notifications/notify';
import { reportableSkpQuery } from './queries';
import { refreshPendingRollups, refreshReportRollups } from './rollups';
import type { ReportFormValues } from './schema';

type Tx = Transaction<DB>;

/** A report dated in a closed period (its year, quarter or month) is read-only for everyone. */
async function assertDateOpen(db: Database | Tx, agencyId: number, date: string) {
  if (!(await isDateOpen(db, agencyId, date)))
    throw new ActionError('reports.errors.periodClosed', 'reportDate');
}

/**
 * The rules shared by filing and editing: the date window, no closed period (its year, quarter or month)
 * around the date, an SKP that was approved, an indicator of that SKP, and a confirmed weekend or holiday.
 * What the database knows is read in one statement (a filing is the busiest write of the day); the
 * answers are checked in that order, so the first broken rule is the one shown.
 */
async function checkReport(db: Database | Tx, viewer: Viewer, input: ReportFormValues, on: string) {
  const problem = reportDateProblem(input.reportDate, on, config.reportBackdateDays);
  if (problem) throw new ActionError(`reports.validation.${problem}`, 'reportDate');
  const date = input.reportDate;
  const skp = () => reportableSkpQuery(db, viewer.employeeId, Number(date.slice(0, 4)));
  const facts = await db
    .selectNoFrom((eb) => [
      eb.exists(closedPeriodQuery(db, viewer.agencyId, date)).as('closed'),
      skp().select('s.id').as('skp_id'),
      eb
        .exists(
          eb
            .selectFrom('skp_indicators as i')
            .innerJoin('skp_rhks as r', 'r.id', 'i.rhk_id')
            .select('i.id')
            .where('i.id', '=', input.indicatorId)
            .where('r.skp_id', '=', skp().select('s.id')),
        )
        .as('indicator_ok'),
      eb.exists(holidaysQuery(db, viewer.agencyId, date, date).select('date')).as('holiday'),
    ])
    .modifyEnd(PREPARED)
    .executeTakeFirstOrThrow();
  if (facts.closed) throw new ActionError('reports.errors.periodClosed', 'reportDate');
  if (facts.skp_id === null) throw new ActionError('reports.errors.noApprovedSkp');
  if (!facts.indicator_ok) throw new ActionError('reports.validation.indicator', 'indicatorId');
  await askAboutDayOff(db, viewer, input, new Set(facts.holiday ? [date] : []));
  return facts.skp_id;
}

/**
 * A weekend or an agency holiday is allowed, but only once the employee confirms they worked that day
 * (a wrong date is the usual reason). An edit that keeps the report's date is not asked again.
 */
async function askAboutDayOff(
  db: Database | Tx,
  viewer: Viewer,
  input: ReportFormValues,
  holidays: ReadonlySet<string>,
) {
  if (input.confirmNonWorkingDay === '1') return;
  if (isWorkingDay(input.reportDate, holidays)) return;
  if (input.reportId) {
    const current = await db
      .selectFrom('daily_reports')
      .select('report_date')
      .where('id', '=', input.reportId)
      .where('employee_id', '=', viewer.employeeId)
      .executeTakeFirst();
    if (current?.report_date === input.reportDate) return;
  }
  const reason = holidays.size > 0 ? 'holiday' : 'weekend';
  throw new ActionError(`reports.validation.${reason}`, 'reportDate');
}

/** One writer per employee's reports at a time, so the duplicate and overlap checks see each other. */
async function lockEmployeeReports(trx: Tx, employeeId: number) {
  await sql`SELECT pg_advisory_xact_lock(${0x4b4c}, ${employeeId})`.execute(trx);
}

/** Two reports of one person on one date may not overlap in time; the message sits beside the start. */
const overlapError = () => new ActionError('reports.validation.overlap', 'startTime');

async function assertNoOverlap(trx: Tx, viewer: Viewer, input: ReportFormValues, exceptId?: number) {
  const clash = await overlapQuery(trx, viewer, input, exceptId).modifyEnd(PREPARED).executeTakeFirst();
  if (clash) throw overlapError();
}

/** A report of the viewer's, other than `exceptId`, whose time on the same date overlaps the input's. */
function overlapQuery(trx: Tx, viewer: Viewer, input: ReportFormValues, exceptId?: number) {
  return trx
    .selectFrom('daily_reports')
    .select('id')
    .where('employee_id', '=', viewer.employeeId)
    .where('report_date', '=', input.reportDate)
    .where('status', '<>', sql.lit('rejected'))
    .where('start_time', '<', input.endTime)
    .where('end_time', '>', input.startTime)
    .$if(exceptId !== undefined, (q) => q.where('id', '<>', exceptId as number))
    .limit(1);
}

/** The viewer's report filed with this form's idempotency key (one at most: the key is unique). */
function sameSubmitQuery(trx: Tx, viewer: Viewer, input: ReportFormValues) {
  return trx
    .selectFrom('daily_reports')
    .select('id')
    .where('employee_id', '=', viewer.employeeId)
    .where('idempotency_key', '=', input.idempotencyKey);
}

// Two submits racing past the check above meet the exclusion constraint; they get the same message.
function mapOverlap(error: unknown): never {
  if ((error as { code?: string }).code === '23P01') throw overlapError();
  throw error;
}

async function storeEvidence(trx: Tx, reportId: number, files: Evidence[]) {
  if (files.length === 0) return;
  await trx
    .insertInto('evidence_files')
    .values(
      files.map((f) => ({
        report_id: reportId,
        file_name: f.name,
        mime: f.mime,
        size_bytes: f.bytes.length,
        sha256: createHash('sha256').update(f.bytes).digest('hex'),
        content: f.bytes,
      })),
    )
    .execute();
}

const fields = (input: ReportFormValues) => ({
  report_date: input.reportDate,
  indicator_id: input.indicatorId,
  activity: input.activity,
  quantity: input.quantity.replace(',', '.'),
  unit: input.unit,
  start_time: input.startTime,
  end_time: input.endTime,
  minutes: durationMinutes(input.startTime, input.endTime),
  evidence_link: input.evidenceLink || null,
});

/**
 * Files a daily report. The form's idempotency key makes a repeated submit return the same report.
 * The fields are checked before the uploaded files, so a wrong date shows beside the date.
 */
export async function fileReport(
  db: Database,
  viewer: Viewer,
  input: ReportFormValues,
  uploads: readonly File[],
  on: string,
) {
  const skpId = await checkReport(db, viewer, input, on);
  const files = await readEvidence(uploads);
  return db
    .transaction()
    .execute(async (trx) => {
      await lockEmployeeReports(trx, viewer.employeeId);
      // A repeated submit and a clash with another report, asked in one statement once the lock is held.
      const seen = await trx
        .selectNoFrom([
          sameSubmitQuery(trx, viewer, input).as('again'),
          overlapQuery(trx, viewer, input).as('clash'),
        ])
        .modifyEnd(PREPARED)
        .executeTakeFirstOrThrow();
      if (seen.again !== null) return seen.again;
      if (seen.clash !== null) throw overlapError();
      const inserted = await trx
        .insertInto('daily_reports')
        .values({
          ...fields(input),
          employee_id: viewer.employeeId,
          skp_id: skpId,
          idempotency_key: input.idempotencyKey,
        })
        .onConflict((oc) => oc.columns(['employee_id', 'idempotency_key']).doNothing())
        .returning('id')
        .executeTakeFirst();
      if (!inserted) {
        // A concurrent identical submit won the race: answer with its report.
        return (await sameSubmitQuery(trx, viewer, input).executeTakeFirstOrThrow()).id;
      }
      await storeEvidence(trx, inserted.id, files);
      await refreshPendingRollups(trx, { employeeId: viewer.employeeId, date: input.reportDate });
      await audit(trx, {
        actorId: viewer.employeeId,
        action: 'report.create',
        entity: 'daily_report',
        entityId: inserted.id,
        after: { ...fields(input), files: files.map((f) => f.name) },
      });
      return inserted.id;
    })
    .catch(mapOverlap);
}

async function lockOwnReport(trx: Tx, viewer: Viewer, reportId: number, version: number) {
  const row = await trx
    .selectFrom('daily_reports')
    .selectAll()
    .where('id', '=', reportId)
    .where('employee_id', '=', viewer.employeeId)
    .forUpdate()
    .executeTakeFirst();
  if (!row) throw new ActionError('errors.notFound');
  if (!isEditableReport(row.status as ReportStatus)) throw new ActionError('reports.errors.alreadyReviewed');
  if (row.version !== version) throw new ActionError('errors.conflict');
  return row;
}

/** Edits a pending or returned report (a returned one goes back to the supervisor as pending). */
export async function updateReport(
  db: Database,
  viewer: Viewer,
  input: ReportFormValues,
  uploads: readonly File[],
  on: string,
) {
  const skpId = await checkReport(db, viewer, input, on);
  const files = await readEvidence(uploads);
  const { reportId, version } = input;
  if (reportId === undefined) throw new ActionError('errors.notFound');
  if (version === undefined) throw new ActionError('errors.conflict');
  await db
    .transaction()
    .execute(async (trx) => {
      await lockEmployeeReports(trx, viewer.employeeId);
      const before = await lockOwnReport(trx, viewer, reportId, version);
      await assertDateOpen(trx, viewer.agencyId, before.report_date);
      await assertNoOverlap(trx, viewer, input, reportId);
      await trx
        .updateTable('daily_reports')
        .set({
          ...fields(input),
          skp_id: skpId,
          status: 'pending',
          version: sql`version + 1`,
          updated_at: sql`now()`,
        })
        .where('id', '=', reportId)
        .execute();
      await storeEvidence(trx, reportId, files);
      // The old day and indicator lose the report, the new ones gain it (a returned report was not approved,
      // but a pending one may move between indicators).
      await refreshReportRollups(
        trx,
        [
          { employeeId: viewer.employeeId, date: before.report_date },
          { employeeId: viewer.employeeId, date: input.reportDate },
        ],
        [before.indicator_id, input.indicatorId],
      );
      await audit(trx, {
        actorId: viewer.employeeId,
        action: 'report.update',
        entity: 'daily_report',
        entityId: reportId,
        before: { ...before, created_at: undefined, updated_at: undefined },
        after: fields(input),
      });
    })
    .catch(mapOverlap);
}

export async function deleteReport(db: Database, viewer: Viewer, reportId: number, version: number) {
  await db.transaction().execute(async (trx) => {
    const before = await lockOwnReport(trx, viewer, reportId, version);
    await assertDateOpen(trx, viewer.agencyId, before.report_date);
    await trx.deleteFrom('daily_reports').where('id', '=', reportId).execute();
    await refreshReportRollups(
      trx,
      [{ employeeId: viewer.employeeId, date: before.report_date }],
      [before.indicator_id],
    );
    await audit(trx, {
      actorId: viewer.employeeId,
      action: 'report.delete',
      entity: 'daily_report',
      entityId: reportId,
      before: { date: before.report_date, activity: before.activity },
    });
  });
}

const REVIEWED: Record<'approve' | 'return' | 'reject', ReportStatus> = {
  approve: 'approved',
  return: 'returned',
  reject: 'rejected',
};

/**
 * The supervisor's decision on one or many pending reports, all or nothing: each must belong to a current
 * (definitive or acting) subordinate and still be at the version the supervisor saw.
 */
export async function reviewReports(
  db: Database,
  viewer: Viewer,
  items: { id: number; version: number }[],
  decision: 'approve' | 'return' | 'reject',
  comment: string | undefined,
  on: string,
) {
  const status = REVIEWED[decision];
  await db.transaction().execute(async (trx) => {
    const rows = await trx
      .selectFrom('daily_reports')
      .select(['id', 'employee_id', 'status', 'version', 'report_date', 'indicator_id'])
      .where(
        'id',
        'in',
        items.map((i) => i.id),
      )
      .orderBy('id')
      .forUpdate()
      .execute();
    const perEmployee = new Map<number, number>();
    for (const item of items) {
      const row = rows.find((r) => r.id === item.id);
      if (
        !row ||
        row.employee_id === viewer.employeeId ||
        !(await supervises(trx, viewer.employeeId, row.employee_id, on))
      ) {
        throw new ActionError('errors.notFound');
      }
      if (row.version !== item.version) throw new ActionError('errors.conflict');
      if (row.status !== 'pending') throw new ActionError('reports.errors.notPending');
      await assertDateOpen(trx, viewer.agencyId, row.report_date);
      perEmployee.set(row.employee_id, (perEmployee.get(row.employee_id) ?? 0) + 1);
    }
    await trx
      .updateTable('daily_reports')
      .set({
        status,
        review_comment: decision === 'approve' ? null : (comment ?? null),
        reviewed_by: viewer.employeeId,
        reviewed_at: sql`now()`,
        version: sql`version + 1`,
        updated_at: sql`now()`,
      })
      .where(
        'id',
        'in',
        items.map((i) => i.id),
      )
      .execute();
    await refreshReportRollups(
      trx,
      rows.map((r) => ({ employeeId: r.employee_id, date: r.report_date })),
      rows.map((r) => r.indicator_id),
    );
    for (const row of rows) {
      await audit(trx, {
        actorId: viewer.employeeId,
        action: `report.${decision}`,
        entity: 'daily_report',
        entityId: row.id,
        before: { status: row.status },
        after: { status, comment: comment ?? null },
      });
    }
    for (const [employeeId, count] of perEmployee) {
      await notify(trx, [employeeId], `report.${status}` as 'report.approved', '/reports', {
        name: viewer.name,
        count,
      });
    }
  });
}
