import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import en from '@/lib/i18n/en.json';
import id from '@/lib/i18n/id.json';
import { concurrencyLimitFromEnv, withConcurrencyLimit } from './overload';

let server: Server | null = null;
afterEach(
  () =>
    new Promise<void>((r) => {
      if (!server) return r();
      server.close(() => r());
      server.closeAllConnections();
    }),
);

/** A server whose page requests wait until released, limited to `max` at once. */
async function start(max: number) {
  const held: (() => void)[] = [];
  let arrived: () => void = () => {};
  const handler = withConcurrencyLimit((req, res) => {
    if (req.url?.startsWith('/api/health/')) return void res.end('live');
    held.push(() => res.end('page'));
    arrived();
  }, max);
  server = createServer(handler);
  await new Promise<void>((r) => server?.listen(0, '127.0.0.1', () => r()));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const get = (path: string, headers: Record<string, string> = {}) => fetch(`${base}${path}`, { headers });
  const nextArrival = () => new Promise<void>((r) => (arrived = r));
  return { base, get, held, nextArrival, active: handler.active };
}

describe('the concurrency limit in server.ts', () => {
  it('keeps half of the slots for requests that are not link prefetches', async () => {
    const s = await start(4);
    for (const path of ['/a', '/b']) {
      const arrival = s.nextArrival();
      void s.get(path, { 'next-router-prefetch': '1' });
      await arrival;
    }
    expect(s.active()).toBe(2);
    const prefetch = await s.get('/c', { 'next-router-prefetch': '1' });
    expect(prefetch.status).toBe(503);
    // A person's click still gets in, twice, before the limit refuses it too.
    for (const path of ['/d', '/e']) {
      const arrival = s.nextArrival();
      void s.get(path);
      await arrival;
    }
    expect(s.active()).toBe(4);
    expect((await s.get('/f')).status).toBe(503);
    for (const release of s.held.splice(0)) release();
  });

  it('answers 503 with Retry-After at once when the limit is reached, and lets requests in again after', async () => {
    const s = await start(2);
    const waiting = s.nextArrival();
    const first = s.get('/reports');
    await waiting;
    const again = s.nextArrival();
    const second = s.get('/team');
    await again;
    expect(s.active()).toBe(2);

    const refused = await s.get('/overview', { 'accept-language': 'en' });
    expect(refused.status).toBe(503);
    expect(refused.headers.get('retry-after')).toBe('2');
    expect(await refused.text()).toBe(`${en.ops.busy}\n`);
    const indonesian = await s.get('/overview');
    expect(await indonesian.text()).toBe(`${id.ops.busy}\n`);
    // Health checks pass while the app is full.
    expect(await (await s.get('/api/health/live')).text()).toBe('live');

    for (const release of s.held.splice(0)) release();
    expect(await (await first).text()).toBe('page');
    expect(await (await second).text()).toBe('page');
    const later = s.nextArrival();
    const third = s.get('/reports');
    await later;
    for (const release of s.held.splice(0)) release();
    expect((await third).status).toBe(200);
  });

  it('frees the slot of a client that goes away before its answer', async () => {
    const s = await start(1);
    const controller = new AbortController();
    const waiting = s.nextArrival();
    const gone = fetch(`${s.base}/slow`, { signal: controller.signal }).catch(() => 'aborted');
    await waiting;
    expect(s.active()).toBe(1);
    controller.abort();
    expect(await gone).toBe('aborted');
    s.held.splice(0);
    await new Promise<void>((r) => {
      const poll = () => (s.active() === 0 ? r() : setImmediate(poll));
      poll();
    });
    expect(s.active()).toBe(0);
  });

  it('holds the slot of a client that went away until the app has finished with its request', async () => {
    let finish: () => void = () => {};
    let arrived: () => void = () => {};
    const handler = withConcurrencyLimit(
      (_req, res) =>
        new Promise<void>((resolve) => {
          // Like Next rendering a page for a client that no longer waits: the work goes on after the close.
          finish = () => {
            res.end('late');
            resolve();
          };
          arrived();
        }),
      1,
    );
    server = createServer(handler);
    await new Promise<void>((r) => server?.listen(0, '127.0.0.1', () => r()));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const controller = new AbortController();
    const waiting = new Promise<void>((r) => (arrived = r));
    const gone = fetch(`${base}/overview`, { signal: controller.signal }).catch(() => 'aborted');
    await waiting;
    controller.abort();
    expect(await gone).toBe('aborted');
    // The client is gone but the render is not: a new request is refused, not started beside it.
    expect((await fetch(`${base}/team`)).status).toBe(503);
    expect(handler.active()).toBe(1);
    finish();
    await new Promise<void>((r) => {
      const poll = () => (handler.active() === 0 ? r() : setImmediate(poll));
      poll();
    });
    const next = new Promise<void>((r) => (arrived = r));
    const again = fetch(`${base}/team`);
    await next;
    finish();
    expect(await (await again).text()).toBe('late');
  });

  it('reads MAX_CONCURRENT_REQUESTS: 12 by default, 0 for no limit, nothing else', () => {
    expect(concurrencyLimitFromEnv({})).toBe(12);
    expect(concurrencyLimitFromEnv({ MAX_CONCURRENT_REQUESTS: '0' })).toBe(0);
    expect(concurrencyLimitFromEnv({ MAX_CONCURRENT_REQUESTS: '8' })).toBe(8);
    expect(() => concurrencyLimitFromEnv({ MAX_CONCURRENT_REQUESTS: '-1' })).toThrow(/MAX_CONCURRENT/);
    expect(() => concurrencyLimitFromEnv({ MAX_CONCURRENT_REQUESTS: 'many' })).toThrow(/MAX_CONCURRENT/);
  });
});
