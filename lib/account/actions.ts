'use server';

import { cookies, headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { getDb } from '@/db';
import { authedAction, publicAction } from '@/lib/action';
import { authenticate, THROTTLED } from '@/lib/auth/authenticate';
import { requestAddress } from '@/lib/auth/request-address';
import {
  changePasswordSchema,
  emptySchema,
  localeSchema,
  loginSchema,
  safeReturnPath,
} from '@/lib/auth/schema';
import { encodeSession, SESSION_COOKIE, sessionCookieOptions } from '@/lib/auth/session';
import { defaultLimits } from '@/lib/auth/throttle';
import { getViewer, PASSWORD_PAGE } from '@/lib/auth/viewer';
import { config } from '@/lib/config';
import { ActionError } from '@/lib/errors';
import { LOCALE_COOKIE } from '@/lib/i18n/locale';
import { changePassword, revokeSessions } from './mutations';

const YEAR = 365 * 24 * 3600;

export const login = publicAction(loginSchema, async (_viewer, input) => {
  const db = getDb();
  const request = await headers();
  const result = await authenticate(
    db,
    { nip: input.nip, password: input.password, ip: requestAddress(request) },
    {
      demoMode: config.demoMode,
      limits: defaultLimits(),
      maxConcurrentHashes: config.loginMaxConcurrentHashes,
      passwordLogin: config.passwordLogin,
    },
  );
  // Without JavaScript a refusal would come back as the whole login page, rendered again for every post of a
  // flood; a throttled one is sent to the page instead, which shows the same message (a browser loads it once).
  if (result === THROTTLED && !request.has('next-action')) redirect(refusedPage(input.callbackUrl));
  if (!result.ok) throw new ActionError(result.passwordOff ? 'sso.passwordOff' : 'auth.loginFailed');
  const jar = await cookies();
  const token = await encodeSession({
    uid: result.employeeId,
    sv: result.sessionVersion,
    lat: Math.floor(Date.now() / 1000),
  });
  jar.set(SESSION_COOKIE, token, sessionCookieOptions());
  const profile = await db
    .selectFrom('users')
    .select(['locale', 'must_change_password'])
    .where('employee_id', '=', result.employeeId)
    .executeTakeFirst();
  if (profile?.locale) jar.set(LOCALE_COOKIE, profile.locale, { path: '/', maxAge: YEAR, sameSite: 'lax' });
  // After an admin's reset the change-password page is the only one open: go there straight away.
  redirect(profile?.must_change_password ? PASSWORD_PAGE : safeReturnPath(input.callbackUrl));
});

function refusedPage(callbackUrl: string | undefined): string {
  const back = safeReturnPath(callbackUrl);
  return `/login?refused=1${back === '/' ? '' : `&callbackUrl=${encodeURIComponent(back)}`}`;
}

/** Logging out ends the session everywhere: an old copy of the cookie is worthless afterwards. */
export const logout = authedAction(
  emptySchema,
  async (viewer) => {
    await revokeSessions(getDb(), viewer.employeeId, viewer.employeeId, 'session.logout');
    (await cookies()).delete(SESSION_COOKIE);
    redirect('/login?loggedOut=1');
  },
  { whilePasswordPending: true },
);

export const updatePassword = authedAction(
  changePasswordSchema,
  async (viewer, input) => {
    const { sessionVersion } = await changePassword(getDb(), viewer, input);
    // Other browsers are signed out; this one continues with a fresh token.
    const token = await encodeSession({
      uid: viewer.employeeId,
      sv: sessionVersion,
      lat: Math.floor(Date.now() / 1000),
    });
    (await cookies()).set(SESSION_COOKIE, token, sessionCookieOptions());
    // After a reset the person was held on this page; now they may go where they were going.
    if (viewer.mustChangePassword) redirect('/');
    return { status: 'ok', message: 'account.passwordChanged' };
  },
  { whilePasswordPending: true },
);

export const setLocale = publicAction(localeSchema, async (_none, input) => {
  (await cookies()).set(LOCALE_COOKIE, input.locale, { path: '/', maxAge: YEAR, sameSite: 'lax' });
  const viewer = await getViewer();
  if (viewer) {
    await getDb()
      .updateTable('users')
      .set({ locale: input.locale })
      .where('employee_id', '=', viewer.employeeId)
      .execute();
  }
  redirect(safeReturnPath(input.returnTo));
});
