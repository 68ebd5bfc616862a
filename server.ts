/**
 * The production HTTP server (`npm start`, `npm run serve`, the end-to-end tests and the benchmark):
 * Next.js's own request handler behind node:http, for one reason. `next start` keeps a client-sent
 * X-Forwarded-For as it is and gives route handlers and server actions no socket, so the per-address
 * login limit could be dodged, or pinned on someone else, by writing that header. Here every request
 * carries its TCP peer in PEER_HEADER, replacing anything sent under that name, and the app reads the
 * client address from it and TRUSTED_PROXIES (lib/domain/client-address.ts).
 *
 * PORT chooses the port (0: any free one, printed on the "listening" line). WEB_WORKERS processes serve it
 * (default: one per CPU; lib/http/workers.ts), the first process only supervising them. More duties live here, outside
 * Next: sign-in posts limited per address, past the limit answered 429 at once (lib/http/login-rate.ts), with
 * one bucket per address in PostgreSQL for every worker and instance (lib/http/login-rate-store.ts); at most
 * MAX_CONCURRENT_REQUESTS requests at once, one more answered 503 at once (lib/http/overload.ts); the
 * retention purge every RETENTION_CLEANUP_HOURS (lib/retention.ts); and, in a jobs process of its own, the
 * rater analyses pages ask for (lib/raters/analysis.ts).
 */
import cluster from 'node:cluster';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createDb } from './db/pool';
import { PEER_HEADER, PEER_MARK, parseTrustedProxies } from './lib/domain/client-address';
import { loginRateFromEnv, withLoginRateLimit } from './lib/http/login-rate';
import { loginBuckets } from './lib/http/login-rate-store';
import { concurrencyLimitFromEnv, withConcurrencyLimit } from './lib/http/overload';
import { JOBS_ROLE, jobsHeapFromEnv, superviseWorkers, workersFromEnv } from './lib/http/workers';
import { analysisSettingsFromEnv, startAnalysisJobs } from './lib/raters/analysis';
import { purgeExpired, retentionFromEnv } from './lib/retention';

let workers = 1;
let maxConcurrent = 0;
let trusted: ReturnType<typeof parseTrustedProxies>;
let loginRate: ReturnType<typeof loginRateFromEnv>;
let retention: ReturnType<typeof retentionFromEnv>;
let analysis: ReturnType<typeof analysisSettingsFromEnv>;
let jobsHeapMb: number | null = null;
try {
  workers = workersFromEnv();
  trusted = parseTrustedProxies(process.env.TRUSTED_PROXIES);
  maxConcurrent = concurrencyLimitFromEnv();
  loginRate = loginRateFromEnv();
  retention = retentionFromEnv();
  analysis = analysisSettingsFromEnv();
  jobsHeapMb = jobsHeapFromEnv();
} catch (error) {
  console.error(`[kinerja] ${(error as Error).message}`);
  process.exit(1);
}
Object.assign(process.env, { NODE_ENV: 'production' });

// With more than one worker this process only supervises them and the jobs process; each worker runs the
// rest of this file. A single process (WEB_WORKERS=1) serves and runs the jobs itself.
const jobsProcess = cluster.isWorker && process.env[JOBS_ROLE] === 'jobs';
const serving = !jobsProcess && (workers === 1 || cluster.isWorker);
if (jobsProcess) startJobs();
else if (!serving) {
  console.log(`[kinerja] starting ${workers} workers (WEB_WORKERS) on port ${process.env.PORT ?? 3000}`);
  superviseWorkers(workers, (line) => console.log(`[kinerja] ${line}`), { jobs: true, jobsHeapMb });
  startRetention();
} else await serve();

/** One Next server on the port (alone, or as one of the workers). */
async function serve() {
  const { default: next } = await import('next');
  const port = Number(process.env.PORT ?? 3000);
  (globalThis as Record<symbol, unknown>)[PEER_MARK] = true;
  const app = next({ dev: false, hostname: 'localhost', port });
  const handle = app.getRequestHandler();
  await app.prepare();

  const server = createServer(
    withLoginRateLimit(
      withConcurrencyLimit((req, res) => {
        req.headers[PEER_HEADER] = req.socket.remoteAddress ?? '';
        return handle(req, res);
      }, maxConcurrent),
      loginBuckets(loginRate),
      trusted,
    ),
  );
  server.listen(port, () => {
    const { port: actual } = server.address() as AddressInfo;
    console.log(
      `[kinerja] listening on http://localhost:${actual}${cluster.isWorker ? ` (worker ${process.pid})` : ''}`,
    );
  });
  // A single process purges itself and runs the jobs; workers leave that to their primary.
  if (cluster.isPrimary) {
    startRetention();
    startJobs();
  }

  const stop = () => {
    server.close(() => process.exit(0));
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), 5000).unref();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

/**
 * Background jobs: the rater analyses pages have asked for (lib/raters/analysis.ts), polled every few
 * seconds. Several instances may each run it; a claimed span is computed by one.
 */
function startJobs() {
  if (!process.env.DATABASE_URL) return;
  const db = createDb(process.env.DATABASE_URL, {
    max: 4,
    applicationName: 'kinerja-jobs',
    statementTimeoutMs: 600_000,
  });
  const stop = startAnalysisJobs(db, (line) => console.log(`[kinerja] ${line}`), analysis);
  if (jobsProcess)
    for (const signal of ['SIGINT', 'SIGTERM'] as const)
      process.on(signal, () => {
        stop();
        void db.destroy().finally(() => process.exit(0));
      });
}

/**
 * Retention: a first purge a minute after start, then every RETENTION_CLEANUP_HOURS (0: only by cron with
 * `npm run db:cleanup`). Several instances may each run it; the deletes are idempotent.
 */
function startRetention() {
  if (!(retention.intervalHours > 0 && process.env.DATABASE_URL)) return;
  const db = createDb(process.env.DATABASE_URL, { max: 1, applicationName: 'kinerja-cleanup' });
  const purge = () =>
    purgeExpired(db, retention, new Date()).then(
      (n) =>
        console.log(
          `[kinerja] retention: ${n.loginAttempts} login attempts, ${n.notifications} notifications deleted`,
        ),
      (error: Error) =>
        console.error(
          `[kinerja] retention purge failed (next try in ${retention.intervalHours} h): ${error.message}`,
        ),
    );
  setTimeout(purge, 60_000).unref();
  setInterval(purge, retention.intervalHours * 3_600_000).unref();
}
