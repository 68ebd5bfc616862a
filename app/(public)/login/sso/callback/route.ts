import { cookies } from 'next/headers';
import { NextResponse } from 'next/server';
import { getDb } from '@/db';
import { encodeSession, SESSION_COOKIE, sessionCookieOptions } from '@/lib/auth/session';
import { completeSignIn, matchSsoAccount, parsePending, SSO_COOKIE, ssoClient } from '@/lib/auth/sso';
import { config } from '@/lib/config';
import { LOCALE_COOKIE } from '@/lib/i18n/locale';

export const dynamic = 'force-dynamic';

const YEAR = 365 * 24 * 3600;

/**
 * The identity provider sends the browser back here. Its answer is checked against what the start kept
 * (state, nonce, PKCE); then the NIP claim picks the account. Unknown or disabled → back to the login page
 * with a message saying so; anything else that fails (cancelled, expired, forged) → "SSO failed".
 */
export async function GET(req: Request) {
  const sso = config.sso;
  if (!sso) return new Response('Not found', { status: 404, headers: { 'Cache-Control': 'no-store' } });
  const jar = await cookies();
  const pending = parsePending(jar.get(SSO_COOKIE)?.value);
  jar.delete({ name: SSO_COOKIE, path: '/login/sso' });
  const back = (reason: string) => NextResponse.redirect(`${config.publicUrl}/login?sso=${reason}`, 303);
  if (!pending) return back('failed');
  const redirectUri = `${config.publicUrl}/login/sso/callback`;
  let claims: Record<string, unknown>;
  try {
    const client = await ssoClient(sso, redirectUri);
    const url = new URL(req.url);
    claims = await completeSignIn(client, redirectUri, `${redirectUri}${url.search}`, pending, sso.nipClaim);
  } catch {
    return back('failed');
  }
  const match = await matchSsoAccount(getDb(), claims, sso.nipClaim);
  if (!match.ok) return back(match.reason);
  const token = await encodeSession({
    uid: match.employeeId,
    sv: match.sessionVersion,
    lat: Math.floor(Date.now() / 1000),
  });
  jar.set(SESSION_COOKIE, token, sessionCookieOptions());
  if (match.locale) jar.set(LOCALE_COOKIE, match.locale, { path: '/', maxAge: YEAR, sameSite: 'lax' });
  return NextResponse.redirect(`${config.publicUrl}${pending.returnTo}`, 303);
}
