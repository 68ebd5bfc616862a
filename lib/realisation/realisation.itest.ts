import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NIP, viewerFor } from '@/db/test-fixtures';
import { createTestDatabase, type TestDatabase } from '@/db/testing';
import { anchorOf, appraisalRhks } from '@/lib/appraisal/anchor';
import type { Viewer } from '@/lib/auth/viewer';
import { loadPeriod } from '@/lib/calendar/periods';
import type { PeriodRef } from '@/lib/calendar/types';
import { queueStamp } from '@/lib/reports/queries';
import { rebuildReportRollups } from '@/lib/reports/rollups';
import { getSkpDocument } from '@/lib/skp/queries';
import { remindRealisation, reviewEntry, saveEntry } from './mutations';
import { ENTRY_QUEUE_SIZE, getEntryFile, pendingEntries, pendingEntryCount, skpRealisation } from './queries';
import type { EntryFormValues } from './schema';

const ON = '2026-11-28';
let t: TestDatabase;
const v: Record<string, Viewer> = {};
let acting: Viewer;
let q3: PeriodRef;
let q4: PeriodRef;
const mine: Record<string, { skpId: number; pct: number; qty: number }> = {};

/** A fresh approved SKP: one Utama RHK with a quantity (daily reports) and a percentage (periodic) indicator. */
async function approvedSkp(employeeId: number, approver: number) {
  await t.db.deleteFrom('appraisals').where('employee_id', '=', employeeId).execute();
  await t.db.deleteFrom('daily_reports').where('employee_id', '=', employeeId).execute();
  await t.db.deleteFrom('realisation_entries').where('employee_id', '=', employeeId).execute();
  await t.db.deleteFrom('skps').where('employee_id', '=', employeeId).where('year', '=', 2026).execute();
  const skp = await t.db
    .insertInto('skps')
    .values({
      employee_id: employeeId,
      year: 2026,
      approach: 'kuantitatif',
      status: 'approved',
      decided_by: approver,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const rhk = await t.db
    .insertInto('skp_rhks')
    .values({ skp_id: skp.id, position: 0, kind: 'utama', text: 'Terlaksananya pembinaan sekolah' })
    .returning('id')
    .executeTakeFirstOrThrow();
  const [qty, pct] = await t.db
    .insertInto('skp_indicators')
    .values([
      {
        rhk_id: rhk.id,
        position: 0,
        aspek: 'kuantitas',
        text: 'Jumlah laporan',
        target_value: '12',
        target_unit: 'Laporan',
      },
      {
        rhk_id: rhk.id,
        position: 1,
        aspek: 'kualitas',
        text: 'Persentase sekolah terbina',
        target_value: '90',
        target_unit: '%',
      },
    ])
    .returning('id')
    .execute();
  return { skpId: skp.id, qty: qty!.id, pct: pct!.id };
}

const entry = (who: string, over: Partial<EntryFormValues> = {}): EntryFormValues => ({
  indicatorId: mine[who]!.pct,
  periodId: q4.id,
  entryId: undefined,
  version: undefined,
  value: '88,5',
  evidenceLink: '',
  note: '',
  ...over,
});
const pdf = () =>
  new File([new TextEncoder().encode('%PDF-1.4\n% rekap pembinaan\n')], 'rekap.pdf', {
    type: 'application/pdf',
  });

const entries = (employeeId: number) =>
  t.db
    .selectFrom('realisation_entries')
    .selectAll()
    .where('employee_id', '=', employeeId)
    .orderBy('id')
    .execute();
const audits = (id: number) =>
  t.db
    .selectFrom('audit_log')
    .select('action')
    .where('entity', '=', 'realisation_entry')
    .where('entity_id', '=', String(id))
    .orderBy('id')
    .execute();

async function periodBySeq(seq: number) {
  const row = await t.db
    .selectFrom('periods')
    .select('id')
    .where('agency_id', '=', v.staffA!.agencyId)
    .where('year', '=', 2026)
    .where('kind', '=', 'quarterly')
    .where('seq', '=', seq)
    .executeTakeFirstOrThrow();
  return (await loadPeriod(t.db, v.staffA!.agencyId, row.id))!;
}

beforeAll(async () => {
  t = await createTestDatabase({ seeded: true });
  for (const key of ['kadisdik', 'kabid', 'staffA', 'staffB'] as const)
    v[key] = await viewerFor(t.db, NIP[key]);
  const plt = await t.db
    .selectFrom('supervisions as s')
    .innerJoin('employees as e', 'e.id', 's.employee_id')
    .select('e.nip')
    .where('s.supervisor_id', '=', v.kabid!.employeeId)
    .where('s.kind', '=', 'plt')
    .orderBy('e.id')
    .executeTakeFirstOrThrow();
  acting = await viewerFor(t.db, plt.nip);
  q3 = await periodBySeq(3);
  q4 = await periodBySeq(4);
  mine.staffA = await approvedSkp(v.staffA!.employeeId, v.kabid!.employeeId);
  mine.staffB = await approvedSkp(v.staffB!.employeeId, v.kabid!.employeeId);
  mine.acting = await approvedSkp(acting.employeeId, v.kabid!.employeeId);
});
afterAll(() => t?.drop());

describe('entering periodic realisation', () => {
  it('only the owner enters: a peer using the owner’s indicator gets not found and nothing is stored', async () => {
    await expect(saveEntry(t.db, v.staffB!, entry('staffA'), [], ON)).rejects.toMatchObject({
      messageKey: 'errors.notFound',
    });
    await expect(saveEntry(t.db, v.kabid!, entry('staffA'), [], ON)).rejects.toMatchObject({
      messageKey: 'errors.notFound',
    });
    expect(await entries(v.staffA!.employeeId)).toEqual([]);
  });

  it('refuses an indicator measured by daily reports and a period that has not started', async () => {
    await expect(
      saveEntry(t.db, v.staffA!, entry('staffA', { indicatorId: mine.staffA!.qty }), [], ON),
    ).rejects.toMatchObject({ messageKey: 'realisation.errors.fromDailyReports' });
    await expect(saveEntry(t.db, v.staffA!, entry('staffA'), [], '2026-09-15')).rejects.toMatchObject({
      messageKey: 'realisation.errors.notStarted',
    });
    expect(await entries(v.staffA!.employeeId)).toEqual([]);
  });

  it('stores the value with its PDF as pending, audited in the same transaction; the file is the owner’s and the supervisor’s', async () => {
    const { entryId } = await saveEntry(t.db, v.staffA!, entry('staffA'), [pdf()], ON);
    const [row] = await entries(v.staffA!.employeeId);
    expect(row).toMatchObject({ id: entryId, status: 'pending', value: '88.50', version: 1 });
    expect(await audits(entryId)).toEqual([{ action: 'realisation.create' }]);
    const file = await t.db
      .selectFrom('realisation_files')
      .select('id')
      .where('entry_id', '=', entryId)
      .executeTakeFirstOrThrow();
    expect((await getEntryFile(t.db, v.staffA!, file.id, ON))?.mime).toBe('application/pdf');
    expect(await getEntryFile(t.db, v.kabid!, file.id, ON)).toBeTruthy();
    expect(await getEntryFile(t.db, v.staffB!, file.id, ON)).toBeUndefined();
  });

  it('the owner edits while pending, at the version seen; a stale version is a conflict', async () => {
    const [row] = await entries(v.staffA!.employeeId);
    const edit = { entryId: row!.id, version: 1, value: '91' };
    await saveEntry(t.db, v.staffA!, entry('staffA', edit), [], ON);
    await expect(saveEntry(t.db, v.staffA!, entry('staffA', edit), [], ON)).rejects.toMatchObject({
      messageKey: 'errors.conflict',
    });
    await expect(
      saveEntry(t.db, v.staffB!, entry('staffA', { ...edit, version: 2 }), [], ON),
    ).rejects.toMatchObject({ messageKey: 'errors.notFound' });
    expect((await entries(v.staffA!.employeeId))[0]).toMatchObject({ value: '91.00', version: 2 });
  });
});

describe('validating periodic realisation', () => {
  it('a peer, the owner and the definitive supervisor of an acting line get not found; nothing changes', async () => {
    const [row] = await entries(v.staffA!.employeeId);
    for (const who of [v.staffB!, v.staffA!, v.kadisdik!]) {
      await expect(
        reviewEntry(t.db, who, { entryId: row!.id, version: 2, decision: 'validate' }, ON),
      ).rejects.toMatchObject({ messageKey: 'errors.notFound' });
    }
    expect((await entries(v.staffA!.employeeId))[0]).toMatchObject({ status: 'pending', version: 2 });
    expect((await pendingEntries(t.db, v.staffB!, ON)).length).toBe(0);
  });

  it('only validated entries move the SKP’s Capaian and the appraisal’s anchor', async () => {
    // A quarter's worth of approved daily output (3 of 12) for the quantity indicator.
    await t.db
      .insertInto('daily_reports')
      .values({
        employee_id: v.staffA!.employeeId,
        skp_id: mine.staffA!.skpId,
        indicator_id: mine.staffA!.qty,
        report_date: '2026-11-02',
        start_time: '08:00',
        end_time: '10:00',
        minutes: 120,
        activity: 'Menyusun laporan pembinaan',
        quantity: '3',
        unit: 'Laporan',
        status: 'approved',
        idempotency_key: randomUUID(),
      })
      .execute();
    await rebuildReportRollups(t.ownerDb);
    const doc = (await getSkpDocument(t.db, v.staffA!, mine.staffA!.skpId, ON))!;
    expect(doc.rhks[0]!.indicators.find((i) => i.id === mine.staffA!.pct)!.realised).toBeNull();
    // The pending entry does not count: the percentage is named as missing, not counted as 0 %.
    const s = anchorOf(await appraisalRhks(t.db, mine.staffA!.skpId, q4, [], true), q4);
    expect(s).toMatchObject({ rating: 'sesuai', lowestPct: 100 });
    expect(s?.missing?.map((m) => m.id)).toEqual([mine.staffA!.pct]);
    expect(s?.drivers?.map((d) => d.id)).toEqual([mine.staffA!.qty]);
  });

  it('the queue shows the oldest entries up to its size and counts them all', async () => {
    const all = await pendingEntries(t.db, v.kabid!, ON, 100);
    expect(all.length).toBeGreaterThan(0);
    expect(all.length).toBeLessThanOrEqual(ENTRY_QUEUE_SIZE);
    expect(await pendingEntryCount(t.db, v.kabid!, ON)).toBe(all.length);
    expect((await pendingEntries(t.db, v.kabid!, ON)).map((e) => e.id)).toEqual(all.map((e) => e.id));
    expect((await pendingEntries(t.db, v.kabid!, ON, 1)).map((e) => e.id)).toEqual([all[0]!.id]);
    // Someone else's pending entries are neither shown nor counted.
    expect(await pendingEntryCount(t.db, v.staffB!, ON)).toBe(0);
  });

  it('the pejabat penilai validates from the queue; audited, notified, and the realisation moves', async () => {
    const queued = await pendingEntries(t.db, v.kabid!, ON);
    const mineQueued = queued.find((q) => q.employeeId === v.staffA!.employeeId)!;
    expect(mineQueued).toMatchObject({ value: '91', targetUnit: '%', measure: 'periodic' });
    expect(mineQueued.files.map((f) => f.name)).toEqual(['rekap.pdf']);
    const stamp = await queueStamp(t.db, v.kabid!, ON);
    await reviewEntry(t.db, v.kabid!, { entryId: mineQueued.id, version: 2, decision: 'validate' }, ON);
    // The open queue's fingerprint moves with the decision, so other open queues refresh.
    expect(await queueStamp(t.db, v.kabid!, ON)).not.toBe(stamp);
    const [row] = await entries(v.staffA!.employeeId);
    expect(row).toMatchObject({ status: 'validated', reviewed_by: v.kabid!.employeeId });
    expect((await audits(row!.id)).map((a) => a.action)).toEqual([
      'realisation.create',
      'realisation.update',
      'realisation.validate',
    ]);
    const doc = (await getSkpDocument(t.db, v.staffA!, mine.staffA!.skpId, ON))!;
    expect(doc.rhks[0]!.indicators.find((i) => i.id === mine.staffA!.pct)!.realised).toBe(91);
    const rhks = await appraisalRhks(t.db, mine.staffA!.skpId, q4, [], true);
    const s = anchorOf(rhks, q4);
    expect(s).toMatchObject({ rating: 'sesuai', missing: [] });
    expect(s?.drivers?.map((d) => d.id).sort()).toEqual([mine.staffA!.qty, mine.staffA!.pct].sort());
    // Validated is final for the owner.
    await expect(
      saveEntry(t.db, v.staffA!, entry('staffA', { entryId: row!.id, version: 3 }), [], ON),
    ).rejects.toMatchObject({ messageKey: 'realisation.errors.alreadyValidated' });
    const note = await t.db
      .selectFrom('notifications')
      .select('kind')
      .where('recipient_id', '=', v.staffA!.employeeId)
      .where('kind', '=', 'realisation.validated')
      .execute();
    expect(note.length).toBe(1);
  });

  it('returning needs a pending entry; the owner then edits it and it is pending again', async () => {
    const { entryId } = await saveEntry(t.db, v.staffB!, entry('staffB', { value: '70' }), [], ON);
    await reviewEntry(
      t.db,
      v.kabid!,
      { entryId: entryId, version: 1, decision: 'return', comment: 'Lampirkan rekap' },
      ON,
    );
    await expect(
      reviewEntry(t.db, v.kabid!, { entryId: entryId, version: 2, decision: 'validate' }, ON),
    ).rejects.toMatchObject({ messageKey: 'realisation.errors.notPending' });
    const view = await skpRealisation(
      t.db,
      v.staffB!,
      (await getSkpDocument(t.db, v.staffB!, mine.staffB!.skpId, ON))!,
      ON,
    );
    const slot = view[0]!.slots.find((s) => s.period.id === q4.id)!;
    expect(slot).toMatchObject({
      canEnter: true,
      entry: { status: 'returned', reviewComment: 'Lampirkan rekap' },
    });
    expect(slot.entry!.history.map((h) => h.action)).toEqual(['realisation.create', 'realisation.return']);
    await saveEntry(t.db, v.staffB!, entry('staffB', { entryId: entryId, version: 2, value: '75' }), [], ON);
    expect((await entries(v.staffB!.employeeId))[0]).toMatchObject({ status: 'pending', value: '75.00' });
  });

  it('the acting (Plt) supervisor validates; the definitive one may not', async () => {
    const { entryId } = await saveEntry(t.db, acting, entry('acting'), [], ON);
    await expect(
      reviewEntry(t.db, v.kadisdik!, { entryId: entryId, version: 1, decision: 'validate' }, ON),
    ).rejects.toMatchObject({ messageKey: 'errors.notFound' });
    await reviewEntry(t.db, v.kabid!, { entryId: entryId, version: 1, decision: 'validate' }, ON);
    expect((await entries(acting.employeeId))[0]).toMatchObject({ status: 'validated' });
  });

  it('a closed period is read-only for the owner and the supervisor', async () => {
    const { entryId } = await saveEntry(t.db, v.staffB!, entry('staffB', { periodId: q3.id }), [], ON);
    await t.db.updateTable('periods').set({ status: 'closed' }).where('id', '=', q3.id).execute();
    try {
      await expect(
        reviewEntry(t.db, v.kabid!, { entryId: entryId, version: 1, decision: 'validate' }, ON),
      ).rejects.toMatchObject({ messageKey: 'realisation.errors.periodClosed' });
      await expect(
        saveEntry(
          t.db,
          v.staffB!,
          entry('staffB', { periodId: q3.id, entryId: entryId, version: 1 }),
          [],
          ON,
        ),
      ).rejects.toMatchObject({ messageKey: 'realisation.errors.periodClosed' });
    } finally {
      await t.db.updateTable('periods').set({ status: 'open' }).where('id', '=', q3.id).execute();
    }
  });
});

describe('reminders', () => {
  it('remind once per period, within the days before it ends, about indicators still without an entry', async () => {
    const count = () =>
      t.db
        .selectFrom('notifications')
        .select('params')
        .where('recipient_id', '=', acting.employeeId)
        .where('kind', '=', 'realisation.reminder')
        .execute();
    await remindRealisation(t.db, acting.employeeId, acting.agencyId, '2026-11-01');
    expect(await count()).toEqual([]);
    // Q4 has the acting staff's entry; Q4 of staffB has one too, so only someone without entries is reminded.
    await t.db.deleteFrom('realisation_entries').where('employee_id', '=', acting.employeeId).execute();
    await rebuildReportRollups(t.ownerDb); // the deleted entries were validated: the dashboards drop them
    await remindRealisation(t.db, acting.employeeId, acting.agencyId, '2026-12-20');
    await remindRealisation(t.db, acting.employeeId, acting.agencyId, '2026-12-21');
    const sent = await count();
    expect(sent.length).toBe(1);
    expect(sent[0]!.params).toMatchObject({ periodId: String(q4.id), count: 1 });
  });
});
