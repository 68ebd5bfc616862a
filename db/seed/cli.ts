import { parseArgs } from 'node:util';
import { DEMO_PASSWORD } from '../../lib/auth/password';
import { resolveDatabase } from '../local';
import { migrateToLatest } from '../migrate';
import { createDb } from '../pool';
import { DEMO_ACCOUNTS, DEMO_AGENCY } from './demo';
import { seedDemoIfEmpty, seedFullYearReports } from './run';

// --reports: replace the agency's daily reports with a full year of them (every working day, COPY), for benchmarks.
const { values } = parseArgs({
  options: { employees: { type: 'string', default: '300' }, reports: { type: 'boolean', default: false } },
});
const employees = Number(values.employees);
if (!Number.isInteger(employees) || employees < 1) {
  console.error(`--employees must be a positive whole number, got "${values.employees}"`);
  process.exit(2);
}

const BAR = 30;
const progress = (done: number, total: number): void => {
  const filled = total === 0 ? BAR : Math.round((done / total) * BAR);
  process.stderr.write(`\r[${'#'.repeat(filled)}${'.'.repeat(BAR - filled)}] ${done}/${total}`);
};

const { url, release } = await resolveDatabase();
// A large seed runs a few very large statements (the rollup rebuild over 14M reports at 50,000 employees
// took over two minutes on a busy machine); the app's 15 s default is for requests, a batch job has none.
const db = createDb(url, { max: 1, applicationName: 'kinerja-seed', statementTimeoutMs: 0 });
try {
  await migrateToLatest(db, (l) => console.log(l));
  const started = Date.now();
  const seeded = await seedDemoIfEmpty(db, (l) => console.log(l), {
    employees,
    onProgress: progress,
    // The full year below replaces them anyway.
    reports: !values.reports,
  });
  process.stderr.write('\n');
  if (values.reports) {
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: DEMO_AGENCY.timezone }).format(new Date());
    await seedFullYearReports(db, url, (l) => console.log(l), {
      today,
      onProgress: (done, total) => {
        progress(done, total);
        if (done === total) process.stderr.write(' working days\n');
      },
    });
    console.log(`total ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  if (!seeded)
    console.log(`Demo agency already seeded; ${values.reports ? 'reports replaced' : 'nothing to do'}.`);
  else {
    console.log(`Demo accounts (password "${DEMO_PASSWORD}"):`);
    for (const a of DEMO_ACCOUNTS) console.log(`  ${a.nip}  ${a.role.padEnd(10)}  ${a.label}`);
  }
} catch (err) {
  process.stderr.write('\n');
  console.error(`Seeding failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exitCode = 1;
} finally {
  await db.destroy();
  await release();
}
