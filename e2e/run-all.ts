/**
 * `npm test`: unit + integration (vitest) and end-to-end (Playwright, system Chromium, production build)
 * on one real PostgreSQL — the embedded one unless TEST_DATABASE_URL names a server. Ends with one line:
 * "N passed, N failed".
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { buildIsCurrent, stampBuild } from '../db/build-state';
import { startEmbeddedPostgres } from '../db/embedded';
import { DATA_DIR } from '../db/local';
import { migrateToLatest } from '../db/migrate';
import { createDb } from '../db/pool';
import { seedDemoIfEmpty } from '../db/seed/run';
import { testAppUrl, withDatabase } from '../db/testing-global-setup';

type Tally = { passed: number; failed: number };
// --only takes a comma-separated list of: static, unit, integration, e2e.
const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : null;
// Extra arguments for a narrower run, e.g. VITEST_ARGS="lib/auth" or E2E_ARGS="--grep login".
const extra = (name: string) => (process.env[name] ?? '').split(' ').filter(Boolean);
const wants = (layer: string) => !only || only.split(',').includes(layer);
const resultsDir = path.join(DATA_DIR, 'test-results');
mkdirSync(resultsDir, { recursive: true });

function run(command: string, args: string[], env: Record<string, string>): Promise<number> {
  return new Promise((resolve) => {
    spawn(command, args, { stdio: 'inherit', env: { ...process.env, ...env } }).on('exit', (code) =>
      resolve(code ?? 1),
    );
  });
}

async function vitestLayers(adminUrl: string): Promise<Record<string, Tally>> {
  const projects = ['unit', 'integration'].filter(wants);
  if (projects.length === 0) return {};
  const out = path.join(resultsDir, 'vitest.json');
  rmSync(out, { force: true });
  const args = ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${out}`];
  for (const p of projects) args.push('--project', p);
  args.push(...extra('VITEST_ARGS'));
  const code = await run('npx', args, { KINERJA_TEST_PG_ADMIN_URL: adminUrl });
  const tallies: Record<string, Tally> = Object.fromEntries(
    projects.map((p) => [p, { passed: 0, failed: 0 }]),
  );
  if (!existsSync(out)) return { ...tallies, vitest: { passed: 0, failed: 1 } };
  const report = JSON.parse(readFileSync(out, 'utf8')) as {
    testResults: { name: string; status: string; assertionResults: { status: string }[] }[];
  };
  for (const file of report.testResults) {
    const t = tallies[file.name.endsWith('.itest.ts') ? 'integration' : 'unit'];
    if (!t) continue;
    if (file.assertionResults.length === 0 && file.status === 'failed') t.failed++;
    for (const a of file.assertionResults) {
      if (a.status === 'passed') t.passed++;
      else if (a.status === 'failed') t.failed++;
    }
  }
  const sum = Object.values(tallies).reduce((n, t) => n + t.failed, 0);
  if (code !== 0 && sum === 0) tallies.vitest = { passed: 0, failed: 1 };
  return tallies;
}

async function e2eLayer(adminUrl: string): Promise<Tally> {
  if (!buildIsCurrent()) {
    console.log('[test] building the app for end-to-end tests…');
    if ((await run('node_modules/.bin/next', ['build'], { NEXT_TELEMETRY_DISABLED: '1' })) !== 0) {
      return { passed: 0, failed: 1 };
    }
    stampBuild();
  }
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query('DROP DATABASE IF EXISTS kinerja_e2e WITH (FORCE)');
  await admin.query('CREATE DATABASE kinerja_e2e');
  await admin.end();
  const url = withDatabase(adminUrl, 'kinerja_e2e');
  const db = createDb(url, { max: 2 });
  await migrateToLatest(db);
  await seedDemoIfEmpty(db, (l) => console.log(`[test] ${l}`));
  await db.destroy();

  const out = path.join(resultsDir, 'playwright.json');
  rmSync(out, { force: true });
  const code = await run('npx', ['playwright', 'test', ...extra('E2E_ARGS')], {
    E2E_DATABASE_URL: url,
    // The app under test connects as the least-privilege role; specs that check rows use the owner URL.
    E2E_APP_DATABASE_URL: await testAppUrl(adminUrl, 'kinerja_e2e'),
    PLAYWRIGHT_JSON_OUTPUT_NAME: out,
  });
  if (!existsSync(out)) return { passed: 0, failed: 1 };
  const stats = (JSON.parse(readFileSync(out, 'utf8')) as { stats: Record<string, number> }).stats;
  const tally = { passed: (stats.expected ?? 0) + (stats.flaky ?? 0), failed: stats.unexpected ?? 0 };
  if (code !== 0 && tally.failed === 0) tally.failed = 1;
  return tally;
}

const started = Date.now();
let stop = async () => {};
let adminUrl = process.env.TEST_DATABASE_URL ? withDatabase(process.env.TEST_DATABASE_URL, 'postgres') : '';
if (!adminUrl) {
  const server = await startEmbeddedPostgres({
    dataDir: path.join(DATA_DIR, 'test-postgres'),
    port: Number(process.env.TEST_PG_PORT ?? 54339),
    portVariable: 'TEST_PG_PORT',
    database: 'postgres',
    log: (l) => console.log(`[test] ${l}`),
  });
  adminUrl = server.url;
  stop = server.stop;
}
const layers: Record<string, Tally> = {};
if (wants('static')) {
  // Type errors and lint findings fail the run like a failing test, and are counted as one check each.
  const typecheck = await run('npx', ['tsc', '--noEmit'], {});
  const lint = await run('npx', ['biome', 'check', '.'], {});
  layers.static = {
    passed: Number(typecheck === 0) + Number(lint === 0),
    failed: Number(typecheck !== 0) + Number(lint !== 0),
  };
}
try {
  Object.assign(layers, await vitestLayers(adminUrl));
  if (wants('e2e')) layers.e2e = await e2eLayer(adminUrl);
} finally {
  await stop();
}
const total = Object.values(layers).reduce(
  (a, t) => ({ passed: a.passed + t.passed, failed: a.failed + t.failed }),
  {
    passed: 0,
    failed: 0,
  },
);
console.log('');
for (const [name, t] of Object.entries(layers))
  console.log(`${name}: ${t.passed} passed, ${t.failed} failed`);
console.log(`time: ${((Date.now() - started) / 1000).toFixed(0)} s`);
console.log(`${total.passed} passed, ${total.failed} failed`);
process.exit(total.failed > 0 ? 1 : 0);
