import type { Kysely } from 'kysely';
import { sql } from 'kysely';

// Frozen in time: this file must never import application code.
// When a supervisor opens a subordinate's daily report or one of its evidence files: with the decision
// time already on daily_reports (reviewed_at), rater analytics can tell an approval after reading from a
// bulk approval of evidence nobody opened. Only the pejabat penilai's own opens are written.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('report_opens')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('report_id', 'bigint', (c) => c.notNull().references('daily_reports.id').onDelete('cascade'))
    .addColumn('viewer_id', 'integer', (c) => c.notNull().references('employees.id'))
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind IN ('detail', 'evidence', 'preview')`))
    .addColumn('opened_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createIndex('report_opens_viewer_idx')
    .on('report_opens')
    .columns(['viewer_id', 'opened_at'])
    .execute();
  await db.schema
    .createIndex('report_opens_report_idx')
    .on('report_opens')
    .columns(['report_id', 'viewer_id'])
    .execute();
  await db.schema
    .createIndex('daily_reports_reviewer_idx')
    .on('daily_reports')
    .columns(['reviewed_by', 'reviewed_at'])
    .where(sql.ref('reviewed_by'), 'is not', null)
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('daily_reports_reviewer_idx').execute();
  await db.schema.dropTable('report_opens').execute();
}
