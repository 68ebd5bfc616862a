import { readFileSync } from 'node:fs';
import fs from 'node:fs/promises';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { type EmbeddedServer, startEmbeddedPostgres } from './embedded';

/** What `npm start` does when its embedded PostgreSQL dies: start it again, or give up with a message. */

const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });

async function query(url: string, text: string) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  await client.connect();
  try {
    return (await client.query(text)).rows;
  } finally {
    await client.end();
  }
}

/** Polls until the server answers (or the test's own timeout ends it). */
async function answers(url: string): Promise<void> {
  for (;;) {
    try {
      await query(url, 'SELECT 1');
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 250));
    }
  }
}

const postmasterPid = (dataDir: string) =>
  Number(readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);

const dirs: string[] = [];
/** A data directory path in a fresh temporary folder the postgres user may enter. */
async function scratchDir(): Promise<string> {
  const parent = await fs.mkdtemp(path.join(os.tmpdir(), 'kinerja-pg-'));
  await fs.chmod(parent, 0o755);
  dirs.push(parent);
  return path.join(parent, 'data');
}
let running: EmbeddedServer | undefined;
afterAll(async () => {
  await running?.stop();
  for (const dir of dirs) await fs.rm(dir, { recursive: true, force: true });
});

describe('the embedded PostgreSQL under npm start', () => {
  it('comes back by itself after being killed, with its data', async () => {
    const dataDir = await scratchDir();
    const lines: string[] = [];
    const giveUps: Error[] = [];
    running = await startEmbeddedPostgres({
      dataDir,
      port: await freePort(),
      database: 'kinerja',
      log: (l) => lines.push(l),
      restart: { onGiveUp: (e) => giveUps.push(e) },
    });
    await query(running.url, 'CREATE TABLE kept (n int); INSERT INTO kept VALUES (42)');
    const before = postmasterPid(dataDir);

    process.kill(before, 'SIGKILL');
    await expect(query(running.url, 'SELECT 1')).rejects.toThrow();
    await answers(running.url);

    expect(await query(running.url, 'SELECT n FROM kept')).toEqual([{ n: 42 }]);
    expect(postmasterPid(dataDir)).not.toBe(before);
    expect(lines.some((l) => /stopped unexpectedly \(SIGKILL\); restarting it/.test(l))).toBe(true);
    expect(lines.some((l) => /PostgreSQL is back after/.test(l))).toBe(true);
    expect(giveUps).toEqual([]);

    await running.stop();
    running = undefined;
    // Stopped on purpose: not restarted.
    await new Promise((r) => setTimeout(r, 1500));
    expect(lines.filter((l) => /restarting it/.test(l))).toHaveLength(1);
  }, 120_000);

  it('gives up with a message when it cannot start again', async () => {
    const dataDir = await scratchDir();
    let giveUp: (error: Error) => void = () => {};
    const gaveUp = new Promise<Error>((resolve) => {
      giveUp = resolve;
    });
    await startEmbeddedPostgres({
      dataDir,
      port: await freePort(),
      database: 'kinerja',
      restart: { attempts: 2, onGiveUp: (e) => giveUp(e) },
    });
    const pid = postmasterPid(dataDir);
    // The data directory is gone: no restart can succeed.
    await fs.rm(dataDir, { recursive: true, force: true });
    process.kill(pid, 'SIGKILL');
    expect((await gaveUp).message).toMatch(/could not be restarted after 2 attempts/);
  }, 120_000);
});
