import 'server-only';
import { decode, encode } from 'next-auth/jwt';
import { authSecret, config } from '@/lib/config';

/** The same cookie name next-auth itself uses, so its route handler and ours read one session. */
export const SESSION_COOKIE = config.secureCookies
  ? '__Secure-next-auth.session-token'
  : 'next-auth.session-token';

/** Only the user id, the session version and the login time travel in the token. */
export type SessionClaims = { uid: number; sv: number; lat: number };

export const idleSeconds = () => config.sessionIdleMinutes * 60;

export async function encodeSession(claims: SessionClaims): Promise<string> {
  return encode({
    token: { sub: String(claims.uid), uid: claims.uid, sv: claims.sv, lat: claims.lat },
    secret: authSecret(),
    maxAge: idleSeconds(),
  });
}

/** Decodes and checks expiry (idle, via the JWT's exp) and the absolute cap from the login time. */
export async function decodeSession(
  raw: string | undefined,
): Promise<(SessionClaims & { iat: number }) | null> {
  if (!raw) return null;
  try {
    const token = await decode({ token: raw, secret: authSecret() });
    const { uid, sv, lat, iat } = (token ?? {}) as Record<string, unknown>;
    if (typeof uid !== 'number' || typeof sv !== 'number' || typeof lat !== 'number') return null;
    if (Date.now() / 1000 - lat > config.sessionMaxHours * 3600) return null;
    return { uid, sv, lat, iat: typeof iat === 'number' ? iat : 0 };
  } catch {
    return null;
  }
}

export function sessionCookieOptions(maxAge = idleSeconds()) {
  return { httpOnly: true, sameSite: 'lax' as const, secure: config.secureCookies, path: '/', maxAge };
}
