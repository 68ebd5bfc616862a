/**
 * The production HTTP server (`npm start`, `npm run serve`, the end-to-end tests and the benchmark):
 * Next.js's own request handler behind node:http, for one reason. `next start` keeps a client-sent
 * X-Forwarded-For as it is and gives route handlers and server actions no socket, so the per-address
 * login limit could be dodged, or pinned on someone else, by writing that header. Here every request
 * carries its TCP peer in PEER_HEADER, replacing anything sent under that name, and the app reads the
 * client address from it and TRUSTED_PROXIES (lib/domain/client-address.ts).
 *
 * PORT chooses the port (0: any free one, printed on the "listening" line). More duties live here, outside
 * Next: sign-in posts limited per address, past the limit answered 429 at once (lib/http/login-rate.ts); at
 * most MAX_CONCURRENT_REQUESTS requests at once, one more answered 503 at once (lib/http/overload.ts); and the
 * retention purge every RETENTION_CLEANUP_HOURS (lib/retention.ts).
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createDb } from './db/pool';
import { PEER_HEADER, PEER_MARK, parseTrustedProxies } from './lib/domain/client-address';
import { loginRateFromEnv, withLoginRateLimit } from './lib/http/login-rate';
import { concurrencyLimitFromEnv, withConcurrencyLimit } from './lib/http/overload';
import { purgeExpired, retentionFromEnv } from './lib/retention';

let maxConcurrent = 0;
let trusted: ReturnType<typeof parseTrustedProxies>;
let loginRate: ReturnType<typeof loginRateFromEnv>;
let retention: ReturnType<typeof retentionFromEnv>;
try {
  trusted = parseTrustedProxies(process.env.TRUSTED_PROXIES);
  maxConcurrent = concurrencyLimitFromEnv();
  loginRate = loginRateFromEnv();
  retention = retentionFromEnv();
} catch (error) {
  console.error(`[kinerja] ${(error as Error).message}`);
  process.exit(1);
}
Object.assign(process.env, { NODE_ENV: 'production' });
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
      void handle(req, res);
    }, maxConcurrent),
    loginRate,
    trusted,
  ),
);
server.listen(port, () => {
  const { port: actual } = server.address() as AddressInfo;
  console.log(`[kinerja] listening on http://localhost:${actual}`);
});

// Retention: a first purge a minute after start, then every RETENTION_CLEANUP_HOURS (0: only by cron with
// `npm run db:cleanup`). Several instances may each run it; the deletes are idempotent.
if (retention.intervalHours > 0 && process.env.DATABASE_URL) {
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

function stop() {
  server.close(() => process.exit(0));
  server.closeIdleConnections();
  setTimeout(() => process.exit(0), 5000).unref();
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
