import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { employeeIdByNip, NIP, viewerFor } from '@/db/test-fixtures';
import { createTestDatabase, type TestDatabase } from '@/db/testing';
import { loadViewer, type Viewer } from '@/lib/auth/viewer';
import { readEvidence } from '@/lib/evidence';
import { getSkpDocument } from '@/lib/skp/queries';
import { fileReport, reviewReports, updateReport } from './mutations';
import { getEvidence, getReport, queueStamp, validationQueue } from './queries';
import { complianceOf } from './realisation';
import { rebuildReportRollups } from './rollups';
import type { ReportFormValues } from './schema';

const ON = '2026-11-27'; // a Friday
let t: TestDatabase;
const v: Record<string, Viewer> = {};
const indicatorOf: Record<string, number> = {};

/** Gives an employee a fresh approved SKP with one indicator, independent of what the seed made. */
async function approvedSkp(employeeId: number, approver: number) {
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
      decided_at: new Date(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const rhk = await t.db
    .insertInto('skp_rhks')
    .values({ skp_id: skp.id, position: 0, kind: 'utama', text: 'Tersusunnya laporan' })
    .returning('id')
    .executeTakeFirstOrThrow();
  const ind = await t.db
    .insertInto('skp_indicators')
    .values({
      rhk_id: rhk.id,
      position: 0,
      aspek: 'kuantitas',
      text: 'Jumlah laporan',
      target_value: '12',
      target_unit: 'Laporan',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  // The shortcut above writes around the app, so the rollups are rebuilt as the app would keep them.
  await rebuildReportRollups(t.ownerDb);
  return { skpId: skp.id, indicatorId: ind.id };
}

const report = (who: string, over: Partial<ReportFormValues> = {}): ReportFormValues => ({
  idempotencyKey: randomUUID(),
  reportDate: ON,
  indicatorId: indicatorOf[who]!,
  activity: 'Menyusun laporan pembinaan sekolah',
  quantity: '1',
  unit: 'Laporan',
  startTime: '08:00',
  endTime: '09:30',
  evidenceLink: '',
  ...over,
});

const pdf = () =>
  new File([new TextEncoder().encode('%PDF-1.4\n% bukti dukung\n')], 'daftar-hadir.pdf', {
    type: 'application/pdf',
  });
const count = async (employeeId: number) =>
  Number(
    (
      await t.db
        .selectFrom('daily_reports')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('employee_id', '=', employeeId)
        .executeTakeFirstOrThrow()
    ).n,
  );

beforeAll(async () => {
  t = await createTestDatabase({ seeded: true });
  for (const [key, nip] of Object.entries(NIP)) v[key] = await viewerFor(t.db, nip);
  for (const who of ['staffA', 'staffB', 'pppk']) {
    indicatorOf[who] = (await approvedSkp(v[who]!.employeeId, v.kabid!.employeeId)).indicatorId;
  }
});
afterAll(() => t.drop());

describe('filing a daily report', () => {
  it('refuses another employee’s indicator and an SKP that was never approved, storing nothing', async () => {
    const before = await count(v.staffA!.employeeId);
    await expect(fileReport(t.db, v.staffA!, report('staffB'), [], ON)).rejects.toMatchObject({
      field: 'indicatorId',
    });
    const skp = await t.db
      .selectFrom('skps')
      .select('id')
      .where('employee_id', '=', v.pppk!.employeeId)
      .where('year', '=', 2026)
      .executeTakeFirstOrThrow();
    await t.db.updateTable('skps').set({ status: 'draft' }).where('id', '=', skp.id).execute();
    await expect(fileReport(t.db, v.pppk!, report('pppk'), [], ON)).rejects.toMatchObject({
      messageKey: 'reports.errors.noApprovedSkp',
    });
    await t.db.updateTable('skps').set({ status: 'approved' }).where('id', '=', skp.id).execute();
    expect(await count(v.staffA!.employeeId)).toBe(before);
  });

  it('refuses a future date, a too-old date and an overlap as field errors', async () => {
    await expect(
      fileReport(t.db, v.staffA!, report('staffA', { reportDate: '2026-11-28' }), [], ON),
    ).rejects.toMatchObject({ field: 'reportDate', messageKey: 'reports.validation.future' });
    await expect(
      fileReport(t.db, v.staffA!, report('staffA', { reportDate: '2026-11-23' }), [], ON),
    ).rejects.toMatchObject({ field: 'reportDate', messageKey: 'reports.validation.tooOld' });
    await fileReport(t.db, v.staffA!, report('staffA', { startTime: '13:00', endTime: '14:00' }), [], ON);
    await expect(
      fileReport(t.db, v.staffA!, report('staffA', { startTime: '13:30', endTime: '15:00' }), [], ON),
    ).rejects.toMatchObject({ field: 'startTime', messageKey: 'reports.validation.overlap' });
    expect(await count(v.staffA!.employeeId)).toBe(1);
  });

  it('refuses an HTML file named .pdf and an oversize file before anything is stored', async () => {
    const html = new File(['<!doctype html><script>alert(1)</script>'], 'laporan.pdf', {
      type: 'application/pdf',
    });
    await expect(readEvidence([html])).rejects.toMatchObject({
      field: 'evidence',
      messageKey: 'reports.validation.fileType',
    });
    const big = new File([new Uint8Array(10 * 1024 * 1024 + 1).fill(0x25)], 'besar.pdf');
    await expect(readEvidence([big])).rejects.toMatchObject({
      field: 'evidence',
      messageKey: 'reports.validation.fileTooLarge',
    });
    const empty = new File([], '');
    expect(await readEvidence([empty])).toEqual([]);
    // An empty file input as it reaches the server when the form is sent with JavaScript on.
    const emptyViaScript = new File([], 'undefined', { type: 'application/octet-stream' });
    expect(await readEvidence([emptyViaScript])).toEqual([]);
  });

  it('checks the fields before the files: a future date with a wrong file is refused for its date', async () => {
    const html = new File(['<!doctype html>'], 'laporan.pdf', { type: 'application/pdf' });
    const before = await count(v.staffA!.employeeId);
    await expect(
      fileReport(t.db, v.staffA!, report('staffA', { reportDate: '2026-11-28' }), [html], ON),
    ).rejects.toMatchObject({ field: 'reportDate', messageKey: 'reports.validation.future' });
    await expect(
      fileReport(t.db, v.staffA!, report('staffA', { startTime: '16:00', endTime: '16:30' }), [html], ON),
    ).rejects.toMatchObject({ field: 'evidence', messageKey: 'reports.validation.fileType' });
    expect(await count(v.staffA!.employeeId)).toBe(before);
  });

  it('five identical submits make one report', async () => {
    const same = report('staffB', { startTime: '10:00', endTime: '11:00' });
    const files = [pdf()];
    const ids = await Promise.all(
      Array.from({ length: 5 }, () => fileReport(t.db, v.staffB!, same, files, ON)),
    );
    expect(new Set(ids).size).toBe(1);
    expect(await count(v.staffB!.employeeId)).toBe(1);
    expect(
      await t.db.selectFrom('evidence_files').select('id').where('report_id', '=', ids[0]!).execute(),
    ).toHaveLength(1);
  });
});

describe('validation', () => {
  it('only the direct or acting supervisor validates; others get 404 for the report and its evidence', async () => {
    const id = await fileReport(
      t.db,
      v.staffB!,
      report('staffB', { startTime: '14:00', endTime: '15:00' }),
      [pdf()],
      ON,
    );
    const row = await t.db
      .selectFrom('daily_reports')
      .select('version')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    const file = await t.db
      .selectFrom('evidence_files')
      .select('id')
      .where('report_id', '=', id)
      .executeTakeFirstOrThrow();
    expect(await getReport(t.db, v.staffA!, id, ON)).toBeNull();
    expect(await getEvidence(t.db, v.staffA!, file.id, ON)).toBeUndefined();
    expect(await getReport(t.db, v.kabid!, id, ON)).not.toBeNull();
    expect((await getEvidence(t.db, v.kabid!, file.id, ON))?.mime).toBe('application/pdf');
    for (const who of [v.staffA!, v.kadisdik!, v.admin!, v.staffB!]) {
      await expect(
        reviewReports(t.db, who, [{ id, version: row.version }], 'approve', undefined, ON),
      ).rejects.toMatchObject({ messageKey: 'errors.notFound' });
    }
    expect(
      (await t.db.selectFrom('daily_reports').select('status').where('id', '=', id).executeTakeFirstOrThrow())
        .status,
    ).toBe('pending');
    const queue = await validationQueue(t.db, v.kabid!, ON);
    expect(queue.reports.map((r) => r.id)).toContain(id);
    // Pages of 25, newest first, that together hold every pending report of his staff exactly once.
    const pending = await t.db
      .selectFrom('daily_reports as d')
      .innerJoin('supervisions as s', 's.employee_id', 'd.employee_id')
      .select('d.id')
      .where('s.supervisor_id', '=', v.kabid!.employeeId)
      .where('s.valid_to', 'is', null)
      .where('d.status', '=', 'pending')
      .execute();
    expect(queue.total).toBe(pending.length);
    expect(queue.reports).toHaveLength(Math.min(25, pending.length));
    const seen: number[] = [];
    for (let page = 1; (page - 1) * 25 < queue.total; page++)
      seen.push(
        ...(
          await validationQueue(t.db, v.kabid!, ON, { employeeId: null, from: null, to: null, page })
        ).reports.map((r) => r.id),
      );
    expect(seen.sort((a, b) => a - b)).toEqual(pending.map((p) => p.id).sort((a, b) => a - b));
    expect((await validationQueue(t.db, v.kadisdik!, ON)).reports.map((r) => r.id)).not.toContain(id);
    await reviewReports(t.db, v.kabid!, [{ id, version: row.version }], 'approve', undefined, ON);
    const notes = await t.db
      .selectFrom('notifications')
      .select('kind')
      .where('recipient_id', '=', v.staffB!.employeeId)
      .execute();
    expect(notes).toContainEqual({ kind: 'report.approved' });
  });

  it('an edit racing a validation: whoever comes second is told, the first write stands', async () => {
    const input = report('pppk', { startTime: '07:30', endTime: '08:30' });
    const id = await fileReport(t.db, v.pppk!, input, [], ON);
    const { version } = await t.db
      .selectFrom('daily_reports')
      .select('version')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    // Supervisor approves first; the employee's edit (made on the same version) is refused.
    await reviewReports(t.db, v.kabid!, [{ id, version }], 'approve', undefined, ON);
    await expect(
      updateReport(
        t.db,
        v.pppk!,
        { ...input, reportId: id, version: version, activity: 'Diubah terlambat' },
        [],
        ON,
      ),
    ).rejects.toMatchObject({ messageKey: 'reports.errors.alreadyReviewed' });
    // Employee edits first; the supervisor's decision on the old version is a conflict.
    const second = report('pppk', { startTime: '09:00', endTime: '10:00' });
    const id2 = await fileReport(t.db, v.pppk!, second, [], ON);
    const v2 = (
      await t.db.selectFrom('daily_reports').select('version').where('id', '=', id2).executeTakeFirstOrThrow()
    ).version;
    await updateReport(
      t.db,
      v.pppk!,
      { ...second, reportId: id2, version: v2, activity: 'Menyusun laporan, diperbaiki' },
      [],
      ON,
    );
    await expect(
      reviewReports(t.db, v.kabid!, [{ id: id2, version: v2 }], 'approve', undefined, ON),
    ).rejects.toMatchObject({ messageKey: 'errors.conflict' });
    const rows = await t.db
      .selectFrom('daily_reports')
      .select(['id', 'status', 'activity'])
      .where('id', 'in', [id, id2])
      .orderBy('id')
      .execute();
    expect(rows).toEqual([
      { id, status: 'approved', activity: input.activity },
      { id: id2, status: 'pending', activity: 'Menyusun laporan, diperbaiki' },
    ]);
  });

  it('approved output becomes the indicator’s realisation, and compliance counts approved days', async () => {
    const skp = await t.db
      .selectFrom('skps')
      .select('id')
      .where('employee_id', '=', v.pppk!.employeeId)
      .where('year', '=', 2026)
      .executeTakeFirstOrThrow();
    const doc = await getSkpDocument(t.db, v.pppk!, skp.id, ON);
    expect(doc?.rhks[0]?.indicators[0]?.approved).toBe(1);
    const c = (await complianceOf(t.db, v.pppk!.agencyId, [v.pppk!.employeeId], '2026-11', ON)).get(
      v.pppk!.employeeId,
    );
    expect(c).toMatchObject({
      reportedDays: 1,
      validatedDays: 1,
      pendingReports: 1,
      through: ON,
      running: true,
    });
    expect(c?.minutesPerDay).toBe(Math.round(60 / (c?.workingDays ?? 1)));
  });

  it('a Plt validates reports of the people they act for', async () => {
    const acting = await t.db
      .selectFrom('supervisions')
      .select('employee_id')
      .where('supervisor_id', '=', v.kabid!.employeeId)
      .where('kind', '=', 'plt')
      .executeTakeFirstOrThrow();
    const member = await viewerFor(
      t.db,
      (
        await t.db
          .selectFrom('employees')
          .select('nip')
          .where('id', '=', acting.employee_id)
          .executeTakeFirstOrThrow()
      ).nip,
    );
    indicatorOf.member = (await approvedSkp(member.employeeId, v.kadisdik!.employeeId)).indicatorId;
    const id = await fileReport(t.db, member, report('member'), [], ON);
    await reviewReports(
      t.db,
      v.kabid!,
      [{ id, version: 1 }],
      'return',
      'Lampirkan daftar hadir kegiatan.',
      ON,
    );
    const row = await t.db
      .selectFrom('daily_reports')
      .select(['status', 'review_comment'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ status: 'returned', review_comment: 'Lampirkan daftar hadir kegiatan.' });
  });
});

describe('weekends and holidays', () => {
  const MONDAY = '2026-11-30';
  const version = async (id: number) =>
    (await t.db.selectFrom('daily_reports').select('version').where('id', '=', id).executeTakeFirstOrThrow())
      .version;

  it('asks before a weekend or holiday report, files it once confirmed, and does not ask again for the same date', async () => {
    const saturday = report('staffA', { reportDate: '2026-11-28', startTime: '07:00', endTime: '08:00' });
    const before = await count(v.staffA!.employeeId);
    await expect(fileReport(t.db, v.staffA!, saturday, [], MONDAY)).rejects.toMatchObject({
      field: 'reportDate',
      messageKey: 'reports.validation.weekend',
    });
    expect(await count(v.staffA!.employeeId)).toBe(before);
    const id = await fileReport(t.db, v.staffA!, { ...saturday, confirmNonWorkingDay: '1' }, [], MONDAY);
    const edit = { ...saturday, reportId: id, version: await version(id) };
    await updateReport(t.db, v.staffA!, { ...edit, activity: 'Piket layanan akhir pekan' }, [], MONDAY);
    await expect(
      updateReport(
        t.db,
        v.staffA!,
        { ...edit, version: await version(id), reportDate: '2026-11-29' },
        [],
        MONDAY,
      ),
    ).rejects.toMatchObject({ field: 'reportDate', messageKey: 'reports.validation.weekend' });

    await t.db
      .insertInto('holidays')
      .values({ agency_id: v.staffA!.agencyId, date: MONDAY, kind: 'local', name: 'Hari Jadi Kota' })
      .execute();
    const holiday = report('staffA', { reportDate: MONDAY, startTime: '07:00', endTime: '08:00' });
    await expect(fileReport(t.db, v.staffA!, holiday, [], MONDAY)).rejects.toMatchObject({
      field: 'reportDate',
      messageKey: 'reports.validation.holiday',
    });
    await fileReport(t.db, v.staffA!, { ...holiday, confirmNonWorkingDay: '1' }, [], MONDAY);
    // A working day is not asked about.
    await fileReport(t.db, v.staffA!, report('staffA', { startTime: '15:00', endTime: '15:30' }), [], MONDAY);
    expect(await count(v.staffA!.employeeId)).toBe(before + 3);
  });
});

describe("the open queue's fingerprint", () => {
  it('moves when a subordinate files, edits or is decided on, and only then; another queue does not move', async () => {
    const kabid = v.kabid!;
    const other = v.kadisdik!;
    const before = await queueStamp(t.db, kabid, ON);
    const othersBefore = await queueStamp(t.db, other, ON);
    expect(await queueStamp(t.db, kabid, ON)).toBe(before);

    const id = await fileReport(
      t.db,
      v.staffB!,
      report('staffB', { startTime: '06:00', endTime: '06:30' }),
      [],
      ON,
    );
    const filed = await queueStamp(t.db, kabid, ON);
    expect(filed).not.toBe(before);
    expect(await queueStamp(t.db, kabid, ON)).toBe(filed);
    expect(await queueStamp(t.db, other, ON)).toBe(othersBefore);

    await updateReport(
      t.db,
      v.staffB!,
      { ...report('staffB', { startTime: '06:00', endTime: '06:45' }), reportId: id, version: 1 },
      [],
      ON,
    );
    const edited = await queueStamp(t.db, kabid, ON);
    expect(edited).not.toBe(filed);

    await reviewReports(t.db, kabid, [{ id, version: 2 }], 'approve', undefined, ON);
    const decided = await queueStamp(t.db, kabid, ON);
    expect(decided).not.toBe(edited);
    expect(await queueStamp(t.db, other, ON)).toBe(othersBefore);
  });
});
