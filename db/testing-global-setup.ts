import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { DEMO_PASSWORD, hashPassword } from '../lib/auth/password';
import { startEmbeddedPostgres } from './embedded';
import { migrateToLatest } from './migrate';
import { createDb } from './pool';
import { ensureAppLogin } from './roles';
import { seedDemoAgency } from './seed/demo';

/** The date the seeded template and the tests agree on as "today". */
export const TEST_TODAY = '2026-11-28';

export const TEMPLATE_DB = 'kinerja_test_template';
/** The template plus the demo agency, seeded once per run: most test files start from it. */
export const SEEDED_TEMPLATE_DB = 'kinerja_test_seeded';

/** The app's least-privilege login in the test cluster (tests run the data layer as the app does). */
export const TEST_APP_LOGIN = { name: 'kinerja_test_app', password: 'kinerja-test-app' } as const;

declare module 'vitest' {
  export interface ProvidedContext {
    pgAdminUrl: string;
    pgAppUrl: string;
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
  project.provide('pgAppUrl', await testAppUrl(adminUrl, 'postgres'));
  return stop;
}

export async function prepareTemplate(adminUrl: string): Promise<void> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    // Databases left behind by an interrupted run go first, then the template is rebuilt from migrations.
    const leftovers = await admin.query(
      "SELECT datname FROM pg_database WHERE datname LIKE 'kt\\_%' OR datname = ANY($1) ORDER BY datname = $2",
      [[TEMPLATE_DB, SEEDED_TEMPLATE_DB], TEMPLATE_DB],
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
  await adminQuery(adminUrl, `CREATE DATABASE ${SEEDED_TEMPLATE_DB} TEMPLATE ${TEMPLATE_DB}`);
  const seeded = createDb(withDatabase(adminUrl, SEEDED_TEMPLATE_DB), { max: 2 });
  try {
    await seedDemoAgency(seeded, { passwordHash: await hashPassword(DEMO_PASSWORD), today: TEST_TODAY });
  } finally {
    await seeded.destroy();
  }
}

/** The URL of `database` for the test cluster's app login (created with the group role when missing). */
export function testAppUrl(adminUrl: string, database: string): Promise<string> {
  return ensureAppLogin(adminUrl, TEST_APP_LOGIN.name, TEST_APP_LOGIN.password, database);
}

export async function adminQuery(adminUrl: string, text: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}
