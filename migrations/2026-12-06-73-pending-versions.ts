import { type Kysely, sql } from 'kysely';

// Frozen in time: this file must never import application code.
// The open validation queue asks every few seconds whether anything in it changed: a count and sums of the
// ids and versions of the pending reports of the supervisor's staff. With the version in the partial index
// of pending reports that answer reads the index alone instead of visiting each pending report's row.

export async function up(db: Kysely<any>): Promise<void> {
  await sql`CREATE INDEX daily_reports_pending_versions_idx ON daily_reports (employee_id, created_at DESC)
    INCLUDE (id, version) WHERE status = 'pending'`.execute(db);
  await sql`DROP INDEX daily_reports_pending_ids_idx`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`CREATE INDEX daily_reports_pending_ids_idx ON daily_reports (employee_id, created_at DESC)
    INCLUDE (id) WHERE status = 'pending'`.execute(db);
  await sql`DROP INDEX daily_reports_pending_versions_idx`.execute(db);
}
