/**
 * `npm run bench:ops`: load and fault figures of issue 15, on the same seeded agency as `npm run bench`.
 *
 *   npm run bench:ops -- [--only baseline,flood,mixed,kill,overload] [--mixed-seconds 300] [--reuse]
 *                        [--data-dir /tmp/kinerja-bench] [--pg-port …] [--port …] [--employees 10000]
 *
 * Ports default to BENCH_PG_PORT / EMBEDDED_PG_PORT and BENCH_PORT / PORT; BENCH_MIXED_SECONDS shortens the
 * mixed run for a trial; BENCH_APP_NODE_OPTIONS is handed to the app's processes only (to profile them under
 * load: "--require ./bench/cpu-profile.cjs", one .cpuprofile per process when the bench stops). Open-loop
 * load (bench/load.ts), every figure also as a ratio to GET /login (a page without database work) measured in
 * the same run at 30 req/s:
 *   baseline  GET /login, 30 req/s for 10 s
 *   flood     50 wrong-password logins/s for 20 s while other signed-in users load pages at 10 req/s
 *             (the same users' pages alone first): their p95 must stay ≤ 1 s
 *   mixed     30 req/s of signed-in pages and report filings for --mixed-seconds: p95 per page
 *   kill      report filings at 10 req/s; PostgreSQL killed with SIGKILL after 5 s and restarted by the
 *             supervisor as under `npm start`: slowest answer, recovery time, and in SQL no duplicate or
 *             partial rows (each saved report has its audit row; rollups equal a rebuild)
 *   overload  GET / at 100 req/s for 10 s, past what one process renders: the 503s and how fast they come
 */
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import type { Database } from '../db/pool';
import { rollupDrift } from '../lib/reports/rollups';
import {
  jakartaToday,
  pickEmployee,
  pickLeader,
  pickSubmitters,
  pickSupervisor,
  sessionCookie,
} from './fixtures';
import { openLoop, type Request, type Sample, type Summary, summarise } from './load';
import { machineInfo, writeResults } from './output';
import { allowedDates, BENCH_ACTIVITY, filing, multipart, parseReportForm } from './report-form';
import { dropBenchReports, fetchReportForm, type People } from './scenarios';
import { Stack } from './stack';

const { values: args } = parseArgs({
  options: {
    only: { type: 'string', default: 'baseline,flood,mixed,kill,overload' },
    'mixed-seconds': { type: 'string', default: process.env.BENCH_MIXED_SECONDS ?? '300' },
    employees: { type: 'string', default: '10000' },
    submitters: { type: 'string', default: '200' },
    reuse: { type: 'boolean', default: false },
    'data-dir': { type: 'string', default: '/tmp/kinerja-bench' },
    'pg-port': {
      type: 'string',
      default: process.env.BENCH_PG_PORT ?? process.env.EMBEDDED_PG_PORT ?? '54440',
    },
    port: { type: 'string', default: process.env.BENCH_PORT ?? process.env.PORT ?? '3400' },
    out: { type: 'string', default: 'bench/results/ops-latest.json' },
  },
});
const only = (args.only ?? '').split(',').map((s) => s.trim());
const SECRET = 'kinerja-bench-secret-not-for-production-0123456789';
const log = (line: string) => console.log(`[bench:ops] ${line}`);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const stack = new Stack({
  dataDir: args['data-dir'] ?? '/tmp/kinerja-bench',
  pgPort: Number(args['pg-port']),
  appPort: Number(args.port),
  employees: Number(args.employees),
  reuse: args.reuse ?? false,
  restart: true,
  // BENCH_APP_NODE_OPTIONS reaches only the app's processes, e.g. "--require ./bench/cpu-profile.cjs".
  appEnv: process.env.BENCH_APP_NODE_OPTIONS
    ? { NODE_OPTIONS: process.env.BENCH_APP_NODE_OPTIONS }
    : undefined,
  secret: SECRET,
  log,
});
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.on(signal, () => void stack.stop().finally(() => process.exit(130)));

type Ctx = { baseUrl: string; secret: string; today: string; people: People };
const cookies = new Map<number, string>();
const cookieOf = async (p: { id: number; sessionVersion: number }) => {
  let c = cookies.get(p.id);
  if (!c) {
    c = await sessionCookie(p, SECRET);
    cookies.set(p.id, c);
  }
  return c;
};
const get = async (
  tag: string,
  path: string,
  who: { id: number; sessionVersion: number },
): Promise<Request> => ({
  tag,
  path,
  init: { headers: { cookie: await cookieOf(who) } },
});

function print(title: string, rows: Summary[], baselineP95: number | null) {
  log(title);
  for (const r of rows) {
    const statuses = Object.entries(r.statuses)
      .map(([s, n]) => `${s}×${n}`)
      .join(' ');
    const ratio = baselineP95 ? ` (${(r.p95 / baselineP95).toFixed(2)}× baseline p95)` : '';
    log(
      `  ${r.tag.padEnd(34)} n=${r.requests} p50 ${r.p50} ms p95 ${r.p95} ms${ratio} max ${r.max} ms [${statuses}]`,
    );
  }
}

/** Signed-in pages other users load meanwhile: employees' home and month, a supervisor's queue. */
function othersRequest(ctx: Ctx) {
  const { submitters, supervisor } = ctx.people;
  return (i: number) => {
    const who = submitters[i % submitters.length] ?? supervisor;
    if (i % 3 === 0) return get('others: GET /', '/', who);
    if (i % 3 === 1)
      return get('others: GET /reports?month=', `/reports?month=${ctx.today.slice(0, 7)}`, who);
    return get('others: GET /team/queue', '/team/queue', supervisor);
  };
}

/**
 * Where in the flood the others waited: per second, the others' slowest answer and what the flood's posts
 * got (200 = a password check and a rendered page, 303 = throttled, 429 = the sign-in limit).
 */
function logTimeline(flood: Sample[], others: Sample[]) {
  const start = Math.min(...flood.map((s) => s.sentAt));
  const second = (s: Sample) => Math.floor((s.sentAt - start) / 1000);
  const rows = new Map<number, { slowest: number; statuses: Map<number, number> }>();
  const row = (n: number) => {
    const found = rows.get(n);
    if (found) return found;
    const r = { slowest: 0, statuses: new Map<number, number>() };
    rows.set(n, r);
    return r;
  };
  for (const s of others) {
    const r = row(second(s));
    r.slowest = Math.max(r.slowest, Math.round(s.ms));
  }
  for (const s of flood) {
    const r = row(second(s));
    r.statuses.set(s.status, (r.statuses.get(s.status) ?? 0) + 1);
  }
  const line = [...rows.entries()]
    .sort(([a], [b]) => a - b)
    .map(([n, r]) => {
      const statuses = [...r.statuses.entries()].map(([st, c]) => `${st}×${c}`).join(' ');
      return `${n}s ${r.slowest} ms [${statuses}]`;
    });
  log(`  timeline (second: others' slowest, flood answers): ${line.join('; ')}`);
}

async function loginFlood(ctx: Ctx): Promise<(i: number) => Request> {
  const page = await fetch(`${ctx.baseUrl}/login`);
  const form = parseReportForm(await page.text(), 'nip');
  const boundary = '----KinerjaFloodBoundary';
  return (i) => {
    const nip = `1990${String(i).padStart(14, '0')}`; // unknown NIPs: refused like wrong passwords
    const fields = form.inputs.map((f) =>
      f.name === 'nip'
        ? { ...f, value: nip }
        : f.name === 'password'
          ? { ...f, value: 'salah-sekali-123' }
          : f,
    );
    return {
      tag: 'flood: POST /login (wrong password)',
      path: form.action.startsWith('/') ? form.action : '/login',
      init: {
        method: 'POST',
        headers: {
          origin: ctx.baseUrl,
          'content-type': `multipart/form-data; boundary=${boundary}`,
          accept: 'text/html',
        },
        body: multipart(fields, boundary),
      },
    };
  };
}

/** No-JS report filings (303 on success), each a new key, employee and slot; keys kept for the SQL check. */
async function filings(ctx: Ctx, tag: string) {
  const form = await fetchReportForm(ctx);
  const dates = allowedDates(ctx.today, Number(process.env.REPORT_BACKDATE_DAYS ?? 3));
  const boundary = '----KinerjaBenchBoundary7MA4YWxkTrZu0gW';
  let n = 0;
  return async (): Promise<Request> => {
    const f = filing(n++, form, ctx.people.submitters, dates, boundary);
    const who = ctx.people.submitters.find((s) => s.id === f.employee);
    return {
      tag,
      key: f.key,
      path: form.action.startsWith('/') ? form.action : '/reports/new',
      init: {
        method: 'POST',
        headers: {
          cookie: who ? await cookieOf(who) : '',
          origin: ctx.baseUrl,
          'content-type': `multipart/form-data; boundary=${boundary}`,
          accept: 'text/html',
        },
        body: f.body,
      },
    };
  };
}

async function mixedRequest(ctx: Ctx) {
  const { submitters, supervisor, leader, employee } = ctx.people;
  const file = await filings(ctx, 'POST /reports/new (filing)');
  const month = `/reports?month=${ctx.today.slice(0, 7)}`;
  // Out of 40: home 12, month 8, queue 4, team 2, overview 1, SKP 4, notifications 3, filing 6.
  return (i: number): Promise<Request> => {
    const who = submitters[i % submitters.length] ?? employee;
    const slot = i % 40;
    if (slot < 12) return get('GET / (home)', '/', who);
    if (slot < 20) return get('GET /reports?month= (month)', month, who);
    if (slot < 24) return get('GET /team/queue', '/team/queue', supervisor);
    if (slot < 26) return get('GET /team (team dashboard)', '/team', supervisor);
    if (slot < 27) return get('GET /overview (leadership)', '/overview', leader);
    if (slot < 31) return get('GET /skp/[id]', `/skp/${employee.skpId}`, employee);
    if (slot < 34) return get('GET /notifications', '/notifications', who);
    return file();
  };
}

type KillResult = {
  killedAtMs: number;
  slowestAnswerMs: number;
  unanswered: number;
  recoverySeconds: number | null;
  saved: number;
  rowsOfSaved: number;
  duplicates: number;
  rowsOfRefused: number;
  /** Rows of requests the bench gave up on (no answer in 15 s): the app finished them after the client left. */
  rowsOfUnanswered: number;
  savedWithoutAudit: number;
  rollupDrift: string[];
};

async function killMidFiling(ctx: Ctx, db: Database): Promise<{ samples: Sample[]; result: KillResult }> {
  const next = await filings(ctx, 'POST /reports/new during the kill');
  const started = performance.now();
  let killedAt = 0;
  const killer = sleep(5000).then(() => {
    const pid = stack.postgresPid();
    killedAt = performance.now();
    log(`killing PostgreSQL (pid ${pid}) with SIGKILL`);
    process.kill(pid, 'SIGKILL');
  });
  const samples = await openLoop(ctx.baseUrl, 10, 30, () => next());
  await killer;
  await sleep(3000); // answers cut off at the end may still be committing
  const after = samples.filter((s) => s.sentAt >= killedAt);
  const firstOk = after.filter((s) => s.status === 303).sort((a, b) => a.sentAt - b.sentAt)[0];
  const keys = (pred: (s: Sample) => boolean) => samples.filter(pred).map((s) => s.key ?? '');
  const saved = keys((s) => s.status === 303);
  const refused = keys((s) => s.status > 0 && s.status !== 303);
  const unanswered = keys((s) => s.status <= 0);
  const count = async (list: string[]) =>
    list.length === 0
      ? 0
      : Number(
          (
            await sql<{ n: number }>`SELECT count(*)::int AS n FROM daily_reports
              WHERE idempotency_key = ANY(${list}::uuid[])`.execute(db)
          ).rows[0]?.n ?? 0,
        );
  const dup = await sql<{
    n: number;
  }>`SELECT count(*)::int AS n FROM (SELECT idempotency_key FROM daily_reports
    WHERE activity LIKE ${`${BENCH_ACTIVITY}%`} GROUP BY 1 HAVING count(*) > 1) x`.execute(db);
  const noAudit = await sql<{ n: number }>`SELECT count(*)::int AS n FROM daily_reports d
    WHERE d.idempotency_key = ANY(${saved}::uuid[]) AND NOT EXISTS (SELECT 1 FROM audit_log a
      WHERE a.entity = 'daily_report' AND a.entity_id = d.id::text AND a.action = 'report.create')`.execute(
    db,
  );
  log('comparing every rollup with a full rebuild (a minute or two at this size)…');
  const drift = await rollupDrift(db);
  return {
    samples,
    result: {
      killedAtMs: Math.round(killedAt - started),
      slowestAnswerMs: Math.round(Math.max(...after.filter((s) => s.status > 0).map((s) => s.ms))),
      unanswered: samples.filter((s) => s.status <= 0).length,
      recoverySeconds: firstOk ? Number(((firstOk.sentAt - killedAt) / 1000).toFixed(1)) : null,
      saved: saved.length,
      rowsOfSaved: await count(saved),
      duplicates: dup.rows[0]?.n ?? 0,
      rowsOfRefused: await count(refused),
      rowsOfUnanswered: await count(unanswered),
      savedWithoutAudit: noAudit.rows[0]?.n ?? 0,
      rollupDrift: drift,
    },
  };
}

async function main() {
  const machine = machineInfo();
  log(`machine: ${machine.cpuCount} × ${machine.cpuModel}, Node ${machine.node}`);
  await stack.startDatabase();
  const seed = await stack.seed();
  const db = stack.need();
  await dropBenchReports(db);
  const today = jakartaToday();
  const [supervisor, employee, leader, submitters] = await Promise.all([
    pickSupervisor(db, today),
    pickEmployee(db, today),
    pickLeader(db),
    pickSubmitters(db, today, Number(args.submitters)),
  ]);
  const ctx: Ctx = {
    baseUrl: stack.baseUrl,
    secret: SECRET,
    today,
    people: { supervisor, employee, leader, submitters },
  };
  await stack.startApp();
  log(`app ready at ${stack.baseUrl}`);
  const out: Record<string, unknown> = { at: new Date().toISOString(), machine, seed, loadBefore: loadavg() };
  log(
    `load average before the run (other work on the machine): ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );

  // Warm every page once so no scenario pays for first renders.
  await openLoop(ctx.baseUrl, 10, 5, async (i) => (await mixedRequest(ctx))(i % 34));
  const baseline = summarise(
    await openLoop(ctx.baseUrl, 30, 10, () => ({ tag: 'baseline: GET /login', path: '/login' })),
  );
  const base = baseline[0]?.p95 ?? null;
  print('baseline (30 req/s, 10 s)', baseline, null);
  out.baseline = baseline;

  if (only.includes('flood')) {
    // Every flood starts from the same state: an earlier run's failures (the per-address limit's window is
    // LOGIN_LOCK_MINUTES) and sign-in buckets would spare this one its first password checks.
    await db.deleteFrom('login_attempts').execute();
    await db.deleteFrom('login_rate_buckets').execute();
    const alone = summarise(await openLoop(ctx.baseUrl, 10, 10, othersRequest(ctx)));
    print('other users alone (10 req/s, 10 s)', alone, base);
    const flood = await loginFlood(ctx);
    const [floodSamples, others] = await Promise.all([
      openLoop(ctx.baseUrl, 50, 20, flood),
      openLoop(ctx.baseUrl, 10, 20, othersRequest(ctx)),
    ]);
    print('login flood (50 req/s, 20 s)', summarise(floodSamples), base);
    print('other users during the flood (10 req/s)', summarise(others), base);
    logTimeline(floodSamples, others);
    out.flood = { alone, flood: summarise(floodSamples), others: summarise(others) };
    await sleep(3000);
  }
  if (only.includes('mixed')) {
    const seconds = Number(args['mixed-seconds']);
    log(`mixed signed-in traffic, 30 req/s for ${seconds} s…`);
    const mixed = summarise(await openLoop(ctx.baseUrl, 30, seconds, await mixedRequest(ctx)));
    print(`mixed (30 req/s, ${seconds} s)`, mixed, base);
    out.mixed = { seconds, rows: mixed };
    await sleep(3000);
  }
  if (only.includes('overload')) {
    const overload = await openLoop(ctx.baseUrl, 100, 10, (i) =>
      get('overload: GET /', '/', submitters[i % submitters.length] ?? employee),
    );
    const by = (status: number) =>
      summarise(
        overload.filter((s) => s.status === status).map((s) => ({ ...s, tag: `overload ${status}` })),
      );
    print('overload (100 req/s of GET /, 10 s)', [...summarise(overload), ...by(200), ...by(503)], base);
    out.overload = { all: summarise(overload), ok: by(200), busy: by(503) };
    await sleep(3000);
  }
  if (only.includes('kill')) {
    // The mixed run's filings took the same employees' time slots: without this most filings here would be
    // refused as overlapping before PostgreSQL is even killed.
    await dropBenchReports(db);
    const { samples, result } = await killMidFiling(ctx, db);
    print('filings while PostgreSQL is killed (10 req/s, 30 s)', summarise(samples), base);
    log(`kill: ${JSON.stringify(result)}`);
    out.kill = { summary: summarise(samples), ...result };
  }
  log(`results written to ${writeResults(args.out ?? 'bench/results/ops-latest.json', out)}`);
}

try {
  await main();
} catch (error) {
  console.error(`[bench:ops] ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exitCode = 1;
} finally {
  await stack.stop().catch(() => {});
}
