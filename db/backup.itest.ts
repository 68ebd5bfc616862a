import {
  createReadStream,
  createWriteStream,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createGzip, gunzipSync, gzipSync } from 'node:zlib';
import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { dumpDatabase, MAGIC, restoreDatabase } from './backup';
import { createDb } from './pool';
import { createTestDatabase, type TestDatabase } from './testing';
import { adminQuery, withDatabase } from './testing-global-setup';

let t: TestDatabase;
const dir = mkdtempSync(path.join(tmpdir(), 'kinerja-backup-'));
const scratch: string[] = [];

beforeAll(async () => {
  t = await createTestDatabase({ seeded: true });
});
afterAll(async () => {
  for (const name of scratch)
    await adminQuery(inject('pgAdminUrl'), `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  rmSync(dir, { recursive: true, force: true });
  await t.drop();
});

async function scratchDatabase(): Promise<string> {
  const name = `kt_restore_${process.pid}_${scratch.length}`;
  scratch.push(name);
  await adminQuery(inject('pgAdminUrl'), `CREATE DATABASE ${name}`);
  return withDatabase(inject('pgAdminUrl'), name);
}

/** Row count of every table, the audit log in id order (its chain of entries), files and sequences. */
async function fingerprint(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows: tables } = await client.query<{ name: string }>(
      "SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename NOT LIKE 'kysely%' ORDER BY 1",
    );
    const counts: Record<string, number> = {};
    for (const { name } of tables)
      counts[name] = Number((await client.query(`SELECT count(*) AS n FROM "${name}"`)).rows[0].n);
    const one = async (text: string) => (await client.query(text)).rows[0];
    return {
      counts,
      audit: await one(`SELECT count(*) AS n, md5(string_agg(concat_ws('|', id, at, actor_id, action, entity,
        entity_id, before::text, after::text), E'\\n' ORDER BY id)) AS chain FROM audit_log`),
      files: await one("SELECT md5(string_agg(md5(content), ',' ORDER BY id)) AS h FROM evidence_files"),
      sequences: (await client.query('SELECT sequencename, last_value FROM pg_sequences ORDER BY 1')).rows,
      migrations: (await client.query('SELECT name FROM kysely_migration ORDER BY name')).rows,
    };
  } finally {
    await client.end();
  }
}

// A dump and a restore of the whole seeded agency take 10 s on a quiet machine; allow for a busy one.
const SLOW = { timeout: 180_000 };

describe('backup and restore', () => {
  it(
    'restores a dump into a scratch database with the same rows, audit chain, files and sequences',
    SLOW,
    async () => {
      // Text that COPY must escape: a tab, a newline, a backslash, a line that is only "\." and non-ASCII.
      await t.db
        .insertInto('audit_log')
        .values({
          actor_id: null,
          action: 'test.escape',
          entity: 'x',
          entity_id: 'a\tb\nc\\d\n\\.\nPariamån',
        })
        .execute();
      const file = path.join(dir, 'agency.dump.gz');
      const header = await dumpDatabase(t.url, createWriteStream(file));
      expect(header.tables.find((x) => x.name === 'audit_log')?.rows).toBeGreaterThan(0);

      const target = await scratchDatabase();
      await restoreDatabase(target, createReadStream(file));
      const [before, after] = [await fingerprint(t.url), await fingerprint(target)];
      expect(after.counts).toEqual(before.counts);
      expect(Object.values(after.counts).reduce((a, b) => a + b, 0)).toBeGreaterThan(1000);
      expect(after.audit).toEqual(before.audit);
      expect(after.files).toEqual(before.files);
      expect(after.sequences).toEqual(before.sequences);
      expect(after.migrations).toEqual(before.migrations);

      // The restored database works: the next audit row continues the sequence, the log is still append-only.
      const restored = createDb(target, { max: 1 });
      try {
        const next = await restored
          .insertInto('audit_log')
          .values({ actor_id: null, action: 'test.after', entity: 'x', entity_id: '1' })
          .returning('id')
          .executeTakeFirstOrThrow();
        expect(next.id).toBeGreaterThan(Number(before.audit.n));
        await expect(sql`DELETE FROM audit_log`.execute(restored)).rejects.toThrow(/append-only/);
      } finally {
        await restored.destroy();
      }
    },
  );

  it('refuses a database that is not empty, and a truncated dump commits nothing', SLOW, async () => {
    const file = path.join(dir, 'again.dump.gz');
    await dumpDatabase(t.url, createWriteStream(file));
    await expect(restoreDatabase(t.url, createReadStream(file))).rejects.toThrow(/not empty/);

    // The same dump cut inside the daily reports: the restore fails and leaves no rows behind.
    const text = gunzipSync(readFileSync(file)).toString('utf8');
    const cut = path.join(dir, 'cut.dump.gz');
    writeFileSync(cut, gzipSync(text.slice(0, Math.floor(text.length * 0.6))));
    const target = await scratchDatabase();
    await expect(restoreDatabase(target, createReadStream(cut))).rejects.toThrow();
    const client = new pg.Client({ connectionString: target });
    await client.connect();
    const { rows } = await client.query('SELECT count(*)::int AS n FROM employees');
    await client.end();
    expect(rows[0].n).toBe(0);
  });

  it('refuses a file that is not a dump', async () => {
    const file = path.join(dir, 'other.gz');
    const gz = createGzip();
    const out = createWriteStream(file);
    gz.pipe(out);
    gz.end(`${MAGIC.replace('1', '9')}\n{}\n`);
    await new Promise<void>((r) => out.on('close', () => r()));
    await expect(restoreDatabase(await scratchDatabase(), createReadStream(file))).rejects.toThrow(
      /not a Kinerja/,
    );
  });
});
