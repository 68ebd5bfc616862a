import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres } from './embedded';
import { migrateToLatest } from './migrate';
import { createDb } from './pool';

export const TEMPLATE_DB = 'kinerja_test_template';

declare module 'vitest' {
  export interface ProvidedContext {
    pgAdminUrl: string;
  }
}

/**
 * Integration tests get one PostgreSQL (the test runner's, an external TEST_DATABASE_URL, or a private
 * embedded one) and a migrated template database; each test file clones it into its own database.
 */
export default async function setup(project: TestProject) {
  let stop = async () => {};
  let adminUrl = process.env.KINERJA_TEST_PG_ADMIN_URL;
  if (!adminUrl && process.env.TEST_DATABASE_URL)
    adminUrl = withDatabase(process.env.TEST_DATABASE_URL, 'postgres');
  if (!adminUrl) {
    const server = await startEmbeddedPostgres({
      dataDir: path.resolve(process.env.KINERJA_DATA_DIR ?? '.data', 'test-postgres'),
      port: Number(process.env.TEST_PG_PORT ?? 54339),
      portVariable: 'TEST_PG_PORT',
      database: 'postgres',
    });
    adminUrl = server.url;
    stop = server.stop;
  }
  await prepareTemplate(adminUrl);
  project.provide('pgAdminUrl', adminUrl);
  return stop;
}

export async function prepareTemplate(adminUrl: string): Promise<void> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    // Databases left behind by an interrupted run go first, then the template is rebuilt from migrations.
    const leftovers = await admin.query(
      "SELECT datname FROM pg_database WHERE datname LIKE 'kt\\_%' OR datname = $1",
      [TEMPLATE_DB],
    );
    for (const row of leftovers.rows) await admin.query(`DROP DATABASE "${row.datname}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${TEMPLATE_DB}`);
  } finally {
    await admin.end();
  }
  const db = createDb(withDatabase(adminUrl, TEMPLATE_DB), { max: 1 });
  try {
    await migrateToLatest(db);
  } finally {
    await db.destroy();
  }
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}
