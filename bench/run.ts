/**
 * `npm run bench`: the app at agency scale (10,000 employees, a full year of daily reports) under load.
 *
 *   npm run bench -- [--duration 10] [--warmup 2] [--connections 20] [--employees 10000]
 *                    [--submitters 200] [--only live,login,overview,…,stamp,…,form,submit] [--reuse] [--baseline-port 3499]
 *                    [--same-size] [--explain] [--pg-stats [--pg-top 8]] [--data-dir /tmp/kinerja-bench] [--pg-port 54440] [--port 3400]
 *
 * Starts its own embedded PostgreSQL in --data-dir (fresh unless --reuse), seeds it, builds the app when
 * the sources changed, serves it on --port, measures each scenario with autocannon after a warm-up,
 * prints a table and writes bench/results/latest.json. Ctrl-C stops the server and PostgreSQL.
 * Beside the app it serves the minimal Next page of bench/baseline-app/ (--baseline-port, built with the same
 * `next`) and measures it before and after the app's scenarios: every scenario is reported as a ratio to it.
 * With --same-size each page scenario is followed by that page grown to the scenario's size in KiB: what
 * Next alone costs for that many bytes, so the second ratio shows what the app adds beyond its output.
 */
import { parseArgs } from 'node:util';
import type { Database } from '../db/pool';
import { JOBS_ROLE } from '../lib/http/workers';
import { analyseDefaultSpan } from '../lib/raters/analysis';
import { BaselineApp } from './baseline';
import { cpuSampler } from './cpu-time';
import { explainReportQueries, type Plan } from './explain';
import {
  jakartaToday,
  pickEmployee,
  pickLeader,
  pickOpened,
  pickSubmitters,
  pickSupervisor,
} from './fixtures';
import { measure, type Outcome, type RunOptions, stopLoad } from './measure';
import { machineInfo, printSummary, SAME_SIZE, writeResults } from './output';
import {
  enablePgStats,
  PG_STATS_FLAGS,
  printStatements,
  resetPgStats,
  type StatementCost,
  topStatements,
} from './pg-stats';
import {
  checkSubmissions,
  dropBenchReports,
  fetchReportForm,
  type People,
  pageScenarios,
  type SubmitCheck,
  submitScenario,
} from './scenarios';
import { Stack } from './stack';

const { values: args } = parseArgs({
  options: {
    duration: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '2' },
    connections: { type: 'string', default: '20' },
    employees: { type: 'string', default: '10000' },
    submitters: { type: 'string', default: '200' },
    only: { type: 'string' },
    reuse: { type: 'boolean', default: false },
    explain: { type: 'boolean', default: false },
    'same-size': { type: 'boolean', default: false },
    'pg-stats': { type: 'boolean', default: false },
    'pg-top': { type: 'string', default: '8' },
    'data-dir': { type: 'string', default: '/tmp/kinerja-bench' },
    // Ports from the environment too, so parallel checkouts each keep to their own.
    'pg-port': {
      type: 'string',
      default: process.env.BENCH_PG_PORT ?? process.env.EMBEDDED_PG_PORT ?? '54440',
    },
    port: { type: 'string', default: process.env.BENCH_PORT ?? process.env.PORT ?? '3400' },
    'baseline-port': { type: 'string', default: process.env.BENCH_BASELINE_PORT ?? '3499' },
    out: { type: 'string', default: 'bench/results/latest.json' },
  },
});

function number(name: string, raw: string | undefined, { zero = false, whole = false } = {}): number {
  const n = Number(raw);
  if (!Number.isFinite(n) || n < 0 || (!zero && n === 0) || (whole && !Number.isInteger(n))) {
    console.error(`--${name} must be a ${zero ? 'non-negative' : 'positive'} ${whole ? 'whole ' : ''}number`);
    process.exit(2);
  }
  return n;
}

const DEFAULT_SCENARIOS = [
  'live',
  'login',
  'overview',
  'team',
  'queue',
  'stamp',
  'month',
  'home',
  'skp',
  'appraisal',
  'questionnaire',
  'form',
  'submit',
];
const SCENARIOS = DEFAULT_SCENARIOS;
const only = args.only ? args.only.split(',').map((s) => s.trim()) : DEFAULT_SCENARIOS;
const unknown = only.filter((s) => !SCENARIOS.includes(s));
if (unknown.length > 0) {
  console.error(`--only: unknown scenario(s) ${unknown.join(', ')}; choose from ${SCENARIOS.join(', ')}`);
  process.exit(2);
}

const settings = {
  duration: number('duration', args.duration),
  warmup: number('warmup', args.warmup, { zero: true }),
  connections: number('connections', args.connections, { whole: true }),
  employees: number('employees', args.employees, { whole: true }),
  submitters: number('submitters', args.submitters, { whole: true }),
  dataDir: args['data-dir'] ?? '/tmp/kinerja-bench',
  pgPort: number('pg-port', args['pg-port'], { whole: true }),
  appPort: number('port', args.port, { whole: true }),
  reuse: args.reuse ?? false,
};
// A fixed secret: the bench mints its own session cookies with it (never used outside this bench).
const SECRET = 'kinerja-bench-secret-not-for-production-0123456789';
const BACKDATE_DAYS = Number(process.env.REPORT_BACKDATE_DAYS ?? 3);

const log = (line: string) => console.log(`[bench] ${line}`);
const stack = new Stack({
  ...settings,
  secret: SECRET,
  log,
  // As in bench:ops: BENCH_APP_NODE_OPTIONS reaches only the app's processes (to profile them under load).
  appEnv: process.env.BENCH_APP_NODE_OPTIONS
    ? { NODE_OPTIONS: process.env.BENCH_APP_NODE_OPTIONS }
    : undefined,
  postgresFlags: args['pg-stats'] ? PG_STATS_FLAGS : undefined,
});
const baselineApp = new BaselineApp(number('baseline-port', args['baseline-port'], { whole: true }), log);

let interrupted = false;
class Interrupted extends Error {}
/** After Ctrl-C the load stops early: nothing more is measured, printed or written. */
const unlessInterrupted = <T>(value: T): T => {
  if (interrupted) throw new Interrupted();
  return value;
};
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => {
    if (interrupted) return;
    interrupted = true;
    log(`${signal}: stopping`);
    stopLoad();
    void Promise.all([stack.stop(), baselineApp.stop()]).finally(() => process.exit(130));
  });
}

function report(o: Outcome): void {
  const statuses = Object.entries(o.statusCounts)
    .map(([status, n]) => `${status}×${n}`)
    .join(' ');
  if (o.busyBefore > 20) log(`warning: the CPUs were ${o.busyBefore} % busy with other work before this run`);
  log(
    `${o.label}: ${o.okRps} ok req/s, p50 ${o.latencyMs.p50} ms, p95 ${o.latencyMs.p95} ms, ` +
      `p99 ${o.latencyMs.p99} ms [${statuses}]`,
  );
}

async function pickPeople(db: Database, today: string): Promise<People> {
  const [supervisor, employee, leader, submitters] = await Promise.all([
    pickSupervisor(db, today),
    pickEmployee(db, today),
    pickLeader(db),
    pickSubmitters(db, today, settings.submitters),
  ]);
  log(
    `supervisor: ${supervisor.name} (${supervisor.post}, id ${supervisor.id}), ` +
      `${supervisor.subordinates} subordinates, ${supervisor.pending} pending reports`,
  );
  log(
    `employee: ${employee.name} (${employee.post}, id ${employee.id}), SKP ${employee.skpId} with ` +
      `${employee.indicatorIds.length} indicators, ${employee.reportsThisMonth} reports in ${today.slice(0, 7)}`,
  );
  log(`leader: ${leader.name} (${leader.post}, id ${leader.id}), whole-agency dashboard`);
  log(`submitters: ${submitters.length} employees with an approved SKP`);
  return { supervisor, employee, leader, submitters };
}

type Submission = SubmitCheck & { capacity: number; dates: string[]; actionFields: string[] };

/** Filing through the no-JS form, then the SQL check that every 303 left exactly one row. */
async function measureSubmissions(
  db: Database,
  ctx: Parameters<typeof fetchReportForm>[0],
  runOpts: RunOptions,
): Promise<{ outcome: Outcome; submission: Submission }> {
  const form = await fetchReportForm(ctx);
  log(`report form: ${form.inputs.length} fields, React's no-JS fields ${form.actionFields.join(', ')}`);
  const submit = submitScenario(ctx, db, form, BACKDATE_DAYS);
  log(`measuring ${submit.scenario.label} (${runOpts.warmup} s warm-up + ${runOpts.duration} s)…`);
  const outcome = unlessInterrupted(await measure(submit.scenario, runOpts));
  report(outcome);
  const check = await checkSubmissions(db, submit.tally);
  log(
    `submissions: ${check.succeeded} redirected to saved=1, ${check.rowsOfSucceeded} of them in daily_reports; ` +
      `${check.newRows} new rows in all (${check.inFlightAtStop} requests were in flight when the run stopped, ` +
      `${check.rowsOfInFlight} of them saved) — ${check.consistent ? 'consistent' : 'MISMATCH'}`,
  );
  if (Object.keys(check.failures).length > 0) log(`not saved: ${JSON.stringify(check.failures)}`);
  if (submit.used() > submit.capacity * 0.9) log('warning: close to the slot capacity; add --submitters');
  return {
    outcome,
    submission: { ...check, capacity: submit.capacity, dates: submit.dates, actionFields: form.actionFields },
  };
}

/**
 * The rater analysis of each agency's default span, as the app's jobs process keeps it (lib/raters/analysis.ts):
 * computed here when missing, so the pages are measured as they serve day to day, and its time reported.
 */
async function prepareRaterAnalysis(db: Database): Promise<{ agencyId: number; seconds: number }[]> {
  const out: { agencyId: number; seconds: number }[] = [];
  for (const { id } of await db.selectFrom('agencies').select('id').execute()) {
    const done = await analyseDefaultSpan(db, id, jakartaToday(), { onlyIfMissing: true });
    if (!done) continue;
    log(
      `rater analysis of agency ${id}, year ${done.year}: ${done.raters} raters in ${done.seconds.toFixed(1)} s`,
    );
    out.push({ agencyId: id, seconds: done.seconds });
  }
  return out;
}

async function main() {
  const machine = machineInfo();
  log(
    `machine: ${machine.cpuCount} × ${machine.cpuModel}, ${machine.totalMemoryGiB} GiB, Node ${machine.node}`,
  );
  const started = Date.now();

  await stack.startDatabase();
  const seed = await stack.seed();
  log(
    `${seed.reused ? 'reused' : `seeded in ${seed.seconds.toFixed(1)} s`}: ${seed.employees.toLocaleString('en')} ` +
      `employees, daily_reports ${seed.dailyReports.toLocaleString('en')} rows`,
  );
  const db = stack.need();
  if (args['pg-stats']) await enablePgStats(db);
  const raterAnalysis = await prepareRaterAnalysis(db);
  const dropped = await dropBenchReports(db);
  if (dropped > 0) log(`removed ${dropped} reports left by an earlier bench run`);
  const today = jakartaToday();
  const people = await pickPeople(db, today);

  const app = await stack.startApp();
  log(`app ready at ${stack.baseUrl}${app.built ? ` (built in ${app.buildSeconds.toFixed(0)} s)` : ''}`);

  await baselineApp.start();
  const opened = await pickOpened(db);
  const ctx = { baseUrl: stack.baseUrl, secret: SECRET, today, people, opened };
  const runOpts: RunOptions = {
    baseUrl: stack.baseUrl,
    ...settings,
    cpu: cpuSampler({
      webPid: () => stack.appPid(),
      dbPid: () => stack.postgresPid(),
      skipEnv: `${JOBS_ROLE}=jobs`,
    }),
  };
  const outcomes: Outcome[] = [];
  const statements: Record<string, StatementCost[]> = {};
  /** With --pg-stats: the statements behind one scenario, counted from just before it. */
  const withStatements = async <T>(name: string, label: string, run: () => Promise<T>): Promise<T> => {
    if (!args['pg-stats']) return run();
    await resetPgStats(db);
    const result = await run();
    statements[name] = await topStatements(db, Number(args['pg-top']));
    printStatements(label, statements[name]);
    return result;
  };
  // The minimal Next page before and after the app's scenarios: every ratio is to the mean of the two.
  const measureOnBaseline = async (scenario: { name: string; label: string; path: string }) => {
    log(`measuring ${scenario.label} (${settings.warmup} s warm-up + ${settings.duration} s)…`);
    const outcome = unlessInterrupted(
      await measure(scenario, {
        ...runOpts,
        baseUrl: baselineApp.baseUrl,
        cpu: cpuSampler({ webPid: () => baselineApp.pid }),
      }),
    );
    report(outcome);
    outcomes.push(outcome);
  };
  const measureBaseline = (when: 'before' | 'after') =>
    measureOnBaseline({ name: `baseline-${when}`, label: `minimal Next page (${when})`, path: '/' });
  await measureBaseline('before');
  for (const scenario of pageScenarios(ctx).filter((s) => only.includes(s.name))) {
    log(`measuring ${scenario.label} (${settings.warmup} s warm-up + ${settings.duration} s)…`);
    const outcome = unlessInterrupted(
      await withStatements(scenario.name, scenario.label, () => measure(scenario, runOpts)),
    );
    report(outcome);
    outcomes.push(outcome);
    // Pages only: the health check and the queue's stamp are a few hundred bytes, not pages.
    if (args['same-size'] && outcome.kibPerResponse >= 4) {
      const kib = outcome.kibPerResponse;
      await measureOnBaseline({
        name: `${SAME_SIZE}${scenario.name}`,
        label: `minimal Next page at ${kib.toFixed(1)} KiB (beside ${scenario.name})`,
        path: await baselineApp.pathFor(kib),
      });
    }
  }
  let submission: Submission | null = null;
  if (only.includes('submit')) {
    const measured = await withStatements('submit', 'POST /reports/new', () =>
      measureSubmissions(db, ctx, runOpts),
    );
    outcomes.push(measured.outcome);
    submission = measured.submission;
  }
  await measureBaseline('after');
  await baselineApp.stop();

  printSummary({ ...settings, ...seed, machine, outcomes });
  let plans: Plan[] | null = null;
  if (args.explain) {
    plans = await explainReportQueries(db, { ...people, today });
    console.log('');
    for (const p of plans) console.log(`EXPLAIN ANALYZE ${p.name}: ${p.executionMs} ms\n${p.plan}\n`);
  }

  const file = writeResults(args.out ?? 'bench/results/latest.json', {
    at: new Date().toISOString(),
    today,
    machine,
    settings: { ...settings, backdateDays: BACKDATE_DAYS },
    seed,
    raterAnalysis,
    people: {
      supervisor: people.supervisor,
      employee: people.employee,
      leader: people.leader,
      submitters: people.submitters.length,
    },
    results: outcomes,
    submission,
    plans: plans?.map(({ name, executionMs }) => ({ name, executionMs })) ?? null,
    statements: args['pg-stats'] ? statements : null,
    totalSeconds: Math.round((Date.now() - started) / 1000),
  });
  log(`results written to ${file}`);
}

try {
  await main();
  await stack.stop();
} catch (error) {
  // After Ctrl-C whatever failed was stopped on purpose: the signal handler stops the rest and exits.
  if (interrupted || error instanceof Interrupted) await new Promise(() => {});
  console.error(`[bench] ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  await Promise.all([stack.stop(), baselineApp.stop()]).catch(() => {});
  process.exitCode = 1;
}
