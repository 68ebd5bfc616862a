import 'server-only';
import { sql } from 'kysely';
import type { Database } from '@/db';
import { canManageOrganisation } from '@/lib/auth/policy';
import { defaultLimits, isNipLocked } from '@/lib/auth/throttle';
import type { Viewer } from '@/lib/auth/viewer';
import type { UserAccount } from './types';

const PAGE = 25;

function accounts(db: Database, viewer: Viewer) {
  return db
    .selectFrom('users as u')
    .innerJoin('employees as e', 'e.id', 'u.employee_id')
    .innerJoin('units as unit', 'unit.id', 'e.unit_id')
    .leftJoin('units as scope', 'scope.id', 'u.scope_unit_id')
    .select([
      'e.id',
      'e.nip',
      'e.name',
      'e.active',
      'unit.name as unit_name',
      'u.roles',
      'u.scope_unit_id',
      'scope.name as scope_name',
      'u.disabled_at',
      'u.must_change_password',
    ])
    .where('e.agency_id', '=', viewer.agencyId);
}

async function toAccount(
  db: Database,
  row: Awaited<ReturnType<ReturnType<typeof accounts>['execute']>>[number],
) {
  return {
    employeeId: row.id,
    nip: row.nip,
    name: row.name,
    unitName: row.unit_name,
    active: row.active,
    roles: row.roles.filter((r) => r === 'admin' || r === 'leadership'),
    scopeUnitId: row.scope_unit_id,
    scopeName: row.scope_name,
    disabled: row.disabled_at !== null,
    mustChangePassword: row.must_change_password,
    locked: await isNipLocked(db, row.nip, defaultLimits()),
  } satisfies UserAccount;
}

/** Accounts whose NIP starts with, or whose name contains, the search text (admins only; else null). */
export async function findUsers(db: Database, viewer: Viewer, q: string): Promise<UserAccount[] | null> {
  if (!canManageOrganisation(viewer)) return null;
  const text = q.trim();
  if (text.length < 3) return [];
  // Digits look up a NIP by its start; anything else a name by any part of it.
  const byNip = /^\d+$/.test(text);
  const like = `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const rows = await accounts(db, viewer)
    .where(byNip ? sql<boolean>`e.nip LIKE ${`${text}%`}` : sql<boolean>`e.name ILIKE ${like}`)
    .orderBy('e.name')
    .limit(PAGE)
    .execute();
  return Promise.all(rows.map((r) => toAccount(db, r)));
}

/** One account for the admin's detail page; null for non-admins and for other agencies' people. */
export async function getUserAccount(db: Database, viewer: Viewer, employeeId: number) {
  if (!canManageOrganisation(viewer)) return null;
  const row = await accounts(db, viewer).where('e.id', '=', employeeId).executeTakeFirst();
  return row ? toAccount(db, row) : null;
}

/** The units a leadership role can be scoped to (the agency's, by path so the tree reads in order). */
export async function scopeUnits(db: Database, viewer: Viewer) {
  if (!canManageOrganisation(viewer)) return [];
  return db
    .selectFrom('units')
    .select(['id', 'name'])
    .where('agency_id', '=', viewer.agencyId)
    .orderBy('path')
    .execute();
}
