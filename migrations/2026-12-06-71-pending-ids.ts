import { type Kysely, sql } from 'kysely';

// Frozen in time: this file must never import application code.
// The validation queue picks a page of pending reports by (employee, created_at) and then joins only those
// ids. With the id in the partial index of pending reports that pick reads the index alone instead of
// visiting every pending report's row (4,698 of them for a school head with 641 staff at 50k employees).

export async function up(db: Kysely<any>): Promise<void> {
  await sql`CREATE INDEX daily_reports_pending_ids_idx ON daily_reports (employee_id, created_at DESC)
    INCLUDE (id) WHERE status = 'pending'`.execute(db);
  await sql`DROP INDEX daily_reports_pending_idx`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`CREATE INDEX daily_reports_pending_idx ON daily_reports (employee_id, created_at DESC)
    WHERE status = 'pending'`.execute(db);
  await sql`DROP INDEX daily_reports_pending_ids_idx`.execute(db);
}
