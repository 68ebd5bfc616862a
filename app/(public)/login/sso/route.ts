import { cookies } from 'next/headers';
import { NextResponse } from 'next/server';
import { safeReturnPath } from '@/lib/auth/schema';
import { codeChallenge, newPending, SSO_COOKIE, ssoClient } from '@/lib/auth/sso';
import { pageViewer } from '@/lib/auth/viewer';
import { config } from '@/lib/config';

export const dynamic = 'force-dynamic';

const redirectUri = () => `${config.publicUrl}/login/sso/callback`;
const back = (query: string) => NextResponse.redirect(`${config.publicUrl}/login?${query}`, 303);

/** "Masuk dengan SSO": off for the browser to the identity provider, with state, nonce and PKCE kept here. */
export async function GET(req: Request) {
  const sso = config.sso;
  if (!sso) return new Response('Not found', { status: 404, headers: { 'Cache-Control': 'no-store' } });
  if (await pageViewer()) return NextResponse.redirect(`${config.publicUrl}/`, 303);
  const returnTo = safeReturnPath(new URL(req.url).searchParams.get('callbackUrl') ?? undefined);
  let client: Awaited<ReturnType<typeof ssoClient>>;
  try {
    client = await ssoClient(sso, redirectUri());
  } catch {
    return back('sso=failed');
  }
  const pending = newPending(returnTo);
  (await cookies()).set(SSO_COOKIE, JSON.stringify(pending), {
    httpOnly: true,
    sameSite: 'lax',
    secure: config.secureCookies,
    path: '/login/sso',
    maxAge: 600,
  });
  const target = client.authorizationUrl({
    scope: sso.scope,
    state: pending.state,
    nonce: pending.nonce,
    code_challenge: codeChallenge(pending.verifier),
    code_challenge_method: 'S256',
  });
  return NextResponse.redirect(target, 303);
}
