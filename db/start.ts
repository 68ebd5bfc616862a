/**
 * `npm start`: embedded PostgreSQL when DATABASE_URL is unset → migrate → seed the demo agency once →
 * build when the sources changed → server.ts (Next behind our own HTTP server). Signals stop the web
 * server first and PostgreSQL last. An embedded PostgreSQL that dies is restarted (the app answers "try
 * again" meanwhile and reconnects by itself); if it cannot be restarted, everything stops with a message.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildIsCurrent, stampBuild } from './build-state';
import { DATA_DIR, resolveDatabase } from './local';
import { migrateToLatest } from './migrate';
import { createDb } from './pool';
import { seedDemoIfEmpty } from './seed/run';

const log = (line: string) => console.log(`[kinerja] ${line}`);
const started = Date.now();
const port = process.env.PORT ?? '3000';
const demoMode = process.env.DEMO_MODE
  ? ['1', 'true'].includes(process.env.DEMO_MODE)
  : !process.env.DATABASE_URL;

function resolveSecret(): string {
  if (process.env.NEXTAUTH_SECRET) return process.env.NEXTAUTH_SECRET;
  if (!demoMode) {
    console.error('NEXTAUTH_SECRET is required outside demo mode (e.g. `openssl rand -base64 48`).');
    process.exit(1);
  }
  const file = path.join(DATA_DIR, 'nextauth-secret');
  if (!existsSync(file)) {
    mkdirSync(DATA_DIR, { recursive: true });
    writeFileSync(file, randomBytes(48).toString('base64url'), { mode: 0o600 });
  }
  return readFileSync(file, 'utf8').trim();
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: 'inherit', env });
    child.on('exit', (code) => resolve(code ?? 1));
  });
}

const secret = resolveSecret();
let next: ChildProcess | null = null;
let stopping = false;
const database = await resolveDatabase(log, {
  onGiveUp: (error) => {
    console.error(
      `[kinerja] ${error.message}; stopping. Check ${DATA_DIR}/postgres and run npm start again.`,
    );
    void shutdown(1);
  },
});

async function shutdown(code: number): Promise<never> {
  if (stopping) return new Promise(() => {});
  stopping = true;
  if (next && next.exitCode === null) {
    log('stopping the web server');
    const exited = new Promise((r) => next?.once('exit', r));
    next.kill('SIGTERM');
    const timer = setTimeout(() => next?.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  }
  if (database.embedded) log('stopping PostgreSQL');
  await database.release();
  process.exit(code);
}
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => void shutdown(0));

try {
  const db = createDb(database.url, { max: 2, applicationName: 'kinerja-start' });
  try {
    await migrateToLatest(db, log);
    if (demoMode) await seedDemoIfEmpty(db, log);
  } finally {
    await db.destroy();
  }
  const env = {
    ...process.env,
    // The app connects as the least-privilege role; migrations and the seed above ran as the owner.
    DATABASE_URL: database.appUrl,
    MIGRATION_DATABASE_URL: undefined,
    NEXTAUTH_SECRET: secret,
    NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
    DEMO_MODE: demoMode ? 'true' : 'false',
    NEXT_TELEMETRY_DISABLED: '1',
  };
  const nextBin = path.join('node_modules', '.bin', 'next');
  if (!buildIsCurrent()) {
    log('building the app (sources changed since the last build)…');
    if ((await run(nextBin, ['build'], env)) !== 0) throw new Error('next build failed');
    stampBuild();
  }
  log(`ready in ${((Date.now() - started) / 1000).toFixed(1)} s — http://localhost:${port}`);
  next = spawn(path.join('node_modules', '.bin', 'tsx'), ['server.ts'], {
    stdio: 'inherit',
    env: { ...env, PORT: port },
  });
  next.on('exit', (code) => void shutdown(code ?? 0));
} catch (error) {
  console.error(`[kinerja] ${error instanceof Error ? error.message : String(error)}`);
  await shutdown(1);
}
