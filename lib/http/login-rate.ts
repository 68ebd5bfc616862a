/**
 * A per-address limit on sign-in posts, in server.ts before Next renders anything. The login throttle
 * (lib/auth/throttle.ts) refuses a flooding address after LOGIN_IP_MAX_FAILURES failures, but each refusal
 * still costs a database query and a rendered login page; at 50 posts a second from one address that is
 * the whole core, and everyone else's pages wait. Here each address has a bucket of LOGIN_RATE_BURST posts,
 * refilled at LOGIN_RATE_PER_MINUTE; a post with the bucket empty is answered 429 with Retry-After, in
 * microseconds and without reading its body. An office behind one NAT address signing in at 07:30 stays well
 * inside the defaults (a burst of 20, then 5 a second). A larger burst is what a flood spends first: at 60,
 * a flood's first second reached 30 password checks and 30 rendered pages at once, and everyone else's pages
 * waited up to 2 s (bench:ops; at 20 the longest wait was 1.2 s, and the others' p95 0.3 s). The buckets
 * live in PostgreSQL, one per address for every worker and instance (lib/http/login-rate-store.ts);
 * `memoryBuckets` keeps them in this process.
 * Not `server-only`: server.ts runs outside Next.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { BlockList } from 'node:net';
import { clientAddress } from '@/lib/domain/client-address';
import en from '@/lib/i18n/en.json';
import id from '@/lib/i18n/id.json';
import { LOCALE_COOKIE, negotiateLocale } from '@/lib/i18n/locale';

type Handler = (req: IncomingMessage, res: ServerResponse) => void;
export type LoginRate = { perMinute: number; burst: number };
/** Whether one more sign-in post from an address may pass; if not, after how many seconds to try again. */
export type Verdict = { allowed: true } | { allowed: false; retryAfter: number };
/** Takes one post from the address's bucket. */
export type Buckets = (address: string) => Verdict | Promise<Verdict>;

const COOKIE = new RegExp(`(?:^|;\\s*)${LOCALE_COOKIE}=([^;]*)`);
/** Buckets idle long enough to be full again are forgotten once this many addresses are tracked. */
const PRUNE_AT = 10_000;
export const ALLOWED: Verdict = { allowed: true };

function wholeEnv(env: Record<string, string | undefined>, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0)
    throw new Error(`${name} must be a non-negative whole number, got "${raw}"`);
  return n;
}

/** LOGIN_RATE_PER_MINUTE (default 300; 0 turns the limit off) and LOGIN_RATE_BURST (default 20). */
export function loginRateFromEnv(env: Record<string, string | undefined> = process.env): LoginRate {
  return {
    perMinute: wholeEnv(env, 'LOGIN_RATE_PER_MINUTE', 300),
    burst: Math.max(1, wholeEnv(env, 'LOGIN_RATE_BURST', 20)),
  };
}

/**
 * The bucket as one instant (the generic cell rate algorithm): `tat`, when the bucket will be full again.
 * Each post moves it one period (60 000 / perMinute ms) later; a post is refused, leaving it as it was, when
 * that instant is more than burst − 1 periods away. Both stores, in memory and in SQL, follow this rule.
 */
export function gcra(rate: LoginRate) {
  const period = 60_000 / rate.perMinute;
  const tolerance = (rate.burst - 1) * period;
  return {
    period,
    tolerance,
    /** The new `tat` if a post at `now` passes, or null if it is refused. */
    take: (tat: number | undefined, now: number): number | null => {
      const from = Math.max(tat ?? now, now);
      return from - now <= tolerance ? from + period : null;
    },
    /** Within one period of a refusal the bucket has room again: the answer's Retry-After. */
    retryAfter: Math.max(1, Math.ceil(period / 1000)),
  };
}

/** Buckets in this process only (one instance with one worker, and the unit tests' moving clock). */
export function memoryBuckets(rate: LoginRate, now: () => number = Date.now): Buckets {
  const rule = gcra(rate);
  const tats = new Map<string, number>();
  const refused: Verdict = { allowed: false, retryAfter: rule.retryAfter };
  return (address) => {
    const t = now();
    if (tats.size >= PRUNE_AT && !tats.has(address))
      for (const [key, tat] of tats) if (tat <= t) tats.delete(key);
    const next = rule.take(tats.get(address), t);
    if (next === null) return refused;
    tats.set(address, next);
    return ALLOWED;
  };
}

/** A sign-in post: the login page's form (with or without JavaScript) or next-auth's callback. */
export function isSignInPost(req: IncomingMessage): boolean {
  if (req.method !== 'POST') return false;
  const path = (req.url ?? '/').split('?')[0] ?? '/';
  return path === '/login' || path.startsWith('/api/auth/callback/');
}

/** Sign-in posts past the address's bucket are answered 429; with `buckets` null there is no limit. */
export function withLoginRateLimit(handler: Handler, buckets: Buckets | null, trusted: BlockList): Handler {
  if (!buckets) return handler;
  return (req, res) => {
    if (!isSignInPost(req)) return handler(req, res);
    const forwarded = req.headers['x-forwarded-for'];
    const address = clientAddress(
      req.socket.remoteAddress ?? null,
      Array.isArray(forwarded) ? forwarded.join(',') : (forwarded ?? null),
      trusted,
    );
    const verdict = buckets(address);
    if (!(verdict instanceof Promise)) return decide(verdict);
    // A store that cannot answer lets the post through: the login throttle still stands behind it.
    verdict.then(decide, () => handler(req, res));
    function decide(v: Verdict) {
      if (v.allowed) handler(req, res);
      else tooMany(req, res, v.retryAfter);
    }
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
