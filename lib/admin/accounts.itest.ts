import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NIP, viewerFor } from '@/db/test-fixtures';
import { createTestDatabase, type TestDatabase } from '@/db/testing';
import { changePassword } from '@/lib/account/mutations';
import { searchAuditLog } from '@/lib/admin/audit/queries';
import { setPeriodStatus } from '@/lib/admin/periods/mutations';
import { periodsByYear } from '@/lib/admin/periods/queries';
import { resetPassword, setDisabled, setRoles, unlockUser } from '@/lib/admin/users/mutations';
import { findUsers, getUserAccount } from '@/lib/admin/users/queries';
import { careerOf } from '@/lib/appraisal/career/queries';
import { type AuthOptions, authenticate } from '@/lib/auth/authenticate';
import { DEMO_PASSWORD } from '@/lib/auth/password';
import { loadViewer, type Viewer } from '@/lib/auth/viewer';
import { saveAnswers } from '@/lib/feedback/requests/mutations';
import { ownDataTables } from '@/lib/own-data/queries';
import { fileReport } from '@/lib/reports/mutations';

const ON = '2026-11-27'; // a Friday in the seed's running quarter
let t: TestDatabase;
const KEYS = ['admin', 'sekda', 'kabid', 'staffA', 'staffB', 'pppk', 'kadisdik'] as const;
const v = {} as Record<(typeof KEYS)[number], Viewer>;
const options: AuthOptions = {
  demoMode: true,
  limits: { maxFailures: 5, lockMinutes: 15, ipMaxFailures: 30 },
  maxConcurrentHashes: 2,
};
const signIn = (nip: string, password: string) =>
  authenticate(t.db, { nip, password, ip: '10.7.7.7' }, options);

beforeAll(async () => {
  t = await createTestDatabase({ seeded: true });
  for (const key of KEYS) v[key] = await viewerFor(t.db, NIP[key]);
});
afterAll(() => t.drop());

const userRow = (employeeId: number) =>
  t.db.selectFrom('users').selectAll().where('employee_id', '=', employeeId).executeTakeFirstOrThrow();
const auditCount = async () =>
  Number(
    (
      await t.db
        .selectFrom('audit_log')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('administration of accounts and periods: admins only', () => {
  it('gives everyone else nothing to read and refuses their changes with the database unchanged', async () => {
    const target = v.staffB.employeeId;
    const before = await userRow(target);
    const periodsBefore = await t.db.selectFrom('periods').selectAll().orderBy('id').execute();
    const auditBefore = await auditCount();
    for (const who of [v.sekda, v.kabid, v.staffA, v.kadisdik]) {
      expect(await findUsers(t.db, who, 'Staf')).toBeNull();
      expect(await getUserAccount(t.db, who, target)).toBeNull();
      expect(await periodsByYear(t.db, who)).toBeNull();
      expect(await searchAuditLog(t.db, who, {})).toBeNull();
      for (const attempt of [
        () => resetPassword(t.db, who, target),
        () => unlockUser(t.db, who, target),
        () => setDisabled(t.db, who, target, true),
        () => setRoles(t.db, who, { employeeId: target, admin: 'on' }),
        () => setPeriodStatus(t.db, who, { periodId: periodsBefore[0]!.id, open: false }),
      ])
        await expect(attempt()).rejects.toMatchObject({ messageKey: 'errors.notFound' });
    }
    expect(await userRow(target)).toEqual(before);
    expect(await t.db.selectFrom('periods').selectAll().orderBy('id').execute()).toEqual(periodsBefore);
    expect(await auditCount()).toBe(auditBefore);
  });

  it('finds accounts by NIP start or by name for an admin', async () => {
    const byNip = await findUsers(t.db, v.admin, NIP.staffA.slice(0, 10));
    expect(byNip?.map((u) => u.nip)).toContain(NIP.staffA);
    const byName = await findUsers(t.db, v.admin, v.staffA.name.split(' ')[0]!.slice(0, 5));
    expect(byName?.map((u) => u.employeeId)).toContain(v.staffA.employeeId);
  });
});

describe('user accounts', () => {
  it('ends a disabled user’s session at once: the old cookie loads no viewer, so no page, action or file answers', async () => {
    const u = await userRow(v.pppk.employeeId);
    const claims = { uid: v.pppk.employeeId, sv: u.session_version, lat: Math.floor(Date.now() / 1000) };
    expect(await loadViewer(t.db, claims)).not.toBeNull();
    await setDisabled(t.db, v.admin, v.pppk.employeeId, true);
    expect(await loadViewer(t.db, claims)).toBeNull();
    // Not even with the session version it had, were it guessed after the bump.
    expect(await loadViewer(t.db, { ...claims, sv: claims.sv + 1 })).toBeNull();
    expect(await signIn(NIP.pppk, DEMO_PASSWORD)).toEqual({ ok: false });
    await setDisabled(t.db, v.admin, v.pppk.employeeId, false);
    expect((await signIn(NIP.pppk, DEMO_PASSWORD)).ok).toBe(true);
  });

  it('does not let an admin disable or demote themselves', async () => {
    await expect(setDisabled(t.db, v.admin, v.admin.employeeId, true)).rejects.toMatchObject({
      messageKey: 'adminUsers.errors.notSelf',
    });
    await expect(
      setRoles(t.db, v.admin, { employeeId: v.admin.employeeId, leadership: 'on' }),
    ).rejects.toMatchObject({
      messageKey: 'adminUsers.errors.notSelf',
    });
    expect((await userRow(v.admin.employeeId)).roles).toEqual(['admin']);
  });

  it('sets leadership over a unit, and takes it away again, with audit rows', async () => {
    await setRoles(t.db, v.admin, {
      employeeId: v.kabid.employeeId,
      leadership: 'on',
      scopeUnitId: v.kabid.unitId,
    });
    expect(await userRow(v.kabid.employeeId)).toMatchObject({
      roles: ['leadership'],
      scope_unit_id: v.kabid.unitId,
    });
    await setRoles(t.db, v.admin, { employeeId: v.kabid.employeeId });
    expect(await userRow(v.kabid.employeeId)).toMatchObject({ roles: [], scope_unit_id: null });
    const rows = await t.db
      .selectFrom('audit_log')
      .select('action')
      .where('action', '=', 'user.roles')
      .where('entity_id', '=', String(v.kabid.employeeId))
      .execute();
    expect(rows).toHaveLength(2);
  });

  it('unlocks a NIP locked by the login throttle: the right password works again at once', async () => {
    for (let i = 0; i < 5; i++) await signIn(NIP.staffB, 'wrong-password');
    expect(await signIn(NIP.staffB, DEMO_PASSWORD)).toEqual({ ok: false });
    expect((await getUserAccount(t.db, v.admin, v.staffB.employeeId))?.locked).toBe(true);
    await unlockUser(t.db, v.admin, v.staffB.employeeId);
    expect((await getUserAccount(t.db, v.admin, v.staffB.employeeId))?.locked).toBe(false);
    expect((await signIn(NIP.staffB, DEMO_PASSWORD)).ok).toBe(true);
    const audit = await t.db
      .selectFrom('audit_log')
      .select(['actor_id'])
      .where('action', '=', 'user.unlock')
      .where('entity_id', '=', String(v.staffB.employeeId))
      .execute();
    expect(audit).toEqual([{ actor_id: v.admin.employeeId }]);
  });

  it('resets a password to a working temporary one that must be changed first, and never stores it in clear', async () => {
    const old = await userRow(v.kadisdik.employeeId);
    const oldClaims = {
      uid: v.kadisdik.employeeId,
      sv: old.session_version,
      lat: Math.floor(Date.now() / 1000),
    };
    const temp = await resetPassword(t.db, v.admin, v.kadisdik.employeeId);
    expect(temp).toMatch(/^[A-Za-z0-9]{14}$/);
    expect(await loadViewer(t.db, oldClaims)).toBeNull();
    expect(await signIn(NIP.kadisdik, DEMO_PASSWORD)).toEqual({ ok: false });
    const result = await signIn(NIP.kadisdik, temp);
    if (!result.ok) throw new Error('the temporary password did not work');
    const viewer = await loadViewer(t.db, { uid: result.employeeId, sv: result.sessionVersion, lat: 0 });
    expect(viewer?.mustChangePassword).toBe(true);
    const stored = await sql<{ hit: boolean }>`
      SELECT EXISTS (SELECT 1 FROM audit_log WHERE before::text LIKE ${`%${temp}%`} OR after::text LIKE ${`%${temp}%`})
        OR EXISTS (SELECT 1 FROM users WHERE password_hash LIKE ${`%${temp}%`}) AS hit`.execute(t.db);
    expect(stored.rows[0]?.hit).toBe(false);

    const { sessionVersion } = await changePassword(t.db, viewer!, {
      currentPassword: temp,
      newPassword: 'Pantai Gandoriah di sore hari',
    });
    const after = await loadViewer(t.db, { uid: result.employeeId, sv: sessionVersion, lat: 0 });
    expect(after?.mustChangePassword).toBe(false);
    expect(await signIn(NIP.kadisdik, temp)).toEqual({ ok: false });
  });
});

describe('periods', () => {
  async function quarterOf(date: string) {
    return t.db
      .selectFrom('periods')
      .select(['id', 'status'])
      .where('kind', '=', 'quarterly')
      .where('starts_on', '<=', date)
      .where('ends_on', '>=', date)
      .executeTakeFirstOrThrow();
  }

  it('closing a quarter makes its daily reports and 360° answers fail; re-opening records the reason', async () => {
    const quarter = await quarterOf(ON);
    const indicator = await t.db
      .selectFrom('skp_indicators as i')
      .innerJoin('skp_rhks as r', 'r.id', 'i.rhk_id')
      .innerJoin('skps as s', 's.id', 'r.skp_id')
      .select('i.id')
      .where('s.employee_id', '=', v.staffA.employeeId)
      .where('s.year', '=', 2026)
      .where('s.status', '=', 'approved')
      .executeTakeFirstOrThrow();
    const report = {
      idempotencyKey: randomUUID(),
      reportDate: ON,
      indicatorId: indicator.id,
      activity: 'Menyusun rekap periode tertutup',
      quantity: '1',
      unit: 'Dokumen',
      startTime: '19:00',
      endTime: '19:30',
      evidenceLink: '',
    };
    const request = await t.db
      .selectFrom('feedback_requests as r')
      .innerJoin('feedback_rounds as o', 'o.id', 'r.round_id')
      .select(['r.id', 'r.version'])
      .where('r.rater_id', '=', v.staffA.employeeId)
      .where('o.status', '=', 'open')
      .where('o.period_id', '=', quarter.id)
      .where('r.status', '=', 'pending')
      .executeTakeFirstOrThrow();

    await setPeriodStatus(t.db, v.admin, { periodId: quarter.id, open: false });
    await expect(fileReport(t.db, v.staffA, report, [], ON)).rejects.toMatchObject({
      messageKey: 'reports.errors.periodClosed',
    });
    await expect(
      saveAnswers(
        t.db,
        v.staffA,
        { requestId: request.id, version: request.version, intent: 'save', strengths: 'Teliti' } as never,
        ON,
      ),
    ).rejects.toMatchObject({ messageKey: 'adminPeriods.closedError' });
    expect(
      await t.db
        .selectFrom('daily_reports')
        .select('id')
        .where('idempotency_key', '=', report.idempotencyKey)
        .execute(),
    ).toEqual([]);

    await expect(setPeriodStatus(t.db, v.admin, { periodId: quarter.id, open: false })).rejects.toMatchObject(
      {
        messageKey: 'adminPeriods.alreadyClosed',
      },
    );
    await setPeriodStatus(t.db, v.admin, {
      periodId: quarter.id,
      open: true,
      reason: 'Koreksi laporan akhir triwulan',
    });
    const reopened = await t.db
      .selectFrom('audit_log')
      .select(['actor_id', 'after'])
      .where('action', '=', 'period.reopen')
      .where('entity_id', '=', String(quarter.id))
      .execute();
    expect(reopened).toEqual([
      { actor_id: v.admin.employeeId, after: { status: 'open', reason: 'Koreksi laporan akhir triwulan' } },
    ]);
    await fileReport(t.db, v.staffA, report, [], ON);
  });
});

describe('the audit viewer', () => {
  it('filters by person, record and action, and logs its own reading', async () => {
    const page = await searchAuditLog(t.db, v.admin, { person: NIP.staffB, action: 'user.' });
    expect(page?.rows.length).toBeGreaterThan(0);
    expect(
      page?.rows.every((r) => r.action.startsWith('user.') && r.entityId === String(v.staffB.employeeId)),
    ).toBe(true);
    const record = await searchAuditLog(t.db, v.admin, {
      entity: 'user',
      entityId: String(v.kabid.employeeId),
    });
    expect(new Set(record?.rows.map((r) => r.action))).toEqual(new Set(['user.roles']));
    const none = await searchAuditLog(t.db, v.admin, { action: 'user.', from: '2030-01-01' });
    expect(none?.rows).toEqual([]);
    const reads = await t.db
      .selectFrom('audit_log')
      .select('after')
      .where('action', '=', 'audit_log.read')
      .where('actor_id', '=', v.admin.employeeId)
      .orderBy('id')
      .execute();
    expect(reads).toHaveLength(3);
    expect(reads[0]?.after).toMatchObject({ person: NIP.staffB, action: 'user.' });
  });
});

describe('own data export', () => {
  it('contains the viewer’s records only, feedback in aggregate, and is audited', async () => {
    const tables = await ownDataTables(t.db, v.staffA, ON);
    const byName = Object.fromEntries(tables.map((tb) => [tb.name, tb]));
    expect(byName.profile?.rows).toContainEqual(['nip', NIP.staffA]);
    const mine = await t.db
      .selectFrom('daily_reports')
      .select('activity')
      .where('employee_id', '=', v.staffA.employeeId)
      .execute();
    expect(byName.daily_reports?.rows).toHaveLength(mine.length);
    const theirs = await t.db
      .selectFrom('daily_reports')
      .select('activity')
      .where('employee_id', '=', v.staffB.employeeId)
      .where(
        'activity',
        'not in',
        mine.map((r) => r.activity),
      )
      .limit(20)
      .execute();
    const text = JSON.stringify(tables);
    expect(theirs.length).toBeGreaterThan(0);
    for (const r of theirs) expect(text).not.toContain(r.activity);
    expect(text).not.toContain(NIP.staffB);
    // Peers' free texts about staff A are single raters' words: never in the export.
    const peerTexts = await t.db
      .selectFrom('feedback_requests')
      .select('strengths')
      .where('ratee_id', '=', v.staffA.employeeId)
      .where('group', '<>', 'self')
      .where('strengths', 'is not', null)
      .execute();
    expect(peerTexts.length).toBeGreaterThan(0);
    for (const p of peerTexts) expect(text).not.toContain(p.strengths);
    expect(byName.feedback_360?.rows.length).toBeGreaterThan(0);
    expect(byName.appraisals?.rows.length).toBeGreaterThan(0);
    const audit = await t.db
      .selectFrom('audit_log')
      .select(['actor_id', 'entity_id'])
      .where('action', '=', 'own_data.export')
      .execute();
    expect(audit).toEqual([{ actor_id: v.staffA.employeeId, entity_id: String(v.staffA.employeeId) }]);
  });
});

describe('reads of another person’s appraisal results', () => {
  it('log the career section (predikat history, behaviour notes) read by leadership, not the owner’s own read', async () => {
    const reads = (actor: Viewer) =>
      t.db
        .selectFrom('audit_log')
        .select(['entity_id', 'after'])
        .where('actor_id', '=', actor.employeeId)
        .where('action', '=', 'career.read')
        .execute();
    expect(await careerOf(t.db, v.sekda, v.kadisdik.employeeId, ON)).not.toBeNull();
    expect(await reads(v.sekda)).toEqual([
      {
        entity_id: String(v.kadisdik.employeeId),
        after: { employeeId: v.kadisdik.employeeId, roles: ['leadership'] },
      },
    ]);
    expect(await careerOf(t.db, v.kadisdik, v.kadisdik.employeeId, ON)).not.toBeNull();
    expect(await reads(v.kadisdik)).toEqual([]);
  });
});
