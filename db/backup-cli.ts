/**
 * `npm run db:backup -- [--out FILE]`: a compressed logical dump of the agency (db/backup.ts), by default
 * to <KINERJA_DATA_DIR>/backups/kinerja-<UTC time>.dump.gz, readable by its owner only (personal data).
 */
import { createWriteStream, mkdirSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { dumpDatabase } from './backup';
import { DATA_DIR, resolveDatabase } from './local';

const { values } = parseArgs({ options: { out: { type: 'string' } } });
const stamp = new Date().toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
const file = path.resolve(values.out ?? path.join(DATA_DIR, 'backups', `kinerja-${stamp}.dump.gz`));
mkdirSync(path.dirname(file), { recursive: true });

const { url, release } = await resolveDatabase();
try {
  const started = Date.now();
  const header = await dumpDatabase(url, createWriteStream(file, { mode: 0o600 }));
  const rows = header.tables.reduce((n, t) => n + t.rows, 0);
  console.log(
    `backup: ${file} — ${header.tables.length} tables, ${rows} rows, at ${header.migrations.at(-1)}, ` +
      `${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
} catch (error) {
  console.error(`backup failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await release();
}
