import 'server-only';
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '@/db/types';

export type AuditEntry = {
  actorId: number | null;
  action: string;
  entity: string;
  entityId: string | number;
  before?: unknown;
  after?: unknown;
};

/** Written inside the caller's transaction: if the audit row fails, the change rolls back with it. */
export async function audit(trx: Transaction<DB>, entry: AuditEntry): Promise<void> {
  await trx
    .insertInto('audit_log')
    .values({
      actor_id: entry.actorId,
      action: entry.action,
      entity: entry.entity,
      entity_id: String(entry.entityId),
      before: entry.before === undefined ? null : JSON.stringify(entry.before),
      after: entry.after === undefined ? null : JSON.stringify(entry.after),
    })
    .execute();
}

/** The records whose reads by leadership or admin are logged (UU PDP: who viewed a person's appraisal). */
export type AuditedRead = 'appraisal' | 'career' | 'feedback_results' | 'evidence_file' | 'objection_file';

/**
 * Logs that a viewer with the leadership or admin role read another person's appraisal, 360° results or
 * evidence file: called by the data-layer query that loads the record for the viewer, after its policy
 * check passed, so every page, download and PDF goes through it. Own records are not logged, nor reads by
 * someone with neither role (supervisors act on their own subordinates every day).
 */
export async function auditRead(
  db: Kysely<DB>,
  viewer: { employeeId: number; roles: readonly string[] },
  read: { entity: AuditedRead; entityId: string | number; ownerId: number },
): Promise<void> {
  if (read.ownerId === viewer.employeeId) return;
  if (!viewer.roles.some((r) => r === 'leadership' || r === 'admin')) return;
  await db
    .insertInto('audit_log')
    .values({
      actor_id: viewer.employeeId,
      action: `${read.entity}.read`,
      entity: read.entity,
      entity_id: String(read.entityId),
      after: JSON.stringify({ employeeId: read.ownerId, roles: viewer.roles }),
    })
    .execute();
}
