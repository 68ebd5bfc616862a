import 'server-only';
import { sql } from 'kysely';
import type { Database } from '@/db';
import { canManageOrganisation } from '@/lib/auth/policy';
import type { Viewer } from '@/lib/auth/viewer';
import { AGENCY_TIMEZONE } from '@/lib/domain/dates';
import type { AuditFilter } from './schema';

export const AUDIT_PAGE_SIZE = 50;

export type AuditRow = {
  id: number;
  at: string;
  actorName: string | null;
  actorNip: string | null;
  action: string;
  entity: string;
  entityId: string;
  details: string | null;
};

/**
 * One page of the audit log, newest first, filtered by person (as actor, or as the person the record is
 * about), record, action and date range (agency days). Admins only (else null); the read is itself logged.
 */
export async function searchAuditLog(
  db: Database,
  viewer: Viewer,
  filter: AuditFilter,
): Promise<{ rows: AuditRow[]; hasMore: boolean; page: number; unknownPerson: boolean } | null> {
  if (!canManageOrganisation(viewer)) return null;
  const page = filter.page ?? 1;
  let personId: number | undefined;
  if (filter.person) {
    const p = await db
      .selectFrom('employees')
      .select('id')
      .where('nip', '=', filter.person)
      .where('agency_id', '=', viewer.agencyId)
      .executeTakeFirst();
    if (!p) return { rows: [], hasMore: false, page, unknownPerson: true };
    personId = p.id;
  }
  let q = db
    .selectFrom('audit_log as a')
    .leftJoin('employees as actor', 'actor.id', 'a.actor_id')
    .select([
      'a.id',
      sql<string>`to_char(a.at AT TIME ZONE ${AGENCY_TIMEZONE}, 'YYYY-MM-DD"T"HH24:MI:SS')`.as('at'),
      'actor.name as actor_name',
      'actor.nip as actor_nip',
      'a.action',
      'a.entity',
      'a.entity_id',
      'a.after',
    ])
    // The log is the agency's: its people's entries, and system entries (no actor) about its records.
    .where((eb) => eb.or([eb('actor.agency_id', '=', viewer.agencyId), eb('a.actor_id', 'is', null)]));
  if (personId !== undefined) {
    const id = personId;
    q = q.where((eb) =>
      eb.or([
        eb('a.actor_id', '=', id),
        eb.and([eb('a.entity', 'in', ['user', 'employee']), eb('a.entity_id', '=', String(id))]),
        eb(sql`a.after->>'employeeId'`, '=', String(id)),
      ]),
    );
  }
  if (filter.entity) q = q.where('a.entity', '=', filter.entity);
  if (filter.entityId) q = q.where('a.entity_id', '=', filter.entityId);
  if (filter.action) q = q.where('a.action', 'like', `${filter.action.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
  if (filter.from)
    q = q.where(sql<boolean>`a.at >= (${filter.from}::date)::timestamp AT TIME ZONE ${AGENCY_TIMEZONE}`);
  if (filter.to)
    q = q.where(sql<boolean>`a.at < (${filter.to}::date + 1)::timestamp AT TIME ZONE ${AGENCY_TIMEZONE}`);
  const rows = await q
    .orderBy('a.id', 'desc')
    .limit(AUDIT_PAGE_SIZE + 1)
    .offset((page - 1) * AUDIT_PAGE_SIZE)
    .execute();
  // Who looked at the log, and for what, is logged like any other read of people's records.
  await db
    .insertInto('audit_log')
    .values({
      actor_id: viewer.employeeId,
      action: 'audit_log.read',
      entity: 'audit_log',
      entity_id: String(viewer.agencyId),
      after: JSON.stringify({ ...filter, page }),
    })
    .execute();
  return {
    rows: rows.slice(0, AUDIT_PAGE_SIZE).map((r) => ({
      id: r.id,
      at: r.at,
      actorName: r.actor_name,
      actorNip: r.actor_nip,
      action: r.action,
      entity: r.entity,
      entityId: r.entity_id,
      details: r.after === null ? null : JSON.stringify(r.after),
    })),
    hasMore: rows.length > AUDIT_PAGE_SIZE,
    page,
    unknownPerson: false,
  };
}
