import { type Kysely, sql } from 'kysely';

// Frozen in time: this file must never import application code.
// A feedback note may link a periodic realisation entry, as it may a daily report. A note is about one
// piece of evidence, so it links at most one of the two. An entry deleted later leaves the note unlinked.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('coaching_notes')
    .addColumn('realisation_entry_id', 'integer', (c) =>
      c.references('realisation_entries.id').onDelete('set null'),
    )
    .execute();
  await db.schema
    .alterTable('coaching_notes')
    .addCheckConstraint(
      'coaching_notes_one_link',
      sql`daily_report_id IS NULL OR realisation_entry_id IS NULL`,
    )
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('coaching_notes').dropConstraint('coaching_notes_one_link').execute();
  await db.schema.alterTable('coaching_notes').dropColumn('realisation_entry_id').execute();
}
