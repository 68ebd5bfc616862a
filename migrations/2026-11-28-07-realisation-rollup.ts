import { type Kysely, sql } from 'kysely';

// Frozen in time: this file must never import application code.
// Two rollups for the leadership dashboard at agency scale: realisation per SKP and delays per unit.

/**
 * Realisation per SKP (so per employee and year): the mean, over the Utama RHK's kuantitas indicators with a
 * target above zero, of approved output × 100 / target, each capped at 100. The leadership dashboard used to
 * compute it for every SKP of the agency on each view. The row exists for every SKP with such an indicator,
 * whatever its status (the dashboards decide which statuses count), and is rewritten in the same transaction
 * as whatever changes its inputs: indicator_stats (report mutations) and the SKP's RHK and indicators.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('employee_realisation')
    .addColumn('skp_id', 'integer', (c) => c.primaryKey().references('skps.id').onDelete('cascade'))
    .addColumn('employee_id', 'integer', (c) => c.notNull().references('employees.id'))
    .addColumn('year', 'integer', (c) => c.notNull())
    // Unrounded, so that means over many employees round only once, on the page.
    .addColumn('pct', 'numeric', (c) => c.notNull())
    .addColumn('indicators', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  // Databases that already hold SKPs and reports start with the right figures.
  await sql`INSERT INTO employee_realisation (skp_id, employee_id, year, pct, indicators)
    SELECT k.id, k.employee_id, k.year,
           avg(least(100, coalesce(st.approved_quantity, 0) * 100 / i.target_value)), count(*)
    FROM skps k
    JOIN skp_rhks r ON r.skp_id = k.id AND r.kind = 'utama'
    JOIN skp_indicators i ON i.rhk_id = r.id AND i.aspek = 'kuantitas' AND i.target_value > 0
    LEFT JOIN indicator_stats st ON st.indicator_id = i.id
    GROUP BY k.id`.execute(db);

  // The validation-delay histogram per unit (of its active employees' current placement) and report month:
  // the leadership dashboard's median delay reads a few thousand rows instead of every employee's.
  await db.schema
    .createTable('unit_delay_stats')
    .addColumn('unit_id', 'integer', (c) => c.notNull().references('units.id'))
    .addColumn('month', 'date', (c) => c.notNull())
    .addColumn('delay_days', 'smallint', (c) => c.notNull())
    .addColumn('reports', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('unit_delay_stats_pkey', ['unit_id', 'month', 'delay_days'])
    .execute();
  await sql`INSERT INTO unit_delay_stats (unit_id, month, delay_days, reports)
    SELECT e.unit_id, d.month, d.delay_days, sum(d.reports)
    FROM report_delay_stats d JOIN employees e ON e.id = d.employee_id AND e.active
    GROUP BY 1, 2, 3`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('unit_delay_stats').execute();
  await db.schema.dropTable('employee_realisation').execute();
}
