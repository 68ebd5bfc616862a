/**
 * `npm run db:restore -- FILE [--database NAME]`: restores a dump of `npm run db:backup` into the configured
 * database when it is empty, or with --database into a new database of that name on the same server (which
 * it creates; it must not exist). Runs as the owner (MIGRATION_DATABASE_URL, else DATABASE_URL, else the
 * embedded PostgreSQL). Nothing is committed unless every table's row count matches the dump.
 */
import { createReadStream } from 'node:fs';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { restoreDatabase } from './backup';
import { resolveDatabase } from './local';

const { values, positionals } = parseArgs({
  options: { database: { type: 'string' } },
  allowPositionals: true,
});
const file = positionals[0];
if (!file) {
  console.error('usage: npm run db:restore -- FILE [--database NAME]');
  process.exit(2);
}
if (values.database !== undefined && !/^[a-z_][a-z0-9_]*$/.test(values.database)) {
  console.error('--database: lower-case letters, digits and _ only');
  process.exit(2);
}

const { url, release } = await resolveDatabase();
try {
  let target = url;
  if (values.database) {
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${values.database}`).finally(() => admin.end());
    const u = new URL(url);
    u.pathname = `/${values.database}`;
    target = u.toString();
  }
  const started = Date.now();
  const header = await restoreDatabase(target, createReadStream(file), (l) => console.log(l));
  const rows = header.tables.reduce((n, t) => n + t.rows, 0);
  console.log(
    `restored ${rows} rows in ${header.tables.length} tables from ${header.createdAt} ` +
      `into ${new URL(target).pathname.slice(1)} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
} catch (error) {
  console.error(`restore failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await release();
}
