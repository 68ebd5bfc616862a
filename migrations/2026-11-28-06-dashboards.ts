import { type Kysely, sql } from 'kysely';

// Frozen in time: this file must never import application code.

/**
 * Rollups the dashboards read instead of the daily_reports table (millions of rows at agency scale). They
 * are rewritten from daily_reports, for the employee-weeks/-months and indicators a change touches, in the
 * same transaction as every report mutation (lib/reports/rollups.ts), and rebuilt set-based by the seeds.
 */
export async function up(db: Kysely<any>): Promise<void> {
  // One row per employee and calendar week (starts = Monday) or month (starts = the 1st).
  await db.schema
    .createTable('employee_report_stats')
    .addColumn('employee_id', 'integer', (c) => c.notNull().references('employees.id'))
    .addColumn('span', 'text', (c) => c.notNull().check(sql`span IN ('week', 'month')`))
    .addColumn('starts', 'date', (c) => c.notNull())
    // Working days (Mon–Fri, not an agency holiday) with at least one approved / one non-rejected report.
    .addColumn('approved_days', 'smallint', (c) => c.notNull())
    .addColumn('reported_days', 'smallint', (c) => c.notNull())
    .addColumn('reports', 'integer', (c) => c.notNull())
    .addColumn('approved', 'integer', (c) => c.notNull())
    .addColumn('pending', 'integer', (c) => c.notNull())
    .addColumn('returned', 'integer', (c) => c.notNull())
    .addColumn('rejected', 'integer', (c) => c.notNull())
    .addColumn('approved_minutes', 'integer', (c) => c.notNull())
    .addColumn('last_report_date', 'date')
    .addColumn('oldest_pending_at', 'timestamptz')
    .addPrimaryKeyConstraint('employee_report_stats_pkey', ['employee_id', 'span', 'starts'])
    .execute();
  await sql`CREATE INDEX employee_report_stats_span_idx ON employee_report_stats (span, starts, employee_id)
    INCLUDE (approved_days, reported_days, pending, approved_minutes)`.execute(db);

  // The same per unit (of its active employees' current placement): a few thousand rows for the whole
  // agency's year, so unit, trend and heat-map figures never touch the per-employee rows.
  await db.schema
    .createTable('unit_report_stats')
    .addColumn('unit_id', 'integer', (c) => c.notNull().references('units.id'))
    .addColumn('span', 'text', (c) => c.notNull().check(sql`span IN ('week', 'month')`))
    .addColumn('starts', 'date', (c) => c.notNull())
    .addColumn('approved_days', 'integer', (c) => c.notNull())
    .addColumn('reported_days', 'integer', (c) => c.notNull())
    .addColumn('pending', 'integer', (c) => c.notNull())
    .addColumn('approved_minutes', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('unit_report_stats_pkey', ['unit_id', 'span', 'starts'])
    .execute();

  // How long validation took, in whole days from filing to the decision, per employee and report month.
  await db.schema
    .createTable('report_delay_stats')
    .addColumn('employee_id', 'integer', (c) => c.notNull().references('employees.id'))
    .addColumn('month', 'date', (c) => c.notNull())
    .addColumn('delay_days', 'smallint', (c) => c.notNull().check(sql`delay_days BETWEEN 0 AND 30`))
    .addColumn('reports', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('report_delay_stats_pkey', ['employee_id', 'month', 'delay_days'])
    .execute();
  await sql`CREATE INDEX report_delay_stats_month_idx ON report_delay_stats (month, employee_id)
    INCLUDE (delay_days, reports)`.execute(db);

  // Approved output per indicator: the live realisation without summing the reports.
  await db.schema
    .createTable('indicator_stats')
    .addColumn('indicator_id', 'integer', (c) =>
      c.primaryKey().references('skp_indicators.id').onDelete('cascade'),
    )
    .addColumn('approved_quantity', 'numeric(14, 2)', (c) => c.notNull())
    .addColumn('approved_reports', 'integer', (c) => c.notNull())
    .execute();

  // The supervisor dashboard looks up current subordinates and SKPs by year for many employees at once.
  await db.schema.createIndex('skps_year_employee_idx').on('skps').columns(['year', 'employee_id']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('skps_year_employee_idx').execute();
  await db.schema.dropTable('indicator_stats').execute();
  await db.schema.dropTable('report_delay_stats').execute();
  await db.schema.dropTable('unit_report_stats').execute();
  await db.schema.dropTable('employee_report_stats').execute();
}
