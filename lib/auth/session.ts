import 'server-only';
import { hkdfSync, randomUUID } from 'node:crypto';
import { EncryptJWT, jwtDecrypt } from 'jose';
import { authSecret, config } from '@/lib/config';

/** The same cookie name next-auth itself uses, so its route handler and ours read one session. */
export const SESSION_COOKIE = config.secureCookies
  ? '__Secure-next-auth.session-token'
  : 'next-auth.session-token';

/** Only the user id, the session version and the login time travel in the token. */
export type SessionClaims = { uid: number; sv: number; lat: number };

export const idleSeconds = () => config.sessionIdleMinutes * 60;

/**
 * next-auth's own token format — an encrypted JWT (`dir`, A256GCM) under a key derived from the secret by
 * HKDF-SHA256 — so its route handler and these functions read each other's cookies. next-auth derives the
 * key again on every call, and every signed-in request decodes twice (proxy.ts and the page): about half a
 * millisecond of CPU per request under the bench. The key is derived once per secret here instead.
 */
let derived: { secret: string; key: Uint8Array } | null = null;
function encryptionKey(): Uint8Array {
  const secret = authSecret();
  if (derived?.secret !== secret)
    derived = {
      secret,
      key: new Uint8Array(hkdfSync('sha256', secret, '', 'NextAuth.js Generated Encryption Key', 32)),
    };
  return derived.key;
}

export async function encodeSession(claims: SessionClaims): Promise<string> {
  return new EncryptJWT({ sub: String(claims.uid), uid: claims.uid, sv: claims.sv, lat: claims.lat })
    .setProtectedHeader({ alg: 'dir', enc: 'A256GCM' })
    .setIssuedAt()
    .setExpirationTime(Math.floor(Date.now() / 1000) + idleSeconds())
    .setJti(randomUUID())
    .encrypt(encryptionKey());
}

/** Decodes and checks expiry (idle, via the JWT's exp) and the absolute cap from the login time. */
export async function decodeSession(
  raw: string | undefined,
): Promise<(SessionClaims & { iat: number }) | null> {
  if (!raw) return null;
  try {
    const { payload } = await jwtDecrypt(raw, encryptionKey(), { clockTolerance: 15 });
    const { uid, sv, lat, iat } = payload as Record<string, unknown>;
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
