import { type Kysely, sql } from 'kysely';

// Frozen in time: this file must never import application code.
// Continuous feedback (umpan balik berkelanjutan, PermenPANRB 6/2022): the pejabat penilai's notes on an
// employee's work during the year, and the dialog kinerja meetings with their agreed actions. Both are
// evidence for the appraisal of the period they fall in.

const VALUES = `('berorientasi_pelayanan', 'akuntabel', 'kompeten', 'harmonis', 'loyal', 'adaptif', 'kolaboratif')`;

export async function up(db: Kysely<any>): Promise<void> {
  // A note is tied to one RHK of the employee's SKP or one BerAKHLAK value. The RHK's text is kept with
  // the note, so a note outlives an RHK removed in a later SKP revision (rhk_id then becomes NULL).
  // A link to a periodic realisation entry can be added later as one more nullable column.
  await db.schema
    .createTable('coaching_notes')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('employee_id', 'integer', (c) => c.notNull().references('employees.id'))
    .addColumn('author_id', 'integer', (c) => c.notNull().references('employees.id'))
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind IN ('praise', 'improve')`))
    .addColumn('rhk_id', 'integer', (c) => c.references('skp_rhks.id').onDelete('set null'))
    .addColumn('rhk_text', 'text')
    .addColumn('value_code', 'text', (c) => c.check(sql.raw(`value_code IN ${VALUES}`)))
    .addColumn('daily_report_id', 'bigint', (c) => c.references('daily_reports.id').onDelete('set null'))
    .addColumn('noted_on', 'date', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull().check(sql`length(text) BETWEEN 5 AND 2000`))
    .addColumn('response', 'text', (c) => c.check(sql`length(response) BETWEEN 2 AND 2000`))
    .addColumn('responded_at', 'timestamptz')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint('coaching_notes_one_target', sql`(rhk_text IS NULL) <> (value_code IS NULL)`)
    .addCheckConstraint('coaching_notes_rhk_has_text', sql`rhk_id IS NULL OR rhk_text IS NOT NULL`)
    .addCheckConstraint('coaching_notes_not_self', sql`author_id <> employee_id`)
    .execute();
  await db.schema
    .createIndex('coaching_notes_employee_idx')
    .on('coaching_notes')
    .columns(['employee_id', 'noted_on'])
    .execute();

  await db.schema
    .createTable('coaching_dialogs')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('employee_id', 'integer', (c) => c.notNull().references('employees.id'))
    .addColumn('author_id', 'integer', (c) => c.notNull().references('employees.id'))
    .addColumn('held_on', 'date', (c) => c.notNull())
    .addColumn('discussed', 'text', (c) => c.notNull().check(sql`length(discussed) BETWEEN 5 AND 4000`))
    .addColumn('follow_up', 'text', (c) => c.check(sql`length(follow_up) <= 4000`))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint('coaching_dialogs_not_self', sql`author_id <> employee_id`)
    .execute();
  await db.schema
    .createIndex('coaching_dialogs_employee_idx')
    .on('coaching_dialogs')
    .columns(['employee_id', 'held_on'])
    .execute();

  // Agreed actions; their follow-up is written through the dialog, whose version guards it.
  await db.schema
    .createTable('coaching_actions')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('dialog_id', 'integer', (c) =>
      c.notNull().references('coaching_dialogs.id').onDelete('cascade'),
    )
    .addColumn('text', 'text', (c) => c.notNull().check(sql`length(text) BETWEEN 3 AND 1000`))
    .addColumn('due_on', 'date', (c) => c.notNull())
    .addColumn('done_on', 'date')
    .execute();
  await db.schema
    .createIndex('coaching_actions_dialog_idx')
    .on('coaching_actions')
    .column('dialog_id')
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['coaching_actions', 'coaching_dialogs', 'coaching_notes']) {
    await db.schema.dropTable(table).execute();
  }
}
