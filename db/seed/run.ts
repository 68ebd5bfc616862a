import type { Kysely } from 'kysely';
import { DEMO_PASSWORD, hashPassword } from '../../lib/auth/password';
import { rebuildReportRollups } from '../../lib/reports/rollups';
import type { DB } from '../types';
import { DEMO_AGENCY, isSeeded, seedDemoAgency } from './demo';
import { seedScaleReports } from './reports';

/** Seeds the demo agency unless it is already there; the demo password is hashed once for everyone. */
export async function seedDemoIfEmpty(
  db: Kysely<DB>,
  log: (line: string) => void,
  options: {
    employees?: number;
    onProgress?: (done: number, total: number) => void;
    /** Daily reports from 2 January up to today (default true). */
    reports?: boolean;
  } = {},
): Promise<boolean> {
  if (await isSeeded(db)) return false;
  const started = Date.now();
  log('seeding the demo agency (Pemerintah Kota Pariaman)…');
  const { reports, ...rest } = options;
  const result = await seedDemoAgency(db, {
    ...rest,
    demoReports: reports,
    passwordHash: await hashPassword(DEMO_PASSWORD),
  });
  log(
    `seeded ${result.employees} employees in ${result.units} units in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  return true;
}

/**
 * Replaces the demo agency's daily reports with a full year of them (COPY; for benchmarks), for every
 * employee with an approved SKP of the year of `today`.
 */
export async function seedFullYearReports(
  db: Kysely<DB>,
  url: string,
  log: (line: string) => void,
  options: { today: string; onProgress?: (done: number, total: number) => void },
): Promise<{ reports: number; seconds: number }> {
  const agency = await db
    .selectFrom('agencies')
    .select('id')
    .where('code', '=', DEMO_AGENCY.code)
    .executeTakeFirstOrThrow();
  const year = Number(options.today.slice(0, 4));
  const started = Date.now();
  log(`writing a full year (${year}) of daily reports with COPY…`);
  const result = await seedScaleReports(db, { url, agencyId: agency.id, year, ...options });
  log(`wrote ${result.reports} daily reports of ${result.employees} employees`);
  const rollupStarted = Date.now();
  await rebuildReportRollups(db);
  log(`rebuilt the dashboard rollups in ${((Date.now() - rollupStarted) / 1000).toFixed(1)} s`);
  const seconds = (Date.now() - started) / 1000;
  log(`reports and rollups took ${seconds.toFixed(1)} s`);
  return { reports: result.reports, seconds };
}
