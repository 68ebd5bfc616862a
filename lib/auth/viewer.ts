import 'server-only';
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { cache } from 'react';
import { type Database, getDb, PREPARED } from '@/db';
import { isDatabaseUnavailable } from '@/db/errors';
import { today } from '@/lib/domain/dates';
import { currentPath } from '@/lib/request-path';
import { decodeSession, SESSION_COOKIE, type SessionClaims } from './session';
import { supervisesAnyone } from './supervision';

export type Role = 'admin' | 'leadership';

/** The signed-in person as the server sees them this request: read from the database, never the token. */
export type Viewer = {
  employeeId: number;
  agencyId: number;
  unitId: number;
  name: string;
  nip: string;
  roles: readonly Role[];
  scopeUnitId: number | null;
  isSupervisor: boolean;
  locale: 'id' | 'en' | null;
  /** After an admin's password reset: nothing but the change-password page until a new one is set. */
  mustChangePassword: boolean;
};

export async function loadViewer(db: Database, claims: SessionClaims): Promise<Viewer | null> {
  const on = today();
  const row = await db
    .selectFrom('users as u')
    .innerJoin('employees as e', 'e.id', 'u.employee_id')
    .select([
      'e.id',
      'e.agency_id',
      'e.unit_id',
      'e.name',
      'e.nip',
      'u.roles',
      'u.scope_unit_id',
      'u.locale',
      'u.must_change_password',
      supervisesAnyone('e.id', on).as('is_supervisor'),
    ])
    .where('u.employee_id', '=', claims.uid)
    .where('u.session_version', '=', claims.sv)
    .where('u.disabled_at', 'is', null)
    .where('e.active', '=', true)
    .modifyEnd(PREPARED)
    .executeTakeFirst();
  if (!row) return null;
  return {
    employeeId: row.id,
    agencyId: row.agency_id,
    unitId: row.unit_id,
    name: row.name,
    nip: row.nip,
    roles: row.roles.filter((r): r is Role => r === 'admin' || r === 'leadership'),
    scopeUnitId: row.scope_unit_id,
    isSupervisor: Boolean(row.is_supervisor),
    locale: row.locale === 'id' || row.locale === 'en' ? row.locale : null,
    mustChangePassword: row.must_change_password,
  };
}

/** The current viewer, or null; cached for the request so every DAL call shares one lookup. */
export const getViewer = cache(async (): Promise<Viewer | null> => {
  const jar = await cookies();
  const claims = await decodeSession(jar.get(SESSION_COOKIE)?.value);
  if (!claims) return null;
  return loadViewer(getDb(), claims);
});

/**
 * The viewer for a page or a file route. While the database cannot be reached, the visitor is sent to
 * /unavailable (a readable 503) instead: an error thrown while rendering would reach the browser as a
 * blank 500 without JavaScript, while a redirect is answered before anything is rendered.
 */
export async function pageViewer(): Promise<Viewer | null> {
  let viewer: Viewer | null;
  try {
    viewer = await getViewer();
  } catch (error) {
    if (!isDatabaseUnavailable(error)) throw error;
    redirect(`/unavailable?next=${encodeURIComponent(await currentPath())}`);
  }
  // A temporary password from an admin opens the change-password page and nothing else: no page, file or
  // export answers until the person has chosen their own.
  if (viewer?.mustChangePassword && !(await currentPath()).startsWith(PASSWORD_PAGE)) redirect(PASSWORD_PAGE);
  return viewer;
}

export const PASSWORD_PAGE = '/account/password';

export async function requireViewer(): Promise<Viewer> {
  const viewer = await pageViewer();
  if (!viewer) redirect('/login');
  return viewer;
}

export const hasRole = (viewer: Viewer, role: Role) => viewer.roles.includes(role);
