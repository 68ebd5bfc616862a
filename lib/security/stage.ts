import path from 'node:path';
import type { Database } from '@/db';
import { employeeIdByNip, NIP, viewerFor } from '@/db/test-fixtures';
import { createTestDatabase } from '@/db/testing';
import { TEST_TODAY } from '@/db/testing-global-setup';
import { declareConflict, requestOtherRater } from '@/lib/appraisal/conflict/mutations';
import { saveAppraisal, startAppraisal } from '@/lib/appraisal/mutations';
import { encodeSession, SESSION_COOKIE } from '@/lib/auth/session';
import { openCalibration } from '@/lib/calibration/mutations';
import type { FormState } from '@/lib/form-state';
import { saveEntry } from '@/lib/realisation/mutations';
import { type Fixture, loadFixture, prepareCast, type Query, ROLES, type Role } from './cast';
import { ROOT, serverActionModules } from './enumerate';
import { cookieJar, outcomeOf, pinnedDatabase, recordWrites } from './harness';
import type { Outcome } from './outcomes';

/**
 * The stage the matrix and the fuzzing tests call server actions on: a copy of the seeded demo agency
 * with the cast prepared, every action imported from the source tree, and `callAs(role, action, form)`,
 * which runs one call in a rolled-back transaction and reports the outcome and what it wrote.
 *
 * The test file mocks next/headers with `request` (see the top of authz-actions.itest.ts): its cookies
 * and headers are those of the role calling.
 */
export type ServerAction = (prev: FormState, form: FormData) => Promise<FormState>;
export type Call = { outcome: Outcome | 'threw'; why: string; written: string[] };
export type RequestHolder = { cookies: unknown; headers: Headers };

export async function openStage(request: RequestHolder) {
  const t = await createTestDatabase({ seeded: true });
  const pinned = await pinnedDatabase(t.url);
  const q = pinned.query;
  await prepareCast(q);
  await q(
    `INSERT INTO development_plan_items (employee_id, year, value_code, text, target_date, created_by)
     VALUES ($1, 2026, NULL, 'Rencana untuk matriks', '2026-12-31', $1)`,
    [await employeeIdByNip(pinned.db, NIP.staffA)],
  );
  await deliverAppraisal(pinned.db, q);
  await stageNewFeatures(pinned.db, q);
  await recordWrites(q);
  const f: Fixture = await loadFixture(q);
  (globalThis as { kinerjaDb?: unknown }).kinerjaDb = pinned.db;

  const cookies = new Map<Role, string>();
  for (const role of ROLES) {
    if (role === 'anon') continue;
    const [u] = await q<{ sv: number }>('SELECT session_version AS sv FROM users WHERE employee_id = $1', [
      f.id[role],
    ]);
    const lat = Math.floor(Date.now() / 1000);
    cookies.set(role, await encodeSession({ uid: f.id[role], sv: u?.sv ?? 0, lat }));
  }
  const actions = new Map<string, ServerAction>();
  for (const file of serverActionModules()) {
    const mod = (await import(/* @vite-ignore */ path.join(ROOT, file))) as Record<string, unknown>;
    for (const [name, value] of Object.entries(mod))
      if (typeof value === 'function') actions.set(`${file}#${name}`, value as ServerAction);
  }

  async function callAs(role: Role, action: ServerAction, form: FormData, prev?: FormState): Promise<Call> {
    const token = cookies.get(role);
    request.cookies = cookieJar(token ? { [SESSION_COOKIE]: token } : {});
    request.headers = new Headers({ 'user-agent': 'authz-matrix' });
    await pinned.begin();
    let result: { outcome: Outcome | 'threw'; why: string };
    let written: string[];
    try {
      result = await outcomeOf(() => action(prev ?? { status: 'idle' }, form));
    } catch (error) {
      result = {
        outcome: 'threw',
        why: error instanceof Error ? (error.stack ?? error.message) : String(error),
      };
    } finally {
      written = await pinned.rollback();
    }
    return { ...result, written };
  }

  async function close() {
    (globalThis as { kinerjaDb?: unknown }).kinerjaDb = undefined;
    await pinned.close();
    await t.drop();
  }

  return { f, actions, callAs, close };
}

export type Stage = Awaited<ReturnType<typeof openStage>>;

/**
 * The Kepala Bidang appraises the owner for an earlier quarter (the latest without an appraisal) and saves
 * Sesuai × Sesuai: delivered (for accept and object) or kept as a proposed draft (for calibration).
 */
async function rateEarlierQuarter(db: Database, q: Query, intent: 'deliver' | 'save') {
  const sup = await viewerFor(db, NIP.kabid);
  const owner = await employeeIdByNip(db, NIP.staffA);
  const earlier = await loadFixture(q);
  const id = await startAppraisal(db, sup, owner, earlier.freePeriodId, TEST_TODAY);
  const [a] = await q<{ version: number }>('SELECT version FROM appraisals WHERE id = $1', [id]);
  if (!a) throw new Error(`appraisal ${id} was not created`);
  await saveAppraisal(
    db,
    sup,
    {
      appraisalId: id,
      version: a.version,
      ratingHasil: 'sesuai',
      ratingPerilaku: 'sesuai',
      justification: 'Sesuai ekspektasi pada triwulan ini.',
      intent,
    },
    TEST_TODAY,
  );
  return earlier.freePeriodId;
}

const deliverAppraisal = (db: Database, q: Query) => rateEarlierQuarter(db, q, 'deliver');

/**
 * Records of the owner's that the seed does not provide, made through the data layer: a pending realisation
 * entry this quarter (to validate or return), a proposed draft of an earlier quarter in a calibration of the
 * owner's bidang opened by the cast's leadership and routed away by a declared conflict (to adjust, close
 * and designate), and the owner's pending request for another rater of the year (to decide).
 */
async function stageNewFeatures(db: Database, q: Query) {
  const f = await loadFixture(q);
  const owner = await viewerFor(db, NIP.staffA);
  const sup = await viewerFor(db, NIP.kabid);
  const lead = await viewerFor(db, f.nip.lead);
  await saveEntry(
    db,
    owner,
    { indicatorId: f.realisation.indicatorId, periodId: f.currentPeriodId, value: '80' },
    [],
    TEST_TODAY,
  );
  const proposed = await rateEarlierQuarter(db, q, 'save');
  await openCalibration(db, lead, { unitId: f.ownerUnitId, periodId: proposed });
  await declareConflict(
    db,
    sup,
    { employeeId: f.id.owner, periodId: proposed, reasonKind: 'family', reason: null },
    TEST_TODAY,
  );
  const [year] = await q<{ id: number }>(
    `SELECT p.id FROM periods p JOIN periods cur ON cur.id = $1
      WHERE p.kind = 'annual' AND p.agency_id = cur.agency_id AND p.year = cur.year`,
    [f.currentPeriodId],
  );
  if (!year) throw new Error('authorization matrix stage: no annual period this year');
  await requestOtherRater(
    db,
    owner,
    { periodId: year.id, reason: 'Atasan langsung adalah saudara kandung saya.' },
    TEST_TODAY,
  );
}
