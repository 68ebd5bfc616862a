/**
 * The production HTTP server (`npm start`, `npm run serve`, the end-to-end tests and the benchmark):
 * Next.js's own request handler behind node:http, for one reason. `next start` keeps a client-sent
 * X-Forwarded-For as it is and gives route handlers and server actions no socket, so the per-address
 * login limit could be dodged, or pinned on someone else, by writing that header. Here every request
 * carries its TCP peer in PEER_HEADER, replacing anything sent under that name, and the app reads the
 * client address from it and TRUSTED_PROXIES (lib/domain/client-address.ts).
 *
 * PORT chooses the port (0: any free one, printed on the "listening" line).
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { PEER_HEADER, PEER_MARK, parseTrustedProxies } from './lib/domain/client-address';

try {
  parseTrustedProxies(process.env.TRUSTED_PROXIES);
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

const server = createServer((req, res) => {
  req.headers[PEER_HEADER] = req.socket.remoteAddress ?? '';
  void handle(req, res);
});
server.listen(port, () => {
  const { port: actual } = server.address() as AddressInfo;
  console.log(`[kinerja] listening on http://localhost:${actual}`);
});

function stop() {
  server.close(() => process.exit(0));
  server.closeIdleConnections();
  setTimeout(() => process.exit(0), 5000).unref();
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
