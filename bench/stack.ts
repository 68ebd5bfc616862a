/**
 * The system under test: an embedded PostgreSQL of the bench's own (under /tmp), migrated and seeded, and
 * server.ts serving the production build on the bench port. Nothing here touches the repository's `.data/`.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { buildIsCurrent, stampBuild } from '../db/build-state';
import { type EmbeddedServer, startEmbeddedPostgres } from '../db/embedded';
import { migrateToLatest } from '../db/migrate';
import { createDb, type Database } from '../db/pool';

export type StackOptions = {
  dataDir: string;
  pgPort: number;
  appPort: number;
  employees: number;
  /** Keep the data directory (and its seed) from an earlier run. */
  reuse: boolean;
  /** Restart PostgreSQL when it dies, as `npm start` does (the fault bench kills it). */
  restart?: boolean;
  /** Extra environment for server.ts (e.g. MAX_CONCURRENT_REQUESTS). */
  appEnv?: Record<string, string>;
  /** Extra PostgreSQL settings (`-c name=value` flags). */
  postgresFlags?: string[];
  secret: string;
  log: (line: string) => void;
};

export type SeedTiming = { seconds: number; reused: boolean; employees: number; dailyReports: number };

const BIN = (name: string) => path.join('node_modules', '.bin', name);

/** Seed and build commands still running, stopped with the stack. */
const children = new Set<ChildProcess>();

/** Runs a command to completion, its output shown with a prefix; rejects on a non-zero exit. */
function run(command: string, args: string[], env: NodeJS.ProcessEnv, prefix: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    children.add(child);
    child.on('exit', () => children.delete(child));
    const relay = (stream: NodeJS.ReadableStream, out: NodeJS.WriteStream) => {
      let rest = '';
      stream.on('data', (chunk: Buffer) => {
        // Progress bars redraw a line with \r: show only finished lines.
        const lines = (rest + chunk.toString()).split('\n');
        rest = lines.pop() ?? '';
        for (const line of lines) {
          const shown = line.split('\r').pop()?.trimEnd();
          if (shown) out.write(`${prefix} ${shown}\n`);
        }
      });
    };
    relay(child.stdout, process.stdout);
    relay(child.stderr, process.stderr);
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} exited with ${code}`)),
    );
  });
}

export class Stack {
  private pg: EmbeddedServer | null = null;
  private next: ChildProcess | null = null;
  private stopping: Promise<void> | null = null;
  db: Database | null = null;
  /** The owner's URL (migrations, seed, checks); the app connects as its least-privilege role. */
  url = '';
  appUrl = '';

  constructor(private readonly opts: StackOptions) {}

  get baseUrl(): string {
    return `http://localhost:${this.opts.appPort}`;
  }

  async startDatabase(): Promise<void> {
    const { dataDir, reuse, pgPort, log } = this.opts;
    const pgDir = path.join(dataDir, 'postgres');
    if (!reuse && existsSync(dataDir)) {
      log(`removing the previous bench data in ${dataDir} (pass --reuse to keep it)`);
      await fs.rm(dataDir, { recursive: true, force: true });
    }
    this.pg = await startEmbeddedPostgres({
      dataDir: pgDir,
      port: pgPort,
      database: 'kinerja_bench',
      log: (l) => log(`[postgres] ${l}`),
      portVariable: '--pg-port',
      postgresFlags: this.opts.postgresFlags,
      restart: this.opts.restart
        ? { onGiveUp: (error) => log(`PostgreSQL could not be restarted: ${error.message}`) }
        : undefined,
    });
    this.url = this.pg.url;
    this.appUrl = this.pg.appUrl;
    this.db = createDb(this.url, { max: 4, applicationName: 'kinerja-bench', statementTimeoutMs: 600_000 });
    await migrateToLatest(this.db, (l) => log(l));
  }

  /** Seeds the large agency with a full year of daily reports unless a reused database already has them. */
  async seed(): Promise<SeedTiming> {
    const db = this.need();
    const { employees, log } = this.opts;
    const existing = await this.count('daily_reports');
    if (this.opts.reuse && existing > 0) {
      log(`reusing the seeded database (${existing.toLocaleString('en')} daily reports)`);
      return { seconds: 0, reused: true, employees: await this.count('employees'), dailyReports: existing };
    }
    const agencies = await db.selectFrom('agencies').select('id').execute();
    if (agencies.length > 0) {
      throw new Error(
        `${this.opts.dataDir} holds a partly seeded database; run again without --reuse to start afresh`,
      );
    }
    log(`seeding ${employees.toLocaleString('en')} employees and a full year of daily reports…`);
    const started = Date.now();
    await run(
      BIN('tsx'),
      ['db/seed/cli.ts', '--employees', String(employees), '--reports'],
      { ...process.env, DATABASE_URL: this.url },
      '  [seed]',
    );
    const seconds = (Date.now() - started) / 1000;
    return {
      seconds,
      reused: false,
      employees: await this.count('employees'),
      dailyReports: await this.count('daily_reports'),
    };
  }

  private async count(table: 'employees' | 'daily_reports'): Promise<number> {
    const row = await this.need()
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  private appEnv(): NodeJS.ProcessEnv {
    return {
      ...process.env,
      ...this.opts.appEnv,
      DATABASE_URL: this.appUrl,
      NEXTAUTH_SECRET: this.opts.secret,
      NEXTAUTH_URL: this.baseUrl,
      DEMO_MODE: 'true',
      NODE_ENV: 'production',
      PORT: String(this.opts.appPort),
      NEXT_TELEMETRY_DISABLED: '1',
    };
  }

  /** Builds when the sources changed since the last build, then serves the production build. */
  async startApp(): Promise<{ built: boolean; buildSeconds: number }> {
    const { log, appPort } = this.opts;
    let built = false;
    let buildSeconds = 0;
    if (!buildIsCurrent()) {
      log('building the app (sources changed since the last build)…');
      const started = Date.now();
      await run(BIN('next'), ['build'], this.appEnv(), '  [build]');
      stampBuild();
      built = true;
      buildSeconds = (Date.now() - started) / 1000;
    }
    log(`starting server.ts on port ${appPort}`);
    this.next = spawn(BIN('tsx'), ['server.ts'], {
      env: { ...this.appEnv(), PORT: String(appPort) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    // The server's own log is kept out of the bench output unless something goes wrong.
    this.next.stdout?.resume();
    this.next.stderr?.on('data', (chunk: Buffer) => {
      // Once stopping (Ctrl-C also reaches PostgreSQL directly), its complaints about the lost database are noise.
      if (!this.stopping) process.stderr.write(`  [next] ${chunk}`);
    });
    const exited = new Promise<never>((_, reject) =>
      this.next?.once('exit', (code) => reject(new Error(`server.ts exited early (code ${code})`))),
    );
    await Promise.race([this.waitReady(), exited]);
    return { built, buildSeconds };
  }

  private async waitReady(timeoutMs = 60_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      try {
        const res = await fetch(`${this.baseUrl}/api/health/ready`);
        if (res.ok) return;
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 250));
    }
    throw new Error(`${this.baseUrl}/api/health/ready did not answer 200 within ${timeoutMs / 1000} s`);
  }

  /** The web server's process (server.ts; its workers are its children), for their CPU time. */
  appPid(): number | undefined {
    return this.next?.pid;
  }

  /** The PostgreSQL server's process id (the postmaster), for the fault bench to kill. */
  postgresPid(): number {
    const file = path.join(this.opts.dataDir, 'postgres', 'postmaster.pid');
    return Number(readFileSync(file, 'utf8').split('\n')[0]);
  }

  need(): Database {
    if (!this.db) throw new Error('the database is not started');
    return this.db;
  }

  /** Web server first, PostgreSQL last; safe to call twice (Ctrl-C during the normal stop). */
  stop(): Promise<void> {
    this.stopping ??= this.stopNow();
    return this.stopping;
  }

  private async stopNow(): Promise<void> {
    const { log } = this.opts;
    for (const child of children) child.kill('SIGTERM');
    const next = this.next;
    if (next && next.exitCode === null && next.signalCode === null) {
      log('stopping the web server');
      next.removeAllListeners('exit');
      const exited = new Promise((r) => next.once('exit', r));
      next.kill('SIGTERM');
      const timer = setTimeout(() => next.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    }
    if (this.db) {
      await this.db.destroy().catch(() => {});
      // pg-pool's end() resolves before its clients' sockets have closed; give them a moment, else
      // PostgreSQL's shutdown reaches them first and they report "terminating connection".
      await new Promise((r) => setTimeout(r, 300));
    }
    if (this.pg) {
      log('stopping PostgreSQL');
      await this.pg.stop();
    }
  }
}
