/**
 * Load shedding for server.ts: at most `max` requests in the app at once; one more is answered 503 with
 * Retry-After at once, instead of waiting in Node's queue for seconds while every answer gets slower. Not
 * `server-only`: server.ts runs outside Next. Health checks and static assets always pass.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import en from '@/lib/i18n/en.json';
import id from '@/lib/i18n/id.json';
import { LOCALE_COOKIE, negotiateLocale } from '@/lib/i18n/locale';

/** Next's handler returns a promise that settles when it has finished with the request. */
type Handler = (req: IncomingMessage, res: ServerResponse) => unknown;

const COOKIE = new RegExp(`(?:^|;\\s*)${LOCALE_COOKIE}=([^;]*)`);
const ALWAYS = ['/api/health/', '/_next/static/', '/favicon'];

/**
 * MAX_CONCURRENT_REQUESTS per worker (default 12; 0 turns the limit off). A worker renders on one core: more
 * requests at once only lengthen the queue of work its event loop must get through before it even reads the
 * next request, and that queue is what makes a 503 slow. The database's answers for many pages arrive
 * together and each page then renders without yielding, so one turn of the loop grows with the number of
 * pages in progress: in the overload bench (100 req/s of the home page on two workers) 24 per worker
 * answered its 503s after p50 3.0 s and its pages after p50 8.7 s; 12 answered the 503s after p50 0.3 s
 * (p95 0.6 s) and the pages after p50 0.7 s. One page view in a browser is a dozen requests (the page,
 * then the router's prefetch of each link it shows); prefetches get only half of the slots, so a person's
 * own click always finds one of the other half.
 */
export function concurrencyLimitFromEnv(env: Record<string, string | undefined> = process.env): number {
  const raw = env.MAX_CONCURRENT_REQUESTS;
  if (raw === undefined || raw === '') return 12;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0)
    throw new Error(`MAX_CONCURRENT_REQUESTS must be a non-negative whole number, got "${raw}"`);
  return n;
}

export function withConcurrencyLimit(handler: Handler, max: number): Handler & { active: () => number } {
  let active = 0;
  const limited = (req: IncomingMessage, res: ServerResponse) => {
    const path = req.url ?? '/';
    if (max === 0 || ALWAYS.some((p) => path.startsWith(p))) return handler(req, res);
    // Link prefetches (the router asks for the pages a screen links to, ten or more at a time) get only half of
    // the slots: a burst of them must never leave a person's own click without one. Sign-in posts are not
    // capped so: with half of 12 a busy worker refused ordinary sign-ins (the full test run saw it); a flood's
    // posts are held back by the per-address sign-in limit before they get here (lib/http/login-rate.ts).
    const prefetch = req.headers['next-router-prefetch'] !== undefined;
    if (active >= (prefetch ? Math.ceil(max / 2) : max)) return busy(req, res);
    active++;
    // The slot is held until the answer is sent or the client has gone ('close') AND the app has finished with
    // the request: a page whose client gave up is still being rendered, and that work must count, or clients
    // that time out let ever more renders pile up behind the limit.
    let pending = 2;
    const settle = () => {
      if (--pending === 0) active--;
    };
    res.once('close', settle);
    const work = handler(req, res);
    if (work instanceof Promise) work.then(settle, settle);
    else settle();
  };
  return Object.assign(limited, { active: () => active });
}

function busy(req: IncomingMessage, res: ServerResponse): void {
  const cookie = COOKIE.exec(req.headers.cookie ?? '')?.[1];
  const lang = negotiateLocale(cookie, req.headers['accept-language'] ?? null);
  const text = (lang === 'en' ? en : id).ops.busy;
  // The request body is not read: close the connection so it is not parsed as the next request.
  res.writeHead(503, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Cache-Control': 'no-store',
    'Retry-After': '2',
    Connection: 'close',
  });
  res.end(`${text}\n`);
}
