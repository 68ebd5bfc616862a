import { DEMO_PASSWORD, hashPassword } from '../lib/auth/password';
import { loadViewer, type Viewer } from '../lib/auth/viewer';
import type { Database } from './pool';
import { DEMO_NIP } from './seed/accounts';
import { seedDemoAgency } from './seed/demo';
import { TEST_TODAY } from './testing-global-setup';

let demoHash: Promise<string> | undefined;

/** The demo agency in a test database (the real seed, so tests exercise realistic data). */
export async function seedDemo(db: Database): Promise<void> {
  demoHash ??= hashPassword(DEMO_PASSWORD);
  await seedDemoAgency(db, { passwordHash: await demoHash, today: TEST_TODAY });
}

export async function employeeIdByNip(db: Database, nip: string): Promise<number> {
  const row = await db.selectFrom('employees').select('id').where('nip', '=', nip).executeTakeFirstOrThrow();
  return row.id;
}

/** The signed-in view of a demo employee, as the app would load it from their session. */
export async function viewerFor(db: Database, nip: string): Promise<Viewer> {
  const id = await employeeIdByNip(db, nip);
  const u = await db
    .selectFrom('users')
    .select('session_version')
    .where('employee_id', '=', id)
    .executeTakeFirstOrThrow();
  const viewer = await loadViewer(db, { uid: id, sv: u.session_version, lat: 0 });
  if (!viewer) throw new Error(`no viewer for ${nip}`);
  return viewer;
}

/** The demo accounts' NIPs (one list: db/seed/accounts.ts). */
export const NIP = DEMO_NIP;
