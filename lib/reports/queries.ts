import 'server-only';
import { sql } from 'kysely';
import { type Database, PREPARED } from '@/db';
import { auditRead } from '@/lib/audit';
import { visibleEmployee } from '@/lib/auth/policy';
import { subordinateIds, supervisedBy } from '@/lib/auth/supervision';
import type { Viewer } from '@/lib/auth/viewer';
import { config } from '@/lib/config';
import { nextFreeSlot, type ReportStatus } from '@/lib/domain/reports';
import { formatTarget } from '@/lib/domain/skp';
import type { QueueFilter } from './schema';

export type IndicatorChoice = { id: number; rhkText: string; text: string; unit: string };

/** An SKP may be reported on once it has been approved (also while a later revision is in the works). */
export async function reportableSkp(db: Database, employeeId: number, year: number) {
  return reportableSkpQuery(db, employeeId, year)
    .select(['s.id', 's.status'])
    .modifyEnd(PREPARED)
    .executeTakeFirst();
}

/** reportableSkp as a query to select from: at most one SKP (one per employee and year). */
export function reportableSkpQuery(db: Database, employeeId: number, year: number) {
  return db
    .selectFrom('skps as s')
    .where('s.employee_id', '=', employeeId)
    .where('s.year', '=', year)
    .where((eb) =>
      eb.or([
        eb('s.status', '=', sql.lit('approved')),
        eb.exists(eb.selectFrom('skp_revisions as r').select('r.id').whereRef('r.skp_id', '=', 's.id')),
      ]),
    );
}

export async function indicatorChoices(db: Database, skpId: number): Promise<IndicatorChoice[]> {
  const rows = await db
    .selectFrom('skp_indicators as i')
    .innerJoin('skp_rhks as r', 'r.id', 'i.rhk_id')
    .select(['i.id', 'i.text', 'i.target_unit', 'r.text as rhk_text'])
    .where('r.skp_id', '=', skpId)
    .orderBy('r.position')
    .orderBy('i.position')
    .execute();
  return rows.map((r) => ({ id: r.id, rhkText: r.rhk_text, text: r.text, unit: r.target_unit }));
}

export type ReportFormContext = {
  indicators: IndicatorChoice[];
  defaults: { reportDate: string; indicatorId: string; unit: string; startTime: string; endTime: string };
  earliestDate: string;
} | null;

/** What the "new report" form needs, with defaults that make filing quick: today, last indicator, next free hour. */
export async function reportFormContext(
  db: Database,
  viewer: Viewer,
  on: string,
): Promise<ReportFormContext> {
  const skp = await reportableSkp(db, viewer.employeeId, Number(on.slice(0, 4)));
  if (!skp) return null;
  const [indicators, last, taken] = await Promise.all([
    indicatorChoices(db, skp.id),
    db
      .selectFrom('daily_reports')
      .select('indicator_id')
      .where('employee_id', '=', viewer.employeeId)
      .orderBy('created_at', 'desc')
      .limit(1)
      .executeTakeFirst(),
    db
      .selectFrom('daily_reports')
      .select([
        sql<string>`to_char(start_time, 'HH24:MI')`.as('start'),
        sql<string>`to_char(end_time, 'HH24:MI')`.as('end'),
      ])
      .where('employee_id', '=', viewer.employeeId)
      .where('report_date', '=', on)
      .where('status', '<>', 'rejected')
      .execute(),
  ]);
  const chosen = indicators.find((i) => i.id === last?.indicator_id) ?? indicators[0];
  const slot = nextFreeSlot(taken);
  const earliest = new Date(`${on}T00:00:00Z`);
  earliest.setUTCDate(earliest.getUTCDate() - config.reportBackdateDays);
  return {
    indicators,
    defaults: {
      reportDate: on,
      indicatorId: chosen ? String(chosen.id) : '',
      unit: chosen?.unit ?? '',
      startTime: slot.start,
      endTime: slot.end,
    },
    earliestDate: earliest.toISOString().slice(0, 10),
  };
}

export type ReportView = {
  id: number;
  employeeId: number;
  employeeName: string;
  reportDate: string;
  startTime: string;
  endTime: string;
  minutes: number;
  activity: string;
  quantity: string;
  unit: string;
  indicatorId: number;
  indicatorText: string;
  rhkText: string;
  evidenceLink: string | null;
  status: ReportStatus;
  reviewComment: string | null;
  version: number;
  createdAt: Date;
  evidence: { id: string; fileName: string; mime: string; sizeBytes: number }[];
};

function reportQuery(db: Database) {
  return db
    .selectFrom('daily_reports as d')
    .innerJoin('employees as e', 'e.id', 'd.employee_id')
    .innerJoin('skp_indicators as i', 'i.id', 'd.indicator_id')
    .innerJoin('skp_rhks as r', 'r.id', 'i.rhk_id')
    .select([
      'd.id',
      'd.employee_id',
      'e.name as employee_name',
      'd.report_date',
      sql<string>`to_char(d.start_time, 'HH24:MI')`.as('start_time'),
      sql<string>`to_char(d.end_time, 'HH24:MI')`.as('end_time'),
      'd.minutes',
      'd.activity',
      'd.quantity',
      'd.unit',
      'd.indicator_id',
      'i.text as indicator_text',
      'r.text as rhk_text',
      'd.evidence_link',
      'd.status',
      'd.review_comment',
      'd.version',
      'd.created_at',
    ]);
}

type ReportRow = Awaited<ReturnType<ReturnType<typeof reportQuery>['execute']>>[number];

async function withEvidence(db: Database, rows: ReportRow[]): Promise<ReportView[]> {
  const files = rows.length
    ? await db
        .selectFrom('evidence_files')
        .select(['id', 'report_id', 'file_name', 'mime', 'size_bytes'])
        .where(
          'report_id',
          'in',
          rows.map((r) => r.id),
        )
        .orderBy('created_at')
        .execute()
    : [];
  return rows.map((r) => ({
    id: r.id,
    employeeId: r.employee_id,
    employeeName: r.employee_name,
    reportDate: r.report_date,
    startTime: r.start_time,
    endTime: r.end_time,
    minutes: r.minutes,
    activity: r.activity,
    quantity: formatTarget(r.quantity),
    unit: r.unit,
    indicatorId: r.indicator_id,
    indicatorText: r.indicator_text,
    rhkText: r.rhk_text,
    evidenceLink: r.evidence_link,
    status: r.status as ReportStatus,
    reviewComment: r.review_comment,
    version: r.version,
    createdAt: r.created_at,
    evidence: files
      .filter((f) => f.report_id === r.id)
      .map((f) => ({ id: f.id, fileName: f.file_name, mime: f.mime, sizeBytes: f.size_bytes })),
  }));
}

/** One report for its owner and the people above them; anyone else gets null (→ 404). */
export async function getReport(
  db: Database,
  viewer: Viewer,
  reportId: number,
  on: string,
): Promise<ReportView | null> {
  const row = await reportQuery(db)
    .where('d.id', '=', reportId)
    .where(visibleEmployee(viewer, on))
    .executeTakeFirst();
  return row ? ((await withEvidence(db, [row]))[0] ?? null) : null;
}

/** The viewer's own reports of one month, optionally of one status. */
export async function myReports(
  db: Database,
  viewer: Viewer,
  month: string,
  status?: ReportStatus,
): Promise<ReportView[]> {
  const rows = await reportQuery(db)
    .where('d.employee_id', '=', viewer.employeeId)
    .where('d.report_date', '>=', `${month}-01`)
    .where('d.report_date', '<', sql<string>`(${`${month}-01`}::date + interval '1 month')::date`)
    .$if(status !== undefined, (q) => q.where('d.status', '=', status as string))
    .orderBy('d.report_date', 'desc')
    .orderBy('d.start_time', 'desc')
    .execute();
  return withEvidence(db, rows);
}

/** Reports per page of the validation queue: small enough to render fast, big enough for a bulk approval. */
export const QUEUE_PAGE_SIZE = 25;

export type QueueEmployee = { id: number; name: string; pending: number };

/**
 * One page of the viewer's pending validations, newest first, narrowed to one employee and/or a range of
 * report dates. The page's ids are picked first (an index walk on the partial index of pending reports),
 * then only those rows are joined and their evidence read. Also: every subordinate with their pending
 * count (the employee filter's choices; their sum is the whole queue) and the count within the filter.
 */
export async function validationQueue(
  db: Database,
  viewer: Viewer,
  on: string,
  filter: QueueFilter = { employeeId: null, from: null, to: null, page: 1 },
) {
  const pending = pendingOfSubordinates(db, viewer, on)
    .$if(filter.employeeId !== null, (q) => q.where('d.employee_id', '=', filter.employeeId as number))
    .$if(filter.from !== null, (q) => q.where('d.report_date', '>=', filter.from as string))
    .$if(filter.to !== null, (q) => q.where('d.report_date', '<=', filter.to as string));
  const pageIds = (page: number) =>
    pending
      .select('d.id')
      .orderBy('d.created_at', 'desc')
      .orderBy('d.id', 'desc')
      .limit(QUEUE_PAGE_SIZE)
      .offset((page - 1) * QUEUE_PAGE_SIZE)
      .execute();
  // Without a date range the count is already in the employees' pending counts (their sum, or the one
  // chosen): counting the pending reports a third time per view cost a 641-person queue 10 ms at 50k.
  const dated = filter.from !== null || filter.to !== null;
  const [first, count, employees] = await Promise.all([
    pageIds(filter.page),
    dated ? pending.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow() : null,
    queueEmployees(db, viewer, on),
  ]);
  const total = count
    ? Number(count.n)
    : employees
        .filter((e) => filter.employeeId === null || e.id === filter.employeeId)
        .reduce((n, e) => n + e.pending, 0);
  // A page emptied by decisions (or typed past the end) shows the last page that still has reports.
  const lastPage = Math.max(1, Math.ceil(total / QUEUE_PAGE_SIZE));
  const page = Math.min(filter.page, lastPage);
  const ids = page === filter.page ? first : await pageIds(page);
  const rows =
    ids.length === 0
      ? []
      : await reportQuery(db)
          .where(
            'd.id',
            'in',
            ids.map((r) => r.id),
          )
          .orderBy('d.created_at', 'desc')
          .orderBy('d.id', 'desc')
          .execute();
  return {
    reports: await withEvidence(db, rows),
    total,
    /** Everything waiting for the viewer, whatever the filter. */
    totalAll: employees.reduce((n, e) => n + e.pending, 0),
    employees,
    page,
    pageSize: QUEUE_PAGE_SIZE,
  };
}

/** The viewer's current subordinates with their pending counts, by name. */
async function queueEmployees(db: Database, viewer: Viewer, on: string): Promise<QueueEmployee[]> {
  const rows = await db
    .selectFrom('employees as e')
    .leftJoin('daily_reports as d', (j) =>
      j.onRef('d.employee_id', '=', 'e.id').on('d.status', '=', sql.lit('pending')),
    )
    // Counting a column of the partial index on pending reports lets PostgreSQL read the index alone.
    .select((eb) => ['e.id', 'e.name', eb.fn.count<string>('d.employee_id').as('pending')])
    .where('e.id', 'in', subordinateIds(db, viewer.employeeId, on))
    .groupBy(['e.id', 'e.name'])
    .orderBy('e.name')
    .orderBy('e.id')
    .modifyEnd(PREPARED)
    .execute();
  return rows.map((r) => ({ id: r.id, name: r.name, pending: Number(r.pending) }));
}

/** An evidence file for the same people who may see its report. */
export async function getEvidence(db: Database, viewer: Viewer, fileId: string, on: string) {
  if (!/^[0-9a-f-]{36}$/.test(fileId)) return null;
  const f = await db
    .selectFrom('evidence_files as f')
    .innerJoin('daily_reports as d', 'd.id', 'f.report_id')
    .innerJoin('employees as e', 'e.id', 'd.employee_id')
    .select(['f.file_name', 'f.mime', 'f.content', 'f.size_bytes', 'd.employee_id'])
    .where('f.id', '=', fileId)
    .where(visibleEmployee(viewer, on))
    .executeTakeFirst();
  if (!f) return undefined;
  await auditRead(db, viewer, { entity: 'evidence_file', entityId: fileId, ownerId: f.employee_id });
  return { file_name: f.file_name, mime: f.mime, content: f.content, size_bytes: f.size_bytes };
}

/** The days of a month with the viewer's report counts, minutes and statuses, weekends and holidays. */
export async function monthDays(db: Database, viewer: Viewer, month: string, reports: ReportView[]) {
  const first = `${month}-01`;
  const end = new Date(`${first}T00:00:00Z`);
  end.setUTCMonth(end.getUTCMonth() + 1);
  end.setUTCDate(0);
  const last = end.toISOString().slice(0, 10);
  const holidays = await db
    .selectFrom('holidays')
    .select(['date', 'name'])
    .where('agency_id', '=', viewer.agencyId)
    .where('date', '>=', first)
    .where('date', '<=', last)
    .execute();
  const days = [];
  for (let d = 1; d <= Number(last.slice(8)); d++) {
    const date = `${month}-${String(d).padStart(2, '0')}`;
    const mine = reports.filter((r) => r.reportDate === date);
    const statuses: Partial<Record<ReportStatus, number>> = {};
    for (const r of mine) statuses[r.status] = (statuses[r.status] ?? 0) + 1;
    const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
    days.push({
      date,
      weekend: weekday === 0 || weekday === 6,
      holiday: holidays.find((h) => h.date === date)?.name ?? null,
      reports: mine.length,
      minutes: mine.filter((r) => r.status !== 'rejected').reduce((sum, r) => sum + r.minutes, 0),
      statuses,
    });
  }
  return days;
}

/**
 * The pending reports of the viewer's current subordinates: the queue, its badge and its fingerprint. The
 * status is a literal, so the prepared statements' generic plans can use the partial index of pending reports.
 */
function pendingOfSubordinates(db: Database, viewer: Viewer, on: string) {
  return db
    .selectFrom('daily_reports as d')
    .where('d.employee_id', 'in', subordinateIds(db, viewer.employeeId, on))
    .where('d.status', '=', sql.lit('pending'));
}

/** How many reports wait for the viewer's validation (the navigation badge), as a count query. */
export function pendingForReviewQuery(db: Database, viewer: Viewer, on: string) {
  return pendingOfSubordinates(db, viewer, on).select((eb) => eb.fn.countAll<number>().as('n'));
}

/**
 * SQL: a fingerprint of the rows of `alias`: their count and the sums of their ids and versions. Any one
 * filing, edit, decision or withdrawal changes it; for pending reports the partial index holds all three,
 * so it is read from the index alone.
 */
const rowsFingerprint = (alias: 'd' | 'x') => {
  const col = (name: string) => sql.ref(`${alias}.${name}`);
  return sql<string>`count(*) || '.' || coalesce(sum(${col('id')}), 0) || '.' || coalesce(sum(${col('version')}), 0)`;
};

/**
 * A fingerprint of everything the validation queue lists for the viewer: the pending reports of their
 * subordinates and the pending realisation entries they decide, each by id and version. It changes when
 * one is filed, edited, decided or withdrawn, or a supervision line moves, whoever made the change and on
 * whichever worker or instance; the open queue asks for it every few seconds and re-renders only then.
 */
export async function queueStamp(db: Database, viewer: Viewer, on: string): Promise<string> {
  const row = await db
    .selectNoFrom([
      pendingOfSubordinates(db, viewer, on).select(rowsFingerprint('d').as('s')).as('reports'),
      // The entries pendingEntries lists (lib/realisation/queries.ts, which this folder may not import).
      db
        .selectFrom('realisation_entries as x')
        .innerJoin('employees as e', 'e.id', 'x.employee_id')
        .select(rowsFingerprint('x').as('s'))
        .where('x.status', '=', sql.lit('pending'))
        .where('e.id', '<>', viewer.employeeId)
        .where(supervisedBy(viewer.employeeId, on))
        .as('entries'),
    ])
    .modifyEnd(PREPARED)
    .executeTakeFirstOrThrow();
  return `${row.reports}:${row.entries}`;
}
