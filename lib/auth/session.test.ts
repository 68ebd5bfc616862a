import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';

beforeAll(() => {
  process.env.NEXTAUTH_SECRET = 'unit-test-secret-unit-test-secret-unit-test';
});
afterEach(() => vi.useRealTimers());

const load = () => import('./session');

describe('session tokens', () => {
  it('are next-auth’s own format: each side reads the other’s', async () => {
    const { decodeSession, encodeSession } = await load();
    const { decode, encode } = await import('next-auth/jwt');
    const secret = process.env.NEXTAUTH_SECRET as string;
    const lat = Math.floor(Date.now() / 1000);
    const theirs = await encode({ token: { sub: '7', uid: 7, sv: 2, lat }, secret, maxAge: 600 });
    expect(await decodeSession(theirs)).toMatchObject({ uid: 7, sv: 2, lat });
    const ours = await encodeSession({ uid: 8, sv: 3, lat });
    expect(await decode({ token: ours, secret })).toMatchObject({ sub: '8', uid: 8, sv: 3, lat });
    // Another secret reads nothing.
    const stranger = await encode({ token: { uid: 7, sv: 2, lat }, secret: `${secret}-other` });
    expect(await decodeSession(stranger)).toBeNull();
  });

  it('round-trip the user id, session version and login time only', async () => {
    const { decodeSession, encodeSession } = await load();
    const lat = Math.floor(Date.now() / 1000);
    const decoded = await decodeSession(await encodeSession({ uid: 7, sv: 3, lat }));
    expect(decoded).toMatchObject({ uid: 7, sv: 3, lat });
  });

  it('expire after the idle timeout (30 minutes without a request)', async () => {
    const { decodeSession, encodeSession } = await load();
    vi.useFakeTimers({ now: new Date('2026-11-28T08:00:00Z') });
    const token = await encodeSession({ uid: 7, sv: 1, lat: Math.floor(Date.now() / 1000) });
    vi.setSystemTime(new Date('2026-11-28T08:29:00Z'));
    expect(await decodeSession(token)).not.toBeNull();
    vi.setSystemTime(new Date('2026-11-28T08:31:00Z'));
    expect(await decodeSession(token)).toBeNull();
  });

  it('refuse a renewed token once the absolute cap (10 hours from login) has passed', async () => {
    const { decodeSession, encodeSession } = await load();
    const login = Math.floor(Date.now() / 1000);
    expect(await decodeSession(await encodeSession({ uid: 7, sv: 1, lat: login - 9 * 3600 }))).not.toBeNull();
    expect(
      await decodeSession(await encodeSession({ uid: 7, sv: 1, lat: login - 10 * 3600 - 60 })),
    ).toBeNull();
  });

  it('refuse a token signed with another secret or tampered with', async () => {
    const { decodeSession, encodeSession } = await load();
    const token = await encodeSession({ uid: 7, sv: 1, lat: Math.floor(Date.now() / 1000) });
    expect(await decodeSession(`${token.slice(0, -4)}AAAA`)).toBeNull();
    expect(await decodeSession('not-a-token')).toBeNull();
    expect(await decodeSession(undefined)).toBeNull();
  });
});
