import type { Kysely } from 'kysely';
import { sql } from 'kysely';

// Frozen in time: this file must never import application code.
// Import from SIASN (BKN's "Export Data ASN"): units are matched by SIASN's UNOR ID, kept beside our own
// code; each upload is a job whose state a status page shows while the check or the apply runs.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('units').addColumn('siasn_id', 'text').execute();
  await sql`CREATE UNIQUE INDEX units_agency_siasn_key ON units (agency_id, siasn_id) WHERE siasn_id IS NOT NULL`.execute(
    db,
  );
  await db.schema
    .createTable('import_jobs')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('agency_id', 'integer', (c) => c.notNull().references('agencies.id'))
    .addColumn('created_by', 'integer', (c) => c.notNull().references('employees.id'))
    .addColumn('status', 'text', (c) =>
      c.notNull().check(sql`status IN ('checking', 'checked', 'applying', 'applied', 'failed')`),
    )
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('supervision_file_name', 'text')
    .addColumn('full_export', 'boolean', (c) => c.notNull().defaultTo(false))
    // The parsed rows as uploaded (header → value per row), so the check and the apply read the same data.
    .addColumn('people', 'jsonb', (c) => c.notNull())
    .addColumn('lines', 'jsonb', (c) => c.notNull())
    .addColumn('report', 'jsonb')
    .addColumn('total', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('processed', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('error', 'text')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .createIndex('import_jobs_agency_idx')
    .on('import_jobs')
    .columns(['agency_id', 'created_at'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('import_jobs').execute();
  await sql`DROP INDEX units_agency_siasn_key`.execute(db);
  await db.schema.alterTable('units').dropColumn('siasn_id').execute();
}
