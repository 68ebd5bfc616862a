/**
 * A per-address limit on sign-in posts, in server.ts before Next renders anything. The login throttle
 * (lib/auth/throttle.ts) refuses a flooding address after LOGIN_IP_MAX_FAILURES failures, but each refusal
 * still costs a database query and a rendered login page; at 50 posts a second from one address that is
 * the whole core, and everyone else's pages wait. Here each address has a bucket of LOGIN_RATE_BURST posts,
 * refilled at LOGIN_RATE_PER_MINUTE; a post with the bucket empty is answered 429 with Retry-After, in
 * microseconds and without reading its body. An office behind one NAT address signing in at 07:30 stays well
 * inside the defaults (a burst of 60, then 5 a second). Not `server-only`: server.ts runs outside Next.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { BlockList } from 'node:net';
import { clientAddress } from '@/lib/domain/client-address';
import en from '@/lib/i18n/en.json';
import id from '@/lib/i18n/id.json';
import { LOCALE_COOKIE, negotiateLocale } from '@/lib/i18n/locale';

type Handler = (req: IncomingMessage, res: ServerResponse) => void;
export type LoginRate = { perMinute: number; burst: number };

const COOKIE = new RegExp(`(?:^|;\\s*)${LOCALE_COOKIE}=([^;]*)`);
/** Buckets idle long enough to be full again are forgotten once this many addresses are tracked. */
const PRUNE_AT = 10_000;

function wholeEnv(env: Record<string, string | undefined>, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0)
    throw new Error(`${name} must be a non-negative whole number, got "${raw}"`);
  return n;
}

/** LOGIN_RATE_PER_MINUTE (default 300; 0 turns the limit off) and LOGIN_RATE_BURST (default 60). */
export function loginRateFromEnv(env: Record<string, string | undefined> = process.env): LoginRate {
  return {
    perMinute: wholeEnv(env, 'LOGIN_RATE_PER_MINUTE', 300),
    burst: Math.max(1, wholeEnv(env, 'LOGIN_RATE_BURST', 60)),
  };
}

/** A sign-in post: the login page's form (with or without JavaScript) or next-auth's callback. */
export function isSignInPost(req: IncomingMessage): boolean {
  if (req.method !== 'POST') return false;
  const path = (req.url ?? '/').split('?')[0] ?? '/';
  return path === '/login' || path.startsWith('/api/auth/callback/');
}

export function withLoginRateLimit(
  handler: Handler,
  rate: LoginRate,
  trusted: BlockList,
  now: () => number = Date.now,
): Handler {
  if (rate.perMinute === 0) return handler;
  const perMs = rate.perMinute / 60_000;
  const buckets = new Map<string, { tokens: number; at: number }>();
  const refill = (b: { tokens: number; at: number }, t: number) => {
    b.tokens = Math.min(rate.burst, b.tokens + (t - b.at) * perMs);
    b.at = t;
  };
  return (req, res) => {
    if (!isSignInPost(req)) return handler(req, res);
    const t = now();
    const forwarded = req.headers['x-forwarded-for'];
    const address = clientAddress(
      req.socket.remoteAddress ?? null,
      Array.isArray(forwarded) ? forwarded.join(',') : (forwarded ?? null),
      trusted,
    );
    let bucket = buckets.get(address);
    if (!bucket) {
      if (buckets.size >= PRUNE_AT)
        for (const [key, b] of buckets) {
          refill(b, t);
          if (b.tokens >= rate.burst) buckets.delete(key);
        }
      bucket = { tokens: rate.burst, at: t };
      buckets.set(address, bucket);
    } else refill(bucket, t);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return handler(req, res);
    }
    tooMany(req, res, Math.ceil((1 - bucket.tokens) / perMs / 1000));
  };
}

function tooMany(req: IncomingMessage, res: ServerResponse, seconds: number): void {
  const cookie = COOKIE.exec(req.headers.cookie ?? '')?.[1];
  const lang = negotiateLocale(cookie, req.headers['accept-language'] ?? null);
  const text = (lang === 'en' ? en : id).ops.loginRate;
  // The body is not read: close the connection so it is not parsed as the next request.
  res.writeHead(429, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Cache-Control': 'no-store',
    'Retry-After': String(Math.max(1, seconds)),
    Connection: 'close',
  });
  res.end(`${text}\n`);
}
