import { type Kysely, sql } from 'kysely';

// Frozen in time: this file must never import application code.
// Conflict of interest in appraisal: a pejabat penilai's declaration, or an employee's request for a
// different rater decided by the atasan. An active row routes the appraisal of (employee, period) to
// `rater_id` (NULL: waiting for BKPSDM to designate one). And calibration per unit and period: leadership
// adjusts proposed predikat with a justification before results go out.

const RATING = `('di_bawah', 'sesuai', 'di_atas')`;
const PREDIKAT = `('sangat_baik', 'baik', 'butuh_perbaikan', 'kurang', 'sangat_kurang')`;

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('appraisal_reassignments')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('employee_id', 'integer', (c) => c.notNull().references('employees.id'))
    .addColumn('period_id', 'integer', (c) => c.notNull().references('periods.id'))
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind IN ('declaration', 'request')`))
    .addColumn('reason_kind', 'text', (c) =>
      c.check(sql`reason_kind IN ('family', 'personal', 'business', 'other')`),
    )
    .addColumn('reason', 'text')
    // The pejabat penilai when the row was made; they no longer appraise this employee for this period.
    .addColumn('original_rater_id', 'integer', (c) => c.notNull().references('employees.id'))
    .addColumn('rater_id', 'integer', (c) => c.references('employees.id'))
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status IN ('pending', 'active', 'refused')`))
    .addColumn('requested_by', 'integer', (c) => c.notNull().references('employees.id'))
    .addColumn('requested_on', 'date', (c) => c.notNull())
    .addColumn('decided_by', 'integer', (c) => c.references('employees.id'))
    .addColumn('decision_note', 'text')
    .addColumn('decided_on', 'date')
    .addColumn('designated_by', 'integer', (c) => c.references('employees.id'))
    .addColumn('designated_on', 'date')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint(
      'appraisal_reassignments_reason',
      sql`(kind = 'declaration' AND reason_kind IS NOT NULL
           AND (reason_kind <> 'other' OR length(trim(coalesce(reason, ''))) >= 10))
        OR (kind = 'request' AND reason_kind IS NULL AND length(trim(coalesce(reason, ''))) >= 10)`,
    )
    .addCheckConstraint(
      'appraisal_reassignments_decided',
      sql`kind = 'declaration' OR status = 'pending'
        OR (decided_by IS NOT NULL AND decided_on IS NOT NULL AND decision_note IS NOT NULL)`,
    )
    .addCheckConstraint(
      'appraisal_reassignments_not_self',
      sql`rater_id IS NULL OR (rater_id <> employee_id AND rater_id <> original_rater_id)`,
    )
    .execute();
  // One open (pending or active) reassignment per employee and period: the route is never ambiguous.
  await sql`CREATE UNIQUE INDEX appraisal_reassignments_open_key ON appraisal_reassignments (employee_id, period_id)
    WHERE status IN ('pending', 'active')`.execute(db);
  await db.schema
    .createIndex('appraisal_reassignments_rater_idx')
    .on('appraisal_reassignments')
    .columns(['rater_id', 'period_id'])
    .execute();

  await db.schema
    .createTable('calibrations')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('unit_id', 'integer', (c) => c.notNull().references('units.id'))
    .addColumn('period_id', 'integer', (c) => c.notNull().references('periods.id'))
    .addColumn('status', 'text', (c) =>
      c.notNull().defaultTo('open').check(sql`status IN ('open', 'closed')`),
    )
    .addColumn('opened_by', 'integer', (c) => c.notNull().references('employees.id'))
    .addColumn('opened_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('closed_by', 'integer', (c) => c.references('employees.id'))
    .addColumn('closed_at', 'timestamptz')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addCheckConstraint(
      'calibrations_closed',
      sql`status = 'open' OR (closed_by IS NOT NULL AND closed_at IS NOT NULL)`,
    )
    .execute();
  await sql`CREATE UNIQUE INDEX calibrations_open_key ON calibrations (unit_id, period_id)
    WHERE status = 'open'`.execute(db);
  await db.schema
    .createIndex('calibrations_period_idx')
    .on('calibrations')
    .columns(['period_id', 'status'])
    .execute();

  await db.schema
    .createTable('calibration_adjustments')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('calibration_id', 'integer', (c) => c.notNull().references('calibrations.id'))
    .addColumn('appraisal_id', 'integer', (c) => c.notNull().references('appraisals.id').onDelete('cascade'))
    .addColumn('from_hasil', 'text', (c) => c.notNull().check(sql.raw(`from_hasil IN ${RATING}`)))
    .addColumn('from_perilaku', 'text', (c) => c.notNull().check(sql.raw(`from_perilaku IN ${RATING}`)))
    .addColumn('from_predikat', 'text', (c) => c.notNull().check(sql.raw(`from_predikat IN ${PREDIKAT}`)))
    .addColumn('to_hasil', 'text', (c) => c.notNull().check(sql.raw(`to_hasil IN ${RATING}`)))
    .addColumn('to_perilaku', 'text', (c) => c.notNull().check(sql.raw(`to_perilaku IN ${RATING}`)))
    .addColumn('to_predikat', 'text', (c) => c.notNull().check(sql.raw(`to_predikat IN ${PREDIKAT}`)))
    .addColumn('justification', 'text', (c) => c.notNull().check(sql`length(trim(justification)) >= 20`))
    .addColumn('adjusted_by', 'integer', (c) => c.notNull().references('employees.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createIndex('calibration_adjustments_appraisal_idx')
    .on('calibration_adjustments')
    .column('appraisal_id')
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['calibration_adjustments', 'calibrations', 'appraisal_reassignments'])
    await db.schema.dropTable(table).execute();
}
