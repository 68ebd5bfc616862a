import { type Kysely, sql } from 'kysely';

// Frozen in time: this file must never import application code.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('holidays')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('agency_id', 'integer', (c) => c.notNull().references('agencies.id'))
    .addColumn('date', 'date', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind IN ('national', 'cuti_bersama', 'local')`))
    .addUniqueConstraint('holidays_agency_date_key', ['agency_id', 'date'])
    .execute();

  await db.schema
    .createTable('daily_reports')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('employee_id', 'integer', (c) => c.notNull().references('employees.id'))
    .addColumn('skp_id', 'integer', (c) => c.notNull().references('skps.id'))
    // RESTRICT: an indicator with reports cannot silently disappear from a revised SKP.
    .addColumn('indicator_id', 'integer', (c) =>
      c.notNull().references('skp_indicators.id').onDelete('restrict'),
    )
    .addColumn('report_date', 'date', (c) => c.notNull())
    .addColumn('start_time', 'time', (c) => c.notNull())
    .addColumn('end_time', 'time', (c) => c.notNull())
    .addColumn('minutes', 'integer', (c) => c.notNull())
    .addColumn('activity', 'text', (c) => c.notNull())
    .addColumn('quantity', 'numeric(12, 2)', (c) => c.notNull().check(sql`quantity >= 0`))
    .addColumn('unit', 'text', (c) => c.notNull())
    .addColumn('evidence_link', 'text')
    .addColumn('status', 'text', (c) =>
      c.notNull().defaultTo('pending').check(sql`status IN ('pending', 'approved', 'returned', 'rejected')`),
    )
    .addColumn('review_comment', 'text')
    .addColumn('reviewed_by', 'integer', (c) => c.references('employees.id'))
    .addColumn('reviewed_at', 'timestamptz')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('idempotency_key', 'uuid', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint('daily_reports_time_order', sql`end_time > start_time`)
    .addUniqueConstraint('daily_reports_idempotency_key', ['employee_id', 'idempotency_key'])
    .execute();
  // The database refuses overlapping work on one day even if two submits race past the app's check.
  await sql`ALTER TABLE daily_reports ADD CONSTRAINT daily_reports_no_overlap
    EXCLUDE USING gist (employee_id WITH =, tsrange(report_date + start_time, report_date + end_time) WITH &&)
    WHERE (status <> 'rejected')`.execute(db);
  await db.schema
    .createIndex('daily_reports_employee_date_idx')
    .on('daily_reports')
    .columns(['employee_id', 'report_date'])
    .execute();
  await sql`CREATE INDEX daily_reports_pending_idx ON daily_reports (employee_id, created_at DESC) WHERE status = 'pending'`.execute(
    db,
  );
  await sql`CREATE INDEX daily_reports_indicator_approved_idx ON daily_reports (indicator_id) INCLUDE (quantity) WHERE status = 'approved'`.execute(
    db,
  );

  await db.schema
    .createTable('evidence_files')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('report_id', 'bigint', (c) => c.notNull().references('daily_reports.id').onDelete('cascade'))
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('mime', 'text', (c) =>
      c.notNull().check(sql`mime IN ('application/pdf', 'image/jpeg', 'image/png')`),
    )
    .addColumn('size_bytes', 'integer', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('content', 'bytea', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('evidence_files_report_idx').on('evidence_files').column('report_id').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('evidence_files').execute();
  await db.schema.dropTable('daily_reports').execute();
  await db.schema.dropTable('holidays').execute();
}
