/**
 * Load shedding for server.ts: at most `max` requests in the app at once; one more is answered 503 with
 * Retry-After at once, instead of waiting in Node's queue for seconds while every answer gets slower. Not
 * `server-only`: server.ts runs outside Next. Health checks and static assets always pass.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import en from '@/lib/i18n/en.json';
import id from '@/lib/i18n/id.json';
import { LOCALE_COOKIE, negotiateLocale } from '@/lib/i18n/locale';

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

const COOKIE = new RegExp(`(?:^|;\\s*)${LOCALE_COOKIE}=([^;]*)`);
const ALWAYS = ['/api/health/', '/_next/static/', '/favicon'];

/** MAX_CONCURRENT_REQUESTS (default 32; 0 turns the limit off). */
export function concurrencyLimitFromEnv(env: Record<string, string | undefined> = process.env): number {
  const raw = env.MAX_CONCURRENT_REQUESTS;
  if (raw === undefined || raw === '') return 32;
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
    if (active >= max) return busy(req, res);
    active++;
    let done = false;
    const leave = () => {
      if (done) return;
      done = true;
      active--;
    };
    // 'close' comes after the answer is sent or when the client goes away; either frees the slot.
    res.once('close', leave);
    handler(req, res);
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
