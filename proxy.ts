import { type NextRequest, NextResponse } from 'next/server';
import { checkFetchAction, checkFormAction } from '@/lib/action-payload';
import { decodeSession, encodeSession, SESSION_COOKIE, sessionCookieOptions } from '@/lib/auth/session';
import { plainPage } from '@/lib/plain-page';
import { evidenceMaxMb, formBodyLimitMb } from '@/lib/upload-limit';

/**
 * Convenience only: anonymous visitors are sent to the login page and a live session's idle timer is
 * renewed. Every page, action and route still checks the session and the person's rights itself.
 * Before that, a server-action post that React could not decode, or that is longer than any form, is
 * refused here (400 / 413) so that it never becomes a 500 inside Next.
 */

const PUBLIC_PATHS = ['/login', '/api/health', '/api/auth', '/unavailable'];
// File downloads send their own, stricter policy (default-src 'none'; sandbox): not overwritten here.
const OWN_CSP = [/^\/reports\/evidence\//, /^\/appraisals\/files\//];
const REFRESH_AFTER_SECONDS = 60;
// Asked by a page on its own (the open queue's poll every 5 s), not by the person: they do not renew the idle
// timer, so a queue left open on an unattended PC still signs out after SESSION_IDLE_MINUTES.
const BACKGROUND_PATHS = ['/team/queue/stamp'];

function contentSecurityPolicy(nonce: string): string {
  const dev = process.env.NODE_ENV !== 'production';
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** A post that could be a server action: with JavaScript (Next-Action header) or a multipart form. */
async function refusedAction(request: NextRequest): Promise<Response | null> {
  if (request.method !== 'POST') return null;
  const type = request.headers.get('content-type') ?? '';
  const fetchAction = request.headers.has('next-action');
  const multipart = type.toLowerCase().startsWith('multipart/form-data');
  if (!fetchAction && !multipart) return null;
  if (Number(request.headers.get('content-length') ?? 0) > formBodyLimitMb() * 1024 * 1024)
    return plainPage(
      request,
      413,
      'tooLarge',
      { href: request.nextUrl.pathname, label: 'goBack' },
      {
        mb: evidenceMaxMb(),
      },
    );
  let fields: FormData | null = null;
  if (multipart) {
    try {
      fields = await request.formData();
    } catch {
      return plainPage(request, 400, 'badRequest');
    }
  }
  const verdict = fetchAction
    ? checkFetchAction(type, fields)
    : fields
      ? checkFormAction(fields)
      : 'malformed';
  return verdict === 'ok' ? null : plainPage(request, 400, 'badRequest');
}

export async function proxy(request: NextRequest) {
  const refused = await refusedAction(request);
  if (refused) return refused;
  const { pathname, search } = request.nextUrl;
  const isPublic = PUBLIC_PATHS.some((p) => pathname === p || pathname.startsWith(`${p}/`));
  const raw = request.cookies.get(SESSION_COOKIE)?.value;
  const claims = isPublic ? null : await decodeSession(raw);

  if (!isPublic && !claims) {
    const login = new URL('/login', request.url);
    login.search = '';
    if (pathname !== '/') login.searchParams.set('callbackUrl', `${pathname}${search}`);
    if (raw) login.searchParams.set('expired', '1');
    const res = NextResponse.redirect(login);
    if (raw) res.cookies.delete(SESSION_COOKIE);
    return res;
  }

  const nonce = Buffer.from(crypto.randomUUID()).toString('base64');
  const csp = contentSecurityPolicy(nonce);
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('x-nonce', nonce);
  requestHeaders.set('x-pathname', `${pathname}${search}`);
  requestHeaders.set('Content-Security-Policy', csp);
  const res = NextResponse.next({ request: { headers: requestHeaders } });
  if (!OWN_CSP.some((p) => p.test(pathname))) res.headers.set('Content-Security-Policy', csp);

  // Rolling idle timeout: re-issue the token (same login time, same version) at most once a minute.
  if (
    claims &&
    Date.now() / 1000 - claims.iat > REFRESH_AFTER_SECONDS &&
    !BACKGROUND_PATHS.includes(pathname)
  ) {
    const { uid, sv, lat } = claims;
    res.cookies.set(SESSION_COOKIE, await encodeSession({ uid, sv, lat }), sessionCookieOptions());
  }
  return res;
}

// Static files every visitor needs, the login page's icon included, are served without a session.
export const config = {
  matcher: ['/((?!_next/static|_next/image|favicon.ico|icon.svg|robots.txt).*)'],
};
