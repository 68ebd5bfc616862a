import type { Kysely } from 'kysely';
import { DEMO_PASSWORD, hashPassword } from '../../lib/auth/password';
import type { DB } from '../types';
import { isSeeded, seedDemoAgency } from './demo';

/** Seeds the demo agency unless it is already there; the demo password is hashed once for everyone. */
export async function seedDemoIfEmpty(
  db: Kysely<DB>,
  log: (line: string) => void,
  options: { employees?: number; onProgress?: (done: number, total: number) => void } = {},
): Promise<boolean> {
  if (await isSeeded(db)) return false;
  const started = Date.now();
  log('seeding the demo agency (Pemerintah Kota Pariaman)…');
  const result = await seedDemoAgency(db, { ...options, passwordHash: await hashPassword(DEMO_PASSWORD) });
  log(
    `seeded ${result.employees} employees in ${result.units} units in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  return true;
}
