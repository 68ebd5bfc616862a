/**
 * One process per core behind one port (server.ts). The primary process runs no Next: it forks WEB_WORKERS
 * workers, each a full server.ts that listens on the same port (the operating system's cluster hand-off gives
 * each new connection to one of them), replaces a worker that dies, and on SIGTERM/SIGINT stops them all.
 * Everything a user relies on lives in PostgreSQL — sessions are signed cookies checked against the users
 * row, the login throttle, idempotency keys, queues — so any worker, or any other instance, can answer any
 * request, and the per-address sign-in bucket is one row for all of them (lib/http/login-rate-store.ts). What
 * each worker keeps in memory is a guard only it needs: its request limit (MAX_CONCURRENT_REQUESTS per worker).
 * Not `server-only`: server.ts runs outside Next.
 */
import cluster, { type Worker } from 'node:cluster';
import { availableParallelism } from 'node:os';

/** WEB_WORKERS: how many worker processes (default: the number of CPUs; 1 serves from one process). */
export function workersFromEnv(
  env: Record<string, string | undefined> = process.env,
  cpus: number = availableParallelism(),
): number {
  const raw = env.WEB_WORKERS;
  if (raw === undefined || raw === '') return Math.max(1, cpus);
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new Error(`WEB_WORKERS must be a whole number ≥ 1, got "${raw}"`);
  return n;
}

/** JOBS_MAX_HEAP_MB: the jobs process's heap limit in MiB (default: Node's own). */
export function jobsHeapFromEnv(env: Record<string, string | undefined> = process.env): number | null {
  const raw = env.JOBS_MAX_HEAP_MB;
  if (raw === undefined || raw === '') return null;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 256)
    throw new Error(`JOBS_MAX_HEAP_MB must be a whole number ≥ 256, got "${raw}"`);
  return n;
}

/** The environment variable that makes a forked process the jobs process rather than a web worker. */
export const JOBS_ROLE = 'KINERJA_PROCESS';

/**
 * The primary's duty: start `count` web workers, plus one jobs process (background work such as the rater
 * analysis, which would otherwise hold a web worker's event loop for seconds), and keep them running until
 * told to stop. A process that dies is replaced after a pause that grows while they keep dying at once (a
 * broken build must not spin).
 */
export function superviseWorkers(
  count: number,
  log: (line: string) => void,
  { jobs = false, jobsHeapMb = null as number | null } = {},
): void {
  let stopping = false;
  let quickDeaths = 0;
  const start = (env: Record<string, string> = {}) => {
    // The jobs process may need more memory than Node's default heap (the rater analysis of 50,000 people
    // holds a year of their decisions): JOBS_MAX_HEAP_MB, for that process only.
    const base = cluster.settings.execArgv ?? process.execArgv;
    const bigger = env[JOBS_ROLE] && jobsHeapMb;
    if (bigger) cluster.setupPrimary({ execArgv: [...base, `--max-old-space-size=${jobsHeapMb}`] });
    const worker = cluster.fork(env);
    if (bigger) cluster.setupPrimary({ execArgv: base });
    const born = Date.now();
    const what = env[JOBS_ROLE] ? 'jobs process' : 'worker';
    worker.on('exit', (code, signal) => {
      if (stopping) return;
      quickDeaths = Date.now() - born < 10_000 ? quickDeaths + 1 : 0;
      const pause = Math.min(30_000, 500 * 2 ** Math.min(quickDeaths, 6));
      log(
        `${what} ${worker.process.pid} stopped (${signal ?? `exit ${code}`}); a new one starts in ${pause} ms`,
      );
      setTimeout(() => !stopping && start(env), pause).unref();
    });
  };
  for (let i = 0; i < count; i++) start();
  if (jobs) start({ [JOBS_ROLE]: 'jobs' });
  const stop = () => {
    if (stopping) return;
    stopping = true;
    const alive = Object.values(cluster.workers ?? {}).filter((w): w is Worker => w !== undefined);
    if (alive.length === 0) process.exit(0);
    let left = alive.length;
    for (const w of alive) {
      w.once('exit', () => --left === 0 && process.exit(0));
      w.process.kill('SIGTERM');
    }
    setTimeout(() => process.exit(0), 8000).unref();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
