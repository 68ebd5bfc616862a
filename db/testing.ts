import { randomBytes } from 'node:crypto';
import { inject } from 'vitest';
import { rollupDrift } from '../lib/reports/rollups';
import { createDb, type Database } from './pool';
import { adminQuery, SEEDED_TEMPLATE_DB, TEMPLATE_DB, withDatabase } from './testing-global-setup';

/**
 * `db` connects as the app's least-privilege role, so every test runs the data layer with the app's grants;
 * `ownerDb` / `url` as the owner of the tables, for what only migrations, seeds and repairs do (DDL,
 * TRUNCATE, a rollup rebuild, the seed itself).
 */
export type TestDatabase = { db: Database; ownerDb: Database; url: string; drop: () => Promise<void> };

/**
 * A fresh, migrated database of its own for one test file; `drop` removes it. `seeded` starts it with
 * the demo agency (the seed runs once per test run, each file gets a copy).
 */
export async function createTestDatabase(opts: { seeded?: boolean } = {}): Promise<TestDatabase> {
  const adminUrl = inject('pgAdminUrl');
  const name = `kt_${process.pid}_${randomBytes(4).toString('hex')}`;
  const template = opts.seeded ? SEEDED_TEMPLATE_DB : TEMPLATE_DB;
  await adminQuery(adminUrl, `CREATE DATABASE ${name} TEMPLATE ${template}`);
  const url = withDatabase(adminUrl, name);
  const db = createDb(withDatabase(inject('pgAppUrl'), name), { max: 4 });
  const ownerDb = createDb(url, { max: 4 });
  return {
    db,
    ownerDb,
    url,
    drop: async () => {
      // Whatever the file's tests wrote, the dashboards' rollups must equal a rebuild from the reports.
      const drifted = await rollupDrift(ownerDb);
      await db.destroy();
      await ownerDb.destroy();
      await adminQuery(adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      if (drifted.length > 0)
        throw new Error(`rollups out of date after this file's writes: ${drifted.join(', ')}`);
    },
  };
}
