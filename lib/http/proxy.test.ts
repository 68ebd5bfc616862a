import { NextRequest } from 'next/server';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';

beforeAll(() => {
  process.env.NEXTAUTH_SECRET = 'unit-test-secret-unit-test-secret-unit-test';
});
afterEach(() => vi.useRealTimers());

/** A request for `path` carrying a session signed in at `signedInAt`, sent `later` seconds after that. */
async function sendLater(path: string, later: number) {
  const { encodeSession, SESSION_COOKIE } = await import('@/lib/auth/session');
  const { proxy } = await import('@/proxy');
  vi.useFakeTimers({ toFake: ['Date'] });
  const signedInAt = new Date('2026-12-07T08:00:00+07:00');
  vi.setSystemTime(signedInAt);
  const token = await encodeSession({ uid: 7, sv: 1, lat: Math.floor(signedInAt.getTime() / 1000) });
  vi.setSystemTime(signedInAt.getTime() + later * 1000);
  const request = new NextRequest(`http://localhost${path}`, {
    headers: { cookie: `${SESSION_COOKIE}=${token}` },
  });
  return { response: await proxy(request), SESSION_COOKIE };
}

describe('the idle timer', () => {
  it('is renewed by a page the person opens', async () => {
    const { response, SESSION_COOKIE } = await sendLater('/team/queue', 120);
    expect(response.status).toBe(200);
    expect(response.headers.get('set-cookie')).toContain(`${SESSION_COOKIE}=`);
  });

  it('is not renewed by the open queue polling on its own, so an unattended queue still signs out', async () => {
    const { response, SESSION_COOKIE } = await sendLater('/team/queue/stamp', 120);
    expect(response.status).toBe(200);
    expect(response.headers.get('set-cookie')).toBeNull();
  });

  it('lets the poll through only while the session is alive: after the idle time it is sent to sign in', async () => {
    const { response } = await sendLater('/team/queue/stamp', 31 * 60);
    expect(response.status).toBe(307);
    expect(response.headers.get('location')).toContain('/login');
  });
});
