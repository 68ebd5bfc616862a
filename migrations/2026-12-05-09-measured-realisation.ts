import { type Kysely, sql } from 'kysely';

// Frozen in time: this file must never import application code.
// Measured realisation: how each indicator is measured, and periodic realisation entries with evidence.

export async function up(db: Kysely<any>): Promise<void> {
  // NULL = the aspek's default (kuantitas from daily reports, kualitas a periodic value, waktu the time used,
  // biaya the amount spent), so every existing indicator keeps a sensible measure without a backfill.
  await db.schema
    .alterTable('skp_indicators')
    .addColumn('measure', 'text', (c) =>
      c.check(
        sql`measure IS NULL OR measure IN ('daily', 'periodic')
          OR (measure = 'duration' AND aspek = 'waktu') OR (measure = 'amount' AND aspek = 'biaya')`,
      ),
    )
    .execute();

  // An appraisal keeps "nothing validated in the period" as NULL rather than 0, so the anchor frozen at
  // delivery names the indicator as missing instead of counting it as 0 %.
  await sql`ALTER TABLE appraisal_items ALTER COLUMN realisation_computed DROP NOT NULL`.execute(db);

  // One entry per indicator and period (a quarter, or a month where the agency configures it).
  await db.schema
    .createTable('realisation_entries')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    // CASCADE: the entries belong to the indicator; an SKP or indicator deleted takes them along.
    .addColumn('indicator_id', 'integer', (c) =>
      c.notNull().references('skp_indicators.id').onDelete('cascade'),
    )
    .addColumn('employee_id', 'integer', (c) => c.notNull().references('employees.id'))
    .addColumn('period_id', 'integer', (c) => c.notNull().references('periods.id'))
    .addColumn('value', 'numeric(16, 2)', (c) => c.notNull().check(sql`value >= 0`))
    .addColumn('evidence_link', 'text')
    .addColumn('note', 'text')
    .addColumn('status', 'text', (c) =>
      c.notNull().defaultTo('pending').check(sql`status IN ('pending', 'validated', 'returned')`),
    )
    .addColumn('review_comment', 'text')
    .addColumn('reviewed_by', 'integer', (c) => c.references('employees.id'))
    .addColumn('reviewed_at', 'timestamptz')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('realisation_entries_indicator_period_key', ['indicator_id', 'period_id'])
    .addCheckConstraint(
      'realisation_entries_return_comment',
      sql`status <> 'returned' OR length(trim(coalesce(review_comment, ''))) >= 5`,
    )
    .execute();
  await sql`CREATE INDEX realisation_entries_pending_idx ON realisation_entries (employee_id, created_at DESC) WHERE status = 'pending'`.execute(
    db,
  );
  await db.schema
    .createIndex('realisation_entries_employee_idx')
    .on('realisation_entries')
    .columns(['employee_id', 'period_id'])
    .execute();

  await db.schema
    .createTable('realisation_files')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('entry_id', 'integer', (c) =>
      c.notNull().references('realisation_entries.id').onDelete('cascade'),
    )
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('mime', 'text', (c) =>
      c.notNull().check(sql`mime IN ('application/pdf', 'image/jpeg', 'image/png')`),
    )
    .addColumn('size_bytes', 'integer', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('content', 'bytea', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createIndex('realisation_files_entry_idx')
    .on('realisation_files')
    .column('entry_id')
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('realisation_files').execute();
  await db.schema.dropTable('realisation_entries').execute();
  await sql`UPDATE appraisal_items SET realisation_computed = 0 WHERE realisation_computed IS NULL`.execute(
    db,
  );
  await sql`ALTER TABLE appraisal_items ALTER COLUMN realisation_computed SET NOT NULL`.execute(db);
  await db.schema.alterTable('skp_indicators').dropColumn('measure').execute();
}
