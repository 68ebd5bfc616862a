import { type Kysely, sql } from 'kysely';

// Frozen in time: this file must never import application code.
// Two partial indexes found by pg_stat_statements under the bench (10,000 employees):
// - Acting (Plt/Plh) lines: every "current supervision" check asks whether the employee has a valid acting
//   line. Without an index PostgreSQL hashed all of `supervisions` (10,000 rows, 50,000 at 50k) for each
//   statement that asked, the signed-in viewer's own lookup included. The acting lines are a few dozen.
// - Given appraisals of a period: "has this period any appraisal past draft" walked every draft of the
//   period through (period_id, status) before finding one (90 ms for a period of 10,000 drafts).

export async function up(db: Kysely<any>): Promise<void> {
  await sql`CREATE INDEX supervisions_acting_idx ON supervisions (employee_id, valid_from)
    WHERE kind <> 'definitive'`.execute(db);
  await sql`CREATE INDEX appraisals_given_idx ON appraisals (period_id) WHERE status <> 'draft'`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`DROP INDEX appraisals_given_idx`.execute(db);
  await sql`DROP INDEX supervisions_acting_idx`.execute(db);
}
