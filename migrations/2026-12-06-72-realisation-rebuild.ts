import { type Kysely, sql } from 'kysely';

// Frozen in time: this file must never import application code.
// The realisation rollup (employee_realisation) began counting every measured indicator on 2026-12-05
// (periodic, time and cost indicators from their validated entries, not only daily output), but rows
// written before that kept the old figure until their SKP changed again: an agency's dashboards showed the
// old realisation for everyone untouched since the upgrade (the bench's database differed from a rebuild
// for thousands of SKPs). This rewrites every row with the formula of that day, which is still today's.

export async function up(db: Kysely<any>): Promise<void> {
  await sql`TRUNCATE employee_realisation`.execute(db);
  await sql`INSERT INTO employee_realisation (skp_id, employee_id, year, pct, indicators)
    SELECT m.skp_id, m.employee_id, m.year, avg(least(100, m.pct)), count(*)
    FROM (
      SELECT k.id AS skp_id, k.employee_id, k.year,
        CASE
          WHEN m.measure = 'daily' THEN coalesce(st.approved_quantity, 0) * 100 / i.target_value
          WHEN m.measure = 'qualitative' THEN x.realisation
          WHEN m.measure IN ('duration', 'amount') THEN
            CASE WHEN i.target_value <= 0 THEN CASE WHEN x.realisation <= 0 THEN 100 ELSE 0 END
                 ELSE greatest(0, (2 - x.realisation / i.target_value) * 100) END
          ELSE CASE WHEN i.target_value <= 0 THEN 100 ELSE x.realisation * 100 / i.target_value END
        END AS pct
      FROM skps k
      JOIN skp_rhks r ON r.skp_id = k.id AND r.kind = 'utama'
      JOIN skp_indicators i ON i.rhk_id = r.id
      CROSS JOIN LATERAL (SELECT coalesce(i.measure, CASE i.aspek WHEN 'kuantitas' THEN 'daily'
        WHEN 'kualitas' THEN 'periodic' WHEN 'waktu' THEN 'duration' ELSE 'amount' END) AS measure) m
      LEFT JOIN indicator_stats st ON m.measure = 'daily' AND st.indicator_id = i.id
      LEFT JOIN LATERAL (
        SELECT CASE WHEN m.measure = 'amount' THEN sum(e.value) ELSE avg(e.value) END AS realisation
        FROM realisation_entries e WHERE e.indicator_id = i.id AND e.status = 'validated'
      ) x ON m.measure <> 'daily'
      WHERE CASE WHEN m.measure = 'daily' THEN i.target_value > 0 ELSE x.realisation IS NOT NULL END
    ) m
    GROUP BY m.skp_id, m.employee_id, m.year`.execute(db);
  await sql`ANALYZE employee_realisation`.execute(db);
}

export async function down(): Promise<void> {
  // Nothing to undo: the rows are what the rollup's own writers produce.
}
