import { type Kysely, sql } from 'kysely';

// Frozen in time: this file must never import application code.
// The validation queue picks a page of pending reports by (employee, created_at) and then joins only those
// ids. With the id in the partial index of pending reports that pick reads the index alone instead of
// visiting every pending report's row (4,698 of them for a school head with 641 staff at 50k employees).
// Appraisals' period and status vary together (a period's appraisals move from draft together): without
// statistics on the pair PostgreSQL assumed any period had given appraisals in proportion and walked the
// whole table to find none in a period whose appraisals are all drafts (94 ms at 50k employees).

export async function up(db: Kysely<any>): Promise<void> {
  await sql`CREATE INDEX daily_reports_pending_ids_idx ON daily_reports (employee_id, created_at DESC)
    INCLUDE (id) WHERE status = 'pending'`.execute(db);
  await sql`DROP INDEX daily_reports_pending_idx`.execute(db);
  await sql`CREATE STATISTICS appraisals_period_status (mcv) ON period_id, status FROM appraisals`.execute(db);
  await sql`ANALYZE appraisals`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`DROP STATISTICS appraisals_period_status`.execute(db);
  await sql`CREATE INDEX daily_reports_pending_idx ON daily_reports (employee_id, created_at DESC)
    WHERE status = 'pending'`.execute(db);
  await sql`DROP INDEX daily_reports_pending_ids_idx`.execute(db);
}
