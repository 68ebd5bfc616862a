import { type Kysely, sql } from 'kysely';

// Frozen in time: this file must never import application code.

export async function up(db: Kysely<any>): Promise<void> {
  // Perjanjian Kinerja items: the unit goals a JPT's RHK derive from, kept per unit per year.
  await db.schema
    .createTable('unit_goals')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('unit_id', 'integer', (c) => c.notNull().references('units.id'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull().check(sql`length(text) BETWEEN 3 AND 1000`))
    .addColumn('created_by', 'integer', (c) => c.notNull().references('employees.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createIndex('unit_goals_unit_year_idx')
    .on('unit_goals')
    .columns(['unit_id', 'year'])
    .execute();

  await db.schema
    .createTable('skps')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('employee_id', 'integer', (c) => c.notNull().references('employees.id'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('approach', 'text', (c) => c.notNull().check(sql`approach IN ('kuantitatif', 'kualitatif')`))
    .addColumn('status', 'text', (c) =>
      c.notNull().defaultTo('draft').check(sql`status IN ('draft', 'submitted', 'approved', 'returned')`),
    )
    // The working revision; every approval freezes a copy in skp_revisions.
    .addColumn('revision', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('submitted_at', 'timestamptz')
    .addColumn('decided_at', 'timestamptz')
    .addColumn('decided_by', 'integer', (c) => c.references('employees.id'))
    .addColumn('return_comment', 'text')
    .addColumn('approved_late', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('skps_employee_year_key', ['employee_id', 'year'])
    .execute();
  await db.schema.createIndex('skps_year_status_idx').on('skps').columns(['year', 'status']).execute();

  await db.schema
    .createTable('skp_rhks')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('skp_id', 'integer', (c) => c.notNull().references('skps.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind IN ('utama', 'tambahan')`))
    .addColumn('text', 'text', (c) => c.notNull())
    // Intervensi: the supervisor's RHK this one supports (non-JPT), or the unit goal (JPT).
    .addColumn('parent_rhk_id', 'integer', (c) => c.references('skp_rhks.id').onDelete('set null'))
    .addColumn('unit_goal_id', 'integer', (c) => c.references('unit_goals.id').onDelete('set null'))
    .execute();
  await db.schema.createIndex('skp_rhks_skp_idx').on('skp_rhks').columns(['skp_id', 'position']).execute();
  await db.schema.createIndex('skp_rhks_parent_idx').on('skp_rhks').column('parent_rhk_id').execute();

  await db.schema
    .createTable('skp_indicators')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('rhk_id', 'integer', (c) => c.notNull().references('skp_rhks.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('aspek', 'text', (c) =>
      c.notNull().check(sql`aspek IN ('kuantitas', 'kualitas', 'waktu', 'biaya')`),
    )
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('target_value', 'numeric(14, 2)', (c) => c.notNull().check(sql`target_value >= 0`))
    .addColumn('target_unit', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('skp_indicators_rhk_idx')
    .on('skp_indicators')
    .columns(['rhk_id', 'position'])
    .execute();

  await db.schema
    .createTable('skp_expectations')
    .addColumn('skp_id', 'integer', (c) => c.notNull().references('skps.id').onDelete('cascade'))
    .addColumn('value_code', 'text', (c) =>
      c
        .notNull()
        .check(
          sql`value_code IN ('berorientasi_pelayanan', 'akuntabel', 'kompeten', 'harmonis', 'loyal', 'adaptif', 'kolaboratif')`,
        ),
    )
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('written_by', 'integer', (c) => c.notNull().references('employees.id'))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('skp_expectations_pkey', ['skp_id', 'value_code'])
    .execute();

  // Each approved revision, frozen as it was approved (earlier revisions stay readable).
  await db.schema
    .createTable('skp_revisions')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('skp_id', 'integer', (c) => c.notNull().references('skps.id').onDelete('cascade'))
    .addColumn('revision', 'integer', (c) => c.notNull())
    .addColumn('content', 'jsonb', (c) => c.notNull())
    .addColumn('approved_at', 'timestamptz', (c) => c.notNull())
    .addColumn('approved_by', 'integer', (c) => c.notNull().references('employees.id'))
    .addColumn('approved_late', 'boolean', (c) => c.notNull())
    .addUniqueConstraint('skp_revisions_skp_revision_key', ['skp_id', 'revision'])
    .execute();

  await db.schema
    .createTable('notifications')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('recipient_id', 'integer', (c) => c.notNull().references('employees.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('params', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn('link', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('read_at', 'timestamptz')
    .execute();
  await sql`CREATE INDEX notifications_unread_idx ON notifications (recipient_id, created_at DESC) WHERE read_at IS NULL`.execute(
    db,
  );
  await db.schema
    .createIndex('notifications_recipient_idx')
    .on('notifications')
    .columns(['recipient_id', 'created_at'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'notifications',
    'skp_revisions',
    'skp_expectations',
    'skp_indicators',
    'skp_rhks',
    'skps',
    'unit_goals',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
