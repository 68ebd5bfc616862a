import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { parseTrustedProxies } from '@/lib/domain/client-address';
import en from '@/lib/i18n/en.json';
import { type Buckets, gcra, loginRateFromEnv, memoryBuckets, withLoginRateLimit } from './login-rate';

let server: Server | null = null;
afterEach(
  () =>
    new Promise<void>((r) => {
      if (!server) return r();
      server.close(() => r());
      server.closeAllConnections();
    }),
);

/** A server behind the sign-in limit, on a clock the test moves; counts what reached the app. */
async function start(perMinute: number, burst: number, trustedProxies = '', shared?: Buckets) {
  let clock = 1_000_000;
  const reached: string[] = [];
  const handler = withLoginRateLimit(
    (req, res) => {
      reached.push(`${req.method} ${req.url}`);
      res.end('app');
    },
    shared ?? memoryBuckets({ perMinute, burst }, () => clock),
    parseTrustedProxies(trustedProxies),
  );
  server = createServer(handler);
  await new Promise<void>((r) => server?.listen(0, '127.0.0.1', () => r()));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const post = (path = '/login', headers: Record<string, string> = {}) =>
    fetch(`${base}${path}`, { method: 'POST', body: 'nip=1&password=x', headers });
  return { base, post, reached, advance: (ms: number) => (clock += ms) };
}

describe('the per-address sign-in limit in server.ts', () => {
  it('lets a burst through, then answers 429 with Retry-After before the app sees the post', async () => {
    const s = await start(60, 3);
    for (let i = 0; i < 3; i++) expect((await s.post()).status).toBe(200);
    const refused = await s.post('/login', { 'accept-language': 'en' });
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe('1');
    expect(await refused.text()).toBe(`${en.ops.loginRate}\n`);
    expect((await s.post('/api/auth/callback/credentials')).status).toBe(429);
    expect(s.reached).toHaveLength(3);
  });

  it('refills at the set rate, and never limits pages or other posts', async () => {
    const s = await start(60, 1);
    expect((await s.post()).status).toBe(200);
    expect((await s.post()).status).toBe(429);
    s.advance(1000);
    expect((await s.post()).status).toBe(200);
    expect((await fetch(`${s.base}/login`)).status).toBe(200);
    expect((await s.post('/reports/new')).status).toBe(200);
    expect((await s.post('/login?returnTo=/')).status).toBe(429);
  });

  it('counts per client address: a forwarded address counts only behind a trusted proxy', async () => {
    const direct = await start(60, 1);
    expect((await direct.post('/login', { 'x-forwarded-for': '10.1.1.1' })).status).toBe(200);
    // Not behind a trusted proxy, the header is the client's own writing: still the same address.
    expect((await direct.post('/login', { 'x-forwarded-for': '10.1.1.2' })).status).toBe(429);
    await new Promise<void>((r) => server?.close(() => r()));
    server?.closeAllConnections();
    const proxied = await start(60, 1, '127.0.0.1');
    expect((await proxied.post('/login', { 'x-forwarded-for': '10.1.1.1' })).status).toBe(200);
    expect((await proxied.post('/login', { 'x-forwarded-for': '10.1.1.2' })).status).toBe(200);
    expect((await proxied.post('/login', { 'x-forwarded-for': '10.1.1.1' })).status).toBe(429);
  });

  it('waits for a store that answers later, and lets the post through when the store fails', async () => {
    let calls = 0;
    const s = await start(60, 1, '', async () => {
      calls++;
      if (calls === 1) return { allowed: true };
      if (calls === 2) return { allowed: false, retryAfter: 12 };
      throw new Error('database away');
    });
    expect((await s.post()).status).toBe(200);
    const refused = await s.post();
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe('12');
    expect((await s.post()).status).toBe(200);
    expect(s.reached).toHaveLength(2);
  });

  it('reads its settings from the environment; 0 turns it off, nonsense stops the start', () => {
    expect(loginRateFromEnv({})).toEqual({ perMinute: 300, burst: 20 });
    expect(loginRateFromEnv({ LOGIN_RATE_PER_MINUTE: '0', LOGIN_RATE_BURST: '5' })).toEqual({
      perMinute: 0,
      burst: 5,
    });
    expect(() => loginRateFromEnv({ LOGIN_RATE_PER_MINUTE: 'many' })).toThrow(/LOGIN_RATE_PER_MINUTE/);
  });
});

describe('the bucket arithmetic (one instant per address)', () => {
  it('lets exactly a burst through at once, then one post per period', () => {
    const rule = gcra({ perMinute: 300, burst: 60 });
    expect(rule.period).toBe(200);
    let tat: number | undefined;
    let passed = 0;
    for (let i = 0; i < 100; i++) {
      const next = rule.take(tat, 0);
      if (next === null) continue;
      tat = next;
      passed++;
    }
    expect(passed).toBe(60);
    expect(rule.take(tat, 199)).toBeNull();
    expect(rule.take(tat, 200)).toBe(12_200);
    // Over 20 s at 50 posts a second from one address: the burst, then one per 200 ms.
    let flood: number | undefined;
    let through = 0;
    for (let i = 0; i < 1000; i++) {
      const next = rule.take(flood, i * 20);
      if (next !== null) [flood, through] = [next, through + 1];
    }
    expect(through).toBe(60 + 100 - 1);
  });

  it('is full again once its instant has passed, and asks a refused client to wait at most one period', () => {
    const rule = gcra({ perMinute: 6, burst: 2 });
    expect(rule.take(5_000, 5_000)).toBe(15_000);
    expect(rule.take(100, 5_000)).toBe(15_000);
    expect(rule.take(15_001, 5_000)).toBeNull();
    expect(rule.retryAfter).toBe(10);
    expect(gcra({ perMinute: 600, burst: 1 }).retryAfter).toBe(1);
  });

  it('in memory: a refused address passes again one period later', () => {
    let clock = 0;
    const take = memoryBuckets({ perMinute: 60, burst: 1 }, () => clock);
    expect(take('10.0.0.1')).toEqual({ allowed: true });
    expect(take('10.0.0.1')).toEqual({ allowed: false, retryAfter: 1 });
    clock = 1000;
    expect(take('10.0.0.1')).toEqual({ allowed: true });
  });
});
