import { type Kysely, sql } from 'kysely';

// Frozen in time: this file must never import application code.

const RATING = `('di_bawah', 'sesuai', 'di_atas')`;
const PREDIKAT = `('sangat_baik', 'baik', 'butuh_perbaikan', 'kurang', 'sangat_kurang')`;
const VALUES = `('berorientasi_pelayanan', 'akuntabel', 'kompeten', 'harmonis', 'loyal', 'adaptif', 'kolaboratif')`;

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('appraisals')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('employee_id', 'integer', (c) => c.notNull().references('employees.id'))
    .addColumn('period_id', 'integer', (c) => c.notNull().references('periods.id'))
    .addColumn('skp_id', 'integer', (c) => c.notNull().references('skps.id').onDelete('cascade'))
    // The pejabat penilai when the appraisal was started; objections go to this person's own supervisor.
    .addColumn('evaluator_id', 'integer', (c) => c.notNull().references('employees.id'))
    .addColumn('rating_hasil', 'text', (c) => c.check(sql.raw(`rating_hasil IN ${RATING}`)))
    .addColumn('rating_perilaku', 'text', (c) => c.check(sql.raw(`rating_perilaku IN ${RATING}`)))
    .addColumn('suggested_hasil', 'text', (c) => c.check(sql.raw(`suggested_hasil IN ${RATING}`)))
    // The rule behind the suggestion (and the organisation's result for a unit head), for the "why" section.
    .addColumn('suggestion_basis', 'jsonb')
    .addColumn('justification', 'text')
    .addColumn('predikat', 'text', (c) => c.check(sql.raw(`predikat IN ${PREDIKAT}`)))
    .addColumn('status', 'text', (c) =>
      c
        .notNull()
        .defaultTo('draft')
        .check(sql`status IN ('draft', 'delivered', 'accepted', 'objected', 'final')`),
    )
    .addColumn('delivered_on', 'date')
    .addColumn('accepted_on', 'date')
    .addColumn('finalised_on', 'date')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('appraisals_employee_period_key', ['employee_id', 'period_id'])
    .addCheckConstraint(
      'appraisals_rated_when_delivered',
      sql`status = 'draft' OR (rating_hasil IS NOT NULL AND rating_perilaku IS NOT NULL AND predikat IS NOT NULL AND delivered_on IS NOT NULL)`,
    )
    .addCheckConstraint('appraisals_not_self', sql`employee_id <> evaluator_id`)
    .execute();
  await db.schema
    .createIndex('appraisals_evaluator_idx')
    .on('appraisals')
    .columns(['evaluator_id', 'period_id'])
    .execute();
  await db.schema
    .createIndex('appraisals_period_idx')
    .on('appraisals')
    .columns(['period_id', 'status'])
    .execute();

  await db.schema
    .createTable('appraisal_items')
    .addColumn('appraisal_id', 'integer', (c) => c.notNull().references('appraisals.id').onDelete('cascade'))
    .addColumn('indicator_id', 'integer', (c) => c.notNull().references('skp_indicators.id'))
    // Approved output in the period when last saved; frozen at delivery.
    .addColumn('realisation_computed', 'numeric(14, 2)', (c) => c.notNull().defaultTo(0))
    .addColumn('realisation_override', 'numeric(14, 2)', (c) => c.check(sql`realisation_override >= 0`))
    .addColumn('override_reason', 'text')
    .addColumn('feedback', 'text')
    .addPrimaryKeyConstraint('appraisal_items_pkey', ['appraisal_id', 'indicator_id'])
    .addCheckConstraint(
      'appraisal_items_override_reason',
      sql`realisation_override IS NULL OR length(trim(coalesce(override_reason, ''))) >= 5`,
    )
    .execute();

  await db.schema
    .createTable('appraisal_behaviours')
    .addColumn('appraisal_id', 'integer', (c) => c.notNull().references('appraisals.id').onDelete('cascade'))
    .addColumn('value_code', 'text', (c) => c.notNull().check(sql.raw(`value_code IN ${VALUES}`)))
    .addColumn('feedback', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('appraisal_behaviours_pkey', ['appraisal_id', 'value_code'])
    .execute();

  await db.schema
    .createTable('objections')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('appraisal_id', 'integer', (c) =>
      c.notNull().unique().references('appraisals.id').onDelete('cascade'),
    )
    .addColumn('reasons', 'text', (c) => c.notNull())
    .addColumn('filed_on', 'date', (c) => c.notNull())
    .addColumn('original_hasil', 'text', (c) => c.notNull().check(sql.raw(`original_hasil IN ${RATING}`)))
    .addColumn('original_perilaku', 'text', (c) =>
      c.notNull().check(sql.raw(`original_perilaku IN ${RATING}`)),
    )
    .addColumn('original_predikat', 'text', (c) =>
      c.notNull().check(sql.raw(`original_predikat IN ${PREDIKAT}`)),
    )
    .addColumn('decided_by', 'integer', (c) => c.references('employees.id'))
    .addColumn('decision', 'text', (c) => c.check(sql`decision IN ('uphold', 'change')`))
    .addColumn('new_hasil', 'text', (c) => c.check(sql.raw(`new_hasil IN ${RATING}`)))
    .addColumn('new_perilaku', 'text', (c) => c.check(sql.raw(`new_perilaku IN ${RATING}`)))
    .addColumn('decision_reasons', 'text')
    .addColumn('decided_on', 'date')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint(
      'objections_decision_complete',
      sql`decision IS NULL OR (decided_by IS NOT NULL AND decided_on IS NOT NULL AND decision_reasons IS NOT NULL
        AND (decision = 'uphold' OR (new_hasil IS NOT NULL AND new_perilaku IS NOT NULL)))`,
    )
    .execute();

  await db.schema
    .createTable('objection_files')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('objection_id', 'integer', (c) => c.notNull().references('objections.id').onDelete('cascade'))
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
    .createIndex('objection_files_objection_idx')
    .on('objection_files')
    .column('objection_id')
    .execute();

  await db.schema
    .createTable('org_results')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('unit_id', 'integer', (c) => c.notNull().references('units.id'))
    .addColumn('period_id', 'integer', (c) => c.notNull().references('periods.id'))
    .addColumn('predikat', 'text', (c) =>
      c.notNull().check(sql`predikat IN ('istimewa', 'baik', 'butuh_perbaikan', 'kurang', 'sangat_kurang')`),
    )
    .addColumn('set_by', 'integer', (c) => c.notNull().references('employees.id'))
    .addColumn('set_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addUniqueConstraint('org_results_unit_period_key', ['unit_id', 'period_id'])
    .execute();

  // Predikat per employee per year from before this system (imported from e-Kinerja); appraisals made here
  // are read from `appraisals` directly.
  await db.schema
    .createTable('predikat_imports')
    .addColumn('employee_id', 'integer', (c) => c.notNull().references('employees.id'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('predikat', 'text', (c) => c.notNull().check(sql.raw(`predikat IN ${PREDIKAT}`)))
    .addColumn('source', 'text', (c) => c.notNull().defaultTo('e-kinerja'))
    .addColumn('imported_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addPrimaryKeyConstraint('predikat_imports_pkey', ['employee_id', 'year'])
    .execute();

  await db.schema
    .createTable('development_plan_items')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('employee_id', 'integer', (c) => c.notNull().references('employees.id'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('value_code', 'text', (c) => c.check(sql.raw(`value_code IN ${VALUES}`)))
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('target_date', 'date', (c) => c.notNull())
    .addColumn('status', 'text', (c) =>
      c.notNull().defaultTo('planned').check(sql`status IN ('planned', 'in_progress', 'done')`),
    )
    .addColumn('created_by', 'integer', (c) => c.notNull().references('employees.id'))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createIndex('development_plan_items_employee_idx')
    .on('development_plan_items')
    .columns(['employee_id', 'year'])
    .execute();

  // Realisation per period: approved output of an indicator between two dates, from the index alone.
  await sql`CREATE INDEX daily_reports_indicator_date_approved_idx ON daily_reports (indicator_id, report_date)
    INCLUDE (quantity) WHERE status = 'approved'`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`DROP INDEX daily_reports_indicator_date_approved_idx`.execute(db);
  for (const table of [
    'development_plan_items',
    'predikat_imports',
    'org_results',
    'objection_files',
    'objections',
    'appraisal_behaviours',
    'appraisal_items',
    'appraisals',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
