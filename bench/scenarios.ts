/** The measured scenarios: two baselines without the database, three signed-in pages, report filing. */
import { sql } from 'kysely';
import type { Database } from '../db/pool';
import { refreshReportRollups } from '../lib/reports/rollups';
import type { Employee, Person, Submitter, Supervisor } from './fixtures';
import { type pickOpened, sessionCookie } from './fixtures';
import type { Scenario } from './measure';
import {
  allowedDates,
  BENCH_ACTIVITY,
  filing,
  parseReportForm,
  type ReportForm,
  slotCapacity,
} from './report-form';

const settle = () => new Promise((r) => setTimeout(r, 2000));

export type People = { supervisor: Supervisor; employee: Employee; leader: Person; submitters: Submitter[] };

type Ctx = {
  baseUrl: string;
  secret: string;
  today: string;
  people: People;
  /** Records opened by the appraisal and questionnaire scenarios (bench/fixtures.ts pickOpened). */
  opened?: Awaited<ReturnType<typeof pickOpened>>;
};

/** A GET as one signed-in person; the cookie is minted afresh before the warm-up and the measured run. */
function signedIn(
  ctx: Ctx,
  name: string,
  label: string,
  path: string,
  who: { id: number; sessionVersion: number },
): Scenario {
  const scenario: Scenario = {
    name,
    label,
    path,
    headers: {},
    // A fresh login time keeps the proxy from re-issuing the token (it does so once a minute per session).
    prepare: async () => {
      scenario.headers = { cookie: await sessionCookie(who, ctx.secret) };
    },
  };
  return scenario;
}

export function pageScenarios(ctx: Ctx): Scenario[] {
  const { supervisor, employee, leader } = ctx.people;
  return [
    { name: 'live', label: 'GET /api/health/live (no DB)', path: '/api/health/live' },
    { name: 'login', label: 'GET /login (page, no DB)', path: '/login' },
    signedIn(ctx, 'queue', 'GET /team/queue (supervisor)', '/team/queue', supervisor),
    // What an open queue asks every 5 s instead of re-rendering itself (app/(app)/team/queue/live-refresh.tsx).
    signedIn(ctx, 'stamp', 'GET /team/queue/stamp (open queue, 5 s poll)', '/team/queue/stamp', supervisor),
    signedIn(
      ctx,
      'month',
      'GET /reports?month= (employee)',
      `/reports?month=${ctx.today.slice(0, 7)}`,
      employee,
    ),
    signedIn(ctx, 'home', 'GET / (employee home)', '/', employee),
    signedIn(ctx, 'overview', 'GET /overview (leadership, whole agency)', '/overview', leader),
    signedIn(ctx, 'team', 'GET /team (team dashboard)', '/team', supervisor),
    signedIn(ctx, 'skp', 'GET /skp/[id] (employee SKP)', `/skp/${employee.skpId}`, employee),
    signedIn(ctx, 'form', 'GET /reports/new (report form)', '/reports/new', employee),
    ...(ctx.opened?.appraisal
      ? [
          signedIn(
            ctx,
            'appraisal',
            'GET /appraisals/[id] (pejabat penilai)',
            `/appraisals/${ctx.opened.appraisal.id}`,
            ctx.opened.appraisal.viewer,
          ),
        ]
      : []),
    ...(ctx.opened?.questionnaire
      ? [
          signedIn(
            ctx,
            'questionnaire',
            'GET /feedback/requests/[id] (360° questionnaire)',
            `/feedback/requests/${ctx.opened.questionnaire.id}`,
            ctx.opened.questionnaire.viewer,
          ),
        ]
      : []),
  ];
}

/** Reads the no-JavaScript form of /reports/new as one of the submitters sees it. */
export async function fetchReportForm(ctx: Ctx): Promise<ReportForm> {
  const first = ctx.people.submitters[0];
  if (!first) throw new Error('no submitters');
  const res = await fetch(`${ctx.baseUrl}/reports/new`, {
    headers: { cookie: await sessionCookie(first, ctx.secret) },
    redirect: 'manual',
  });
  if (res.status !== 200) throw new Error(`GET /reports/new answered ${res.status}`);
  const form = parseReportForm(await res.text());
  if (form.method !== 'POST' || !form.enctype.includes('multipart/form-data'))
    throw new Error(`unexpected report form: method ${form.method}, enctype ${form.enctype}`);
  if (form.actionFields.length === 0)
    throw new Error('the report form carries no $ACTION fields: it would not post without JavaScript');
  return form;
}

export type SubmitTally = {
  phase: 'warmup' | 'measure';
  /** Bench rows in the table when the measured run started. */
  rowsBefore: number;
  sent: Map<string, number>;
  answered: Set<string>;
  succeeded: Set<string>;
  badLocations: Map<string, number>;
};

/**
 * POST /reports/new as multipart/form-data, exactly the browser's no-JS submit: success is the action's
 * 303 redirect to /reports?month=…&saved=1. Each request is a different employee, key and time slot.
 */
export function submitScenario(ctx: Ctx, db: Database, form: ReportForm, backdateDays: number) {
  const { submitters } = ctx.people;
  const dates = allowedDates(ctx.today, backdateDays);
  const boundary = '----KinerjaBenchBoundary7MA4YWxkTrZu0gW';
  const cookies = new Map<number, string>();
  let n = 0;
  const tally: SubmitTally = {
    phase: 'warmup',
    rowsBefore: 0,
    sent: new Map(),
    answered: new Set(),
    succeeded: new Set(),
    badLocations: new Map(),
  };
  const scenario: Scenario = {
    name: 'submit',
    label: 'POST /reports/new (no-JS form → 303)',
    method: 'POST',
    path: '/reports/new',
    prepare: async (phase) => {
      tally.phase = phase;
      tally.sent.clear();
      tally.answered.clear();
      tally.succeeded.clear();
      tally.badLocations.clear();
      for (const s of submitters) cookies.set(s.id, await sessionCookie(s, ctx.secret));
      if (phase === 'measure') {
        // Let the warm-up's last requests finish before taking the starting count.
        await settle();
        tally.rowsBefore = await benchReportCount(db);
      }
    },
    setupRequest: (req, context) => {
      const f = filing(n++, form, submitters, dates, boundary);
      context.key = f.key;
      tally.sent.set(f.key, f.employee);
      return {
        ...req,
        method: 'POST',
        path: form.action.startsWith('/') ? form.action : '/reports/new',
        headers: {
          cookie: cookies.get(f.employee) ?? '',
          origin: ctx.baseUrl,
          'content-type': `multipart/form-data; boundary=${boundary}`,
          accept: 'text/html,application/xhtml+xml',
        },
        body: f.body,
      };
    },
    ok: (status, headers, context) => {
      const key = String(context.key);
      tally.answered.add(key);
      const location = String(headers.location ?? headers.Location ?? '');
      const good =
        status === 303 && /^(https?:\/\/[^/]+)?\/reports\?month=\d{4}-\d{2}&saved=1$/.test(location);
      if (good) tally.succeeded.add(key);
      else {
        const what = `${status} ${location || '(no Location)'}`;
        tally.badLocations.set(what, (tally.badLocations.get(what) ?? 0) + 1);
      }
      return good;
    },
  };
  return {
    scenario,
    tally,
    dates,
    capacity: slotCapacity(submitters.length, dates.length),
    used: () => n,
  };
}

/** Bench reports left by an earlier run on a reused database would overlap this run's slots. */
export async function dropBenchReports(db: Database): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const { rows } = await sql<{ employee_id: number; report_date: string; indicator_id: number }>`
      DELETE FROM daily_reports WHERE activity LIKE ${`${BENCH_ACTIVITY}%`}
      RETURNING employee_id, to_char(report_date, 'YYYY-MM-DD') AS report_date, indicator_id`.execute(trx);
    // The dashboards' rollups follow the reports, as they do for every deletion in the app.
    await refreshReportRollups(
      trx,
      rows.map((r) => ({ employeeId: r.employee_id, date: r.report_date })),
      rows.map((r) => r.indicator_id),
    );
    return rows.length;
  });
}

export type SubmitCheck = {
  succeeded: number;
  rowsOfSucceeded: number;
  inFlightAtStop: number;
  rowsOfInFlight: number;
  rowsOfFailed: number;
  newRows: number;
  consistent: boolean;
  failures: Record<string, number>;
};

/** Counts, in SQL, the rows the measured run left: every 303 must be exactly one new row. */
export async function checkSubmissions(db: Database, tally: SubmitTally): Promise<SubmitCheck> {
  // Requests cut off when autocannon stopped may still be finishing on the server.
  await settle();
  const count = async (keys: string[]) => {
    if (keys.length === 0) return 0;
    const { rows } = await sql<{ n: number }>`
      SELECT count(*)::int AS n FROM daily_reports WHERE idempotency_key = ANY(${keys}::uuid[])`.execute(db);
    return rows[0]?.n ?? 0;
  };
  const succeeded = [...tally.succeeded];
  const inFlight = [...tally.sent.keys()].filter((k) => !tally.answered.has(k));
  const failed = [...tally.answered].filter((k) => !tally.succeeded.has(k));
  const { rows } = await sql<{ n: number }>`
    SELECT count(*)::int AS n FROM daily_reports WHERE activity LIKE ${`${BENCH_ACTIVITY}%`}`.execute(db);
  const rowsOfSucceeded = await count(succeeded);
  const rowsOfInFlight = await count(inFlight);
  const rowsOfFailed = await count(failed);
  const newRows = (rows[0]?.n ?? 0) - tally.rowsBefore;
  return {
    succeeded: succeeded.length,
    rowsOfSucceeded,
    inFlightAtStop: inFlight.length,
    rowsOfInFlight,
    rowsOfFailed,
    newRows,
    consistent:
      rowsOfSucceeded === succeeded.length &&
      rowsOfFailed === 0 &&
      newRows === rowsOfSucceeded + rowsOfInFlight,
    failures: Object.fromEntries(tally.badLocations),
  };
}

export async function benchReportCount(db: Database): Promise<number> {
  const { rows } = await sql<{ n: number }>`
    SELECT count(*)::int AS n FROM daily_reports WHERE activity LIKE ${`${BENCH_ACTIVITY}%`}`.execute(db);
  return rows[0]?.n ?? 0;
}
