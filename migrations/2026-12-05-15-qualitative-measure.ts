import { type Kysely, sql } from 'kysely';

// Frozen in time: this file must never import application code.
// A fifth measure: a narrative per period, judged by the pejabat penilai. The employee's entry carries the
// narrative (in note) and no value; the judgement given when validating sets the value (the judged
// achievement in %), so every sum and mean over validated entries reads it like any other value.

/** The check on skp_indicators.measure, named by PostgreSQL when migration 09 added the column. */
async function dropMeasureCheck(db: Kysely<any>): Promise<void> {
  const { rows } = await sql<{ name: string }>`SELECT conname AS name FROM pg_constraint
    WHERE conrelid = 'skp_indicators'::regclass AND contype = 'c'
      AND pg_get_constraintdef(oid) LIKE '%measure%'`.execute(db);
  for (const r of rows) await sql`ALTER TABLE skp_indicators DROP CONSTRAINT ${sql.id(r.name)}`.execute(db);
}

export async function up(db: Kysely<any>): Promise<void> {
  await dropMeasureCheck(db);
  await sql`ALTER TABLE skp_indicators ADD CONSTRAINT skp_indicators_measure_check CHECK (
    measure IS NULL OR measure IN ('daily', 'periodic', 'qualitative')
    OR (measure = 'duration' AND aspek = 'waktu') OR (measure = 'amount' AND aspek = 'biaya'))`.execute(db);

  await sql`ALTER TABLE realisation_entries ALTER COLUMN value DROP NOT NULL`.execute(db);
  await db.schema
    .alterTable('realisation_entries')
    .addColumn('judgement', 'text', (c) => c.check(sql`judgement IN ('below', 'meets', 'exceeds')`))
    .execute();
  // A validated entry always counts with a value; a judgement only exists once validated.
  await db.schema
    .alterTable('realisation_entries')
    .addCheckConstraint(
      'realisation_entries_counted_value',
      sql`(status <> 'validated' OR value IS NOT NULL) AND (judgement IS NULL OR status = 'validated')`,
    )
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('realisation_entries')
    .dropConstraint('realisation_entries_counted_value')
    .execute();
  await db.schema.alterTable('realisation_entries').dropColumn('judgement').execute();
  await sql`DELETE FROM realisation_entries WHERE value IS NULL`.execute(db);
  await sql`ALTER TABLE realisation_entries ALTER COLUMN value SET NOT NULL`.execute(db);
  await sql`UPDATE skp_indicators SET measure = 'periodic' WHERE measure = 'qualitative'`.execute(db);
  await dropMeasureCheck(db);
  await sql`ALTER TABLE skp_indicators ADD CONSTRAINT skp_indicators_measure_check CHECK (
    measure IS NULL OR measure IN ('daily', 'periodic')
    OR (measure = 'duration' AND aspek = 'waktu') OR (measure = 'amount' AND aspek = 'biaya'))`.execute(db);
}
