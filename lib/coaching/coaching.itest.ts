import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NIP, viewerFor } from '@/db/test-fixtures';
import { createTestDatabase, type TestDatabase } from '@/db/testing';
import { getAppraisal } from '@/lib/appraisal/queries';
import type { Viewer } from '@/lib/auth/viewer';
import { addNote, answerNote, followUpDialog, recordDialog } from './mutations';
import { getCoaching } from './queries';

const ON = '2026-11-28';
let t: TestDatabase;
const v: Record<string, Viewer> = {};
let staffA = 0;
/** An employee of the vacant Bidang Kebudayaan, whom the Kepala Bidang supervises as Plt. */
let actingStaff = 0;

/** Everything a refused write must leave as it was. */
const snapshot = async () =>
  JSON.stringify({
    notes: await t.db.selectFrom('coaching_notes').selectAll().orderBy('id').execute(),
    dialogs: await t.db.selectFrom('coaching_dialogs').selectAll().orderBy('id').execute(),
    actions: await t.db.selectFrom('coaching_actions').selectAll().orderBy('id').execute(),
    audit: (
      await t.db
        .selectFrom('audit_log')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
    notices: (
      await t.db
        .selectFrom('notifications')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  });

const auditOf = (entity: string, id: number) =>
  t.db
    .selectFrom('audit_log')
    .select(['actor_id', 'action'])
    .where('entity', '=', entity)
    .where('entity_id', '=', String(id))
    .orderBy('id')
    .execute();

const note = (employeeId: number, over: Partial<Parameters<typeof addNote>[2]> = {}) => ({
  employeeId,
  kind: 'improve' as const,
  target: 'value:kolaboratif',
  reportId: null,
  entryId: null,
  text: 'Bagikan data kunjungan sekolah ke Bidang SMP lebih awal.',
  ...over,
});

const outsiders = () => [v.staffB!, v.pppk!, v.kadisdik!, v.sekda!, v.admin!];

beforeAll(async () => {
  t = await createTestDatabase({ seeded: true });
  for (const [key, nip] of Object.entries(NIP)) v[key] = await viewerFor(t.db, nip);
  staffA = v.staffA!.employeeId;
  const acting = await t.db
    .selectFrom('supervisions')
    .select('employee_id')
    .where('supervisor_id', '=', v.kabid!.employeeId)
    .where('kind', '<>', 'definitive')
    .where('valid_from', '<=', ON)
    .orderBy('employee_id')
    .executeTakeFirstOrThrow();
  actingStaff = acting.employee_id;
});
afterAll(() => t.drop());

describe('feedback notes', () => {
  let noteId = 0;

  it('are written only by the current pejabat penilai: the employee, a peer, the atasan, leadership and an admin get "not found" and nothing changes', async () => {
    const before = await snapshot();
    for (const viewer of [v.staffA!, ...outsiders()])
      await expect(addNote(t.db, viewer, note(staffA), ON)).rejects.toThrow('errors.notFound');
    expect(await snapshot()).toEqual(before);

    noteId = await addNote(t.db, v.kabid!, note(staffA), ON);
    expect(await auditOf('coaching_note', noteId)).toEqual([
      { actor_id: v.kabid!.employeeId, action: 'coaching.note.add' },
    ]);
    const notice = await t.db
      .selectFrom('notifications')
      .select(['recipient_id', 'link'])
      .where('kind', '=', 'coaching.note_added')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(notice).toEqual({ recipient_id: staffA, link: `/profile/coaching#note-${noteId}` });
  });

  it('a Plt writes them for the staff of the post he acts in', async () => {
    const id = await addNote(
      t.db,
      v.kabid!,
      note(actingStaff, { kind: 'praise', target: 'value:adaptif' }),
      ON,
    );
    expect(await auditOf('coaching_note', id)).toHaveLength(1);
  });

  it('tie to an RHK of the employee’s own SKP and to the employee’s own reports only', async () => {
    const [own, foreign] = await Promise.all(
      [staffA, v.staffB!.employeeId].map((id) =>
        t.db
          .selectFrom('skp_rhks as r')
          .innerJoin('skps as k', 'k.id', 'r.skp_id')
          .select(['r.id', 'r.text'])
          .where('k.employee_id', '=', id)
          .where('k.year', '=', 2026)
          .orderBy('r.id')
          .executeTakeFirstOrThrow(),
      ),
    );
    const report = async (id: number) =>
      (
        await t.db
          .selectFrom('daily_reports')
          .select('id')
          .where('employee_id', '=', id)
          .where('report_date', '<=', ON)
          .orderBy('id', 'desc')
          .executeTakeFirstOrThrow()
      ).id;
    const before = await snapshot();
    await expect(addNote(t.db, v.kabid!, note(staffA, { target: `rhk:${foreign!.id}` }), ON)).rejects.toThrow(
      'coaching.validation.target',
    );
    await expect(addNote(t.db, v.kabid!, note(staffA, { target: 'value:rajin' }), ON)).rejects.toThrow(
      'coaching.validation.target',
    );
    await expect(
      addNote(t.db, v.kabid!, note(staffA, { reportId: await report(v.staffB!.employeeId) }), ON),
    ).rejects.toThrow('coaching.validation.report');
    expect(await snapshot()).toEqual(before);

    const reportId = await report(staffA);
    const id = await addNote(
      t.db,
      v.kabid!,
      note(staffA, { kind: 'praise', target: `rhk:${own!.id}`, reportId }),
      ON,
    );
    const row = await t.db
      .selectFrom('coaching_notes')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      rhk_id: own!.id,
      rhk_text: own!.text,
      value_code: null,
      daily_report_id: reportId,
    });
  });

  it('link a realisation entry of the employee only (another’s is a field error and nothing changes), never together with a report', async () => {
    const entry = async (employeeId: number) =>
      (
        await t.db
          .selectFrom('realisation_entries')
          .select('id')
          .where('employee_id', '=', employeeId)
          .orderBy('id')
          .executeTakeFirstOrThrow()
      ).id;
    const report = await t.db
      .selectFrom('daily_reports')
      .select('id')
      .where('employee_id', '=', staffA)
      .orderBy('id')
      .executeTakeFirstOrThrow();
    const before = await snapshot();
    const foreign = addNote(t.db, v.kabid!, note(staffA, { entryId: await entry(v.staffB!.employeeId) }), ON);
    await expect(foreign).rejects.toMatchObject({ message: 'coaching.validation.entry', field: 'entryId' });
    await expect(
      addNote(t.db, v.kabid!, note(staffA, { reportId: report.id, entryId: await entry(staffA) }), ON),
    ).rejects.toThrow('coaching.validation.oneLink');
    expect(await snapshot()).toEqual(before);

    const entryId = await entry(staffA);
    const id = await addNote(t.db, v.kabid!, note(staffA, { kind: 'praise', entryId }), ON);
    const row = await t.db
      .selectFrom('coaching_notes')
      .select(['realisation_entry_id', 'daily_report_id'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ realisation_entry_id: entryId, daily_report_id: null });
    const listed = (await getCoaching(t.db, v.staffA!, staffA, ON))!.notes.find((n) => n.id === id);
    expect(listed?.entry).toMatchObject({ id: entryId, skpId: expect.any(Number) });
  });

  it('are read by the employee, the pejabat penilai and the atasan; a peer, the PPPK colleague, leadership and an admin get null (404)', async () => {
    const roles = await Promise.all(
      [v.staffA!, v.kabid!, v.kadisdik!].map(
        async (viewer) => (await getCoaching(t.db, viewer, staffA, ON))?.role,
      ),
    );
    expect(roles).toEqual(['employee', 'supervisor', 'atasan']);
    const mine = (await getCoaching(t.db, v.staffA!, staffA, ON))!;
    expect(mine.notes.map((n) => n.id)).toContain(noteId);
    for (const viewer of [v.staffB!, v.pppk!, v.sekda!, v.admin!])
      expect(await getCoaching(t.db, viewer, staffA, ON)).toBeNull();
  });

  it('the employee answers; a stale version is a conflict; nobody else answers', async () => {
    const before = await snapshot();
    for (const viewer of [v.kabid!, v.kadisdik!, v.staffB!])
      await expect(
        answerNote(t.db, viewer, { noteId, version: 1, response: 'Saya kirim hari ini.' }),
      ).rejects.toThrow('errors.notFound');
    expect(await snapshot()).toEqual(before);

    await answerNote(t.db, v.staffA!, { noteId, version: 1, response: 'Data sudah saya kirim hari ini.' });
    await expect(
      answerNote(t.db, v.staffA!, { noteId, version: 1, response: 'Jawaban dari tab lama.' }),
    ).rejects.toThrow('errors.conflict');
    const row = await t.db
      .selectFrom('coaching_notes')
      .selectAll()
      .where('id', '=', noteId)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ response: 'Data sudah saya kirim hari ini.', version: 2 });
    expect(await auditOf('coaching_note', noteId)).toEqual([
      { actor_id: v.kabid!.employeeId, action: 'coaching.note.add' },
      { actor_id: staffA, action: 'coaching.note.answer' },
    ]);
    const notice = await t.db
      .selectFrom('notifications')
      .select('recipient_id')
      .where('kind', '=', 'coaching.note_answered')
      .executeTakeFirstOrThrow();
    expect(notice.recipient_id).toBe(v.kabid!.employeeId);
    // The atasan reads the answer too.
    const atasanView = (await getCoaching(t.db, v.kadisdik!, staffA, ON))!;
    expect(atasanView.notes.find((n) => n.id === noteId)?.response).toBe('Data sudah saya kirim hari ini.');
  });
});

describe('dialog kinerja', () => {
  let dialogId = 0;
  const dialog = (employeeId: number) => ({
    employeeId,
    heldOn: '2026-11-20',
    discussed: 'Capaian triwulan dan kendala data sekolah swasta.',
    actions: [
      { text: 'Lengkapi data sekolah swasta', dueOn: '2026-11-27' },
      { text: 'Ikut pelatihan Dapodik', dueOn: '2026-12-15' },
    ],
  });

  it('is recorded only by the current pejabat penilai, with its actions, audited', async () => {
    const before = await snapshot();
    for (const viewer of [v.staffA!, ...outsiders()])
      await expect(recordDialog(t.db, viewer, dialog(staffA), ON)).rejects.toThrow('errors.notFound');
    expect(await snapshot()).toEqual(before);
    dialogId = await recordDialog(t.db, v.kabid!, dialog(staffA), ON);
    expect(await auditOf('coaching_dialog', dialogId)).toEqual([
      { actor_id: v.kabid!.employeeId, action: 'coaching.dialog.add' },
    ]);
    const record = (await getCoaching(t.db, v.kadisdik!, staffA, ON))!;
    expect(record.dialogs.find((d) => d.id === dialogId)?.actions.map((a) => a.text)).toEqual([
      'Lengkapi data sekolah swasta',
      'Ikut pelatihan Dapodik',
    ]);
  });

  it('refuses a meeting in the future and an action due before it, naming the form’s row', async () => {
    const before = await snapshot();
    await expect(
      recordDialog(t.db, v.kabid!, { ...dialog(staffA), heldOn: '2026-11-29' }, ON),
    ).rejects.toMatchObject({ fieldErrors: { heldOn: 'coaching.validation.heldInFuture' } });
    await expect(
      recordDialog(
        t.db,
        v.kabid!,
        { ...dialog(staffA), actions: [{ text: 'Terlambat', dueOn: '2026-11-01', row: 2 }] },
        ON,
      ),
    ).rejects.toMatchObject({ fieldErrors: { 'actions.2.dueOn': 'coaching.validation.dueBeforeMeeting' } });
    expect(await snapshot()).toEqual(before);
  });

  it('follow-up marks actions done and reopens them; only the pejabat penilai, and not on a stale version', async () => {
    const actions = await t.db
      .selectFrom('coaching_actions')
      .select('id')
      .where('dialog_id', '=', dialogId)
      .orderBy('id')
      .execute();
    const first = actions[0]!.id;
    const before = await snapshot();
    for (const viewer of [v.staffA!, ...outsiders()])
      await expect(
        followUpDialog(t.db, viewer, { dialogId, version: 1, followUp: 'x', done: [first] }, ON),
      ).rejects.toThrow('errors.notFound');
    // An action of another dialog is not this dialog's to mark.
    await expect(
      followUpDialog(t.db, v.kabid!, { dialogId, version: 1, followUp: null, done: [first + 10_000] }, ON),
    ).rejects.toThrow('errors.notFound');
    expect(await snapshot()).toEqual(before);

    await followUpDialog(
      t.db,
      v.kabid!,
      { dialogId, version: 1, followUp: 'Data sudah lengkap.', done: [first] },
      ON,
    );
    await expect(
      followUpDialog(t.db, v.kabid!, { dialogId, version: 1, followUp: null, done: [] }, ON),
    ).rejects.toThrow('errors.conflict');
    let record = (await getCoaching(t.db, v.staffA!, staffA, ON))!.dialogs.find((d) => d.id === dialogId)!;
    expect(record).toMatchObject({ version: 2, followUp: 'Data sudah lengkap.' });
    expect(record.actions.map((a) => a.doneOn)).toEqual([ON, null]);

    await followUpDialog(t.db, v.kabid!, { dialogId, version: 2, followUp: 'Dibuka lagi.', done: [] }, ON);
    record = (await getCoaching(t.db, v.staffA!, staffA, ON))!.dialogs.find((d) => d.id === dialogId)!;
    expect(record.actions.map((a) => a.doneOn)).toEqual([null, null]);
    expect((await auditOf('coaching_dialog', dialogId)).map((a) => a.action)).toEqual([
      'coaching.dialog.add',
      'coaching.dialog.follow_up',
      'coaching.dialog.follow_up',
    ]);
  });
});

describe('as evidence in the appraisal', () => {
  it('the period’s notes and dialogs are on the appraisal, per RHK and value, with the counts the "why" states', async () => {
    const q4 = await t.db
      .selectFrom('appraisals as a')
      .innerJoin('periods as p', 'p.id', 'a.period_id')
      .select('a.id')
      .where('a.employee_id', '=', staffA)
      .where('p.year', '=', 2026)
      .where('p.kind', '=', 'quarterly')
      .where('p.seq', '=', 4)
      .executeTakeFirstOrThrow();
    const doc = (await getAppraisal(t.db, v.kabid!, q4.id, ON))!;
    const notes = await t.db
      .selectFrom('coaching_notes')
      .select(['id', 'kind', 'response'])
      .where('employee_id', '=', staffA)
      .where('noted_on', '>=', '2026-10-01')
      .where('noted_on', '<=', '2026-12-31')
      .execute();
    expect(doc.coaching.notes.map((n) => n.id).sort()).toEqual(notes.map((n) => n.id).sort());
    expect(doc.coaching.summary).toMatchObject({
      praise: notes.filter((n) => n.kind === 'praise').length,
      improve: notes.filter((n) => n.kind === 'improve').length,
      answered: notes.filter((n) => n.response !== null).length,
    });
    expect(doc.coaching.summary.improveValues).toContain('kolaboratif');
    expect(doc.coaching.dialogs.length).toBeGreaterThanOrEqual(1);
    // A note from before the quarter is not evidence for it.
    const old = await t.db
      .insertInto('coaching_notes')
      .values({
        employee_id: staffA,
        author_id: v.kabid!.employeeId,
        kind: 'praise',
        value_code: 'loyal',
        noted_on: '2026-09-30',
        text: 'Catatan triwulan lalu.',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const again = (await getAppraisal(t.db, v.kabid!, q4.id, ON))!;
    expect(again.coaching.notes.map((n) => n.id)).not.toContain(old.id);
  });
});
