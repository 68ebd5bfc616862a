import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { employeeIdByNip, NIP, viewerFor } from '@/db/test-fixtures';
import { createTestDatabase, type TestDatabase } from '@/db/testing';
import { loadViewer, type Viewer } from '@/lib/auth/viewer';
import { rebuildReportRollups } from '@/lib/reports/rollups';
import {
  createSkp,
  decideSkp,
  discardRevision,
  reviseSkp,
  saveExpectations,
  saveSkp,
  submitSkp,
} from './mutations';
import { getSkpDocument, getSkpEditor } from './queries';
import { getRevision, listRevisions } from './revisions';
import { decideSkpSchema, type SkpFormValues } from './schema';
import { getMatrix, listTeamSkps } from './team';

const ON = '2026-11-28';
let t: TestDatabase;
const v: Record<string, Viewer> = {};
let kabidRhks: number[] = [];

/** Removes an employee's SKP for the year with the daily reports and periodic realisation the seed filed against it. */
async function dropSkp(employeeId: number) {
  const skps = t.db
    .selectFrom('skps')
    .select('id')
    .where('employee_id', '=', employeeId)
    .where('year', '=', 2026);
  await t.db.deleteFrom('daily_reports').where('skp_id', 'in', skps).execute();
  await t.db.deleteFrom('realisation_entries').where('employee_id', '=', employeeId).execute();
  await t.db.deleteFrom('skps').where('employee_id', '=', employeeId).where('year', '=', 2026).execute();
  await rebuildReportRollups(t.ownerDb);
}

/** The Kepala Bidang's approved SKP with two RHK, made here so the test does not depend on seeded SKPs. */
async function approvedSkpFor(employeeId: number, approverId: number, texts: string[]): Promise<number[]> {
  await dropSkp(employeeId);
  const { id } = await t.db
    .insertInto('skps')
    .values({
      employee_id: employeeId,
      year: 2026,
      approach: 'kuantitatif',
      status: 'approved',
      decided_by: approverId,
      decided_at: new Date(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const ids: number[] = [];
  for (const [position, text] of texts.entries()) {
    const rhk = await t.db
      .insertInto('skp_rhks')
      .values({ skp_id: id, position, kind: 'utama', text })
      .returning('id')
      .executeTakeFirstOrThrow();
    await t.db
      .insertInto('skp_indicators')
      .values({
        rhk_id: rhk.id,
        position: 0,
        aspek: 'kuantitas',
        text: `Indikator ${text}`,
        target_value: '12',
        target_unit: 'Dokumen',
      })
      .execute();
    ids.push(rhk.id);
  }
  // The shortcut above writes around the app, so the rollups are rebuilt as the app would keep them.
  await rebuildReportRollups(t.ownerDb);
  return ids;
}

const form = (
  skpId: number,
  version: number,
  rhks: SkpFormValues['rhks'],
  intent: 'save' | 'submit' = 'save',
): SkpFormValues => ({
  skpId: skpId,
  version: version,
  approach: 'kuantitatif',
  rhks,
  intent,
});

const ind = (text: string, targetValue = '12', targetUnit = 'Laporan') => ({
  aspek: 'kuantitas' as const,
  text,
  targetValue,
  targetUnit,
});

async function snapshot(skpId: number) {
  const skp = await t.db.selectFrom('skps').selectAll().where('id', '=', skpId).executeTakeFirst();
  const rhks = await t.db
    .selectFrom('skp_rhks')
    .selectAll()
    .where('skp_id', '=', skpId)
    .orderBy('id')
    .execute();
  return JSON.stringify({ skp, rhks });
}

beforeAll(async () => {
  t = await createTestDatabase({ seeded: true });
  for (const [key, nip] of Object.entries(NIP)) v[key] = await viewerFor(t.db, nip);
  for (const who of [v.staffA!, v.staffB!, v.pppk!]) await dropSkp(who.employeeId);
  kabidRhks = await approvedSkpFor(v.kabid!.employeeId, v.kadisdik!.employeeId, [
    'Terlaksananya pembinaan SD',
    'Meningkatnya mutu guru SD',
  ]);
});
afterAll(() => t.drop());

describe('SKP workflow', () => {
  let skpId = 0;
  let version = 1;

  it('only the owner edits: a peer gets 404 for the SKP and the save fails with the DB unchanged', async () => {
    skpId = await createSkp(t.db, v.staffA!, 'kuantitatif', ON);
    version = await saveSkp(
      t.db,
      v.staffA!,
      form(skpId, 1, [
        {
          kind: 'utama',
          text: 'Tersusunnya laporan pembinaan SD',
          parentRhkId: undefined,
          indicators: [ind('Jumlah laporan'), ind('Ketepatan waktu', '100', '%')],
        },
        {
          kind: 'tambahan',
          text: 'Terlaksananya tugas tambahan',
          indicators: [ind('Jumlah kegiatan', '4', 'Kegiatan')],
        },
      ]),
      ON,
    );
    expect(version).toBe(2);
    expect(await getSkpDocument(t.db, v.staffB!, skpId, ON)).toBeNull();
    expect(await getSkpEditor(t.db, v.staffB!, skpId, ON)).toBeNull();
    const before = await snapshot(skpId);
    await expect(
      saveSkp(
        t.db,
        v.staffB!,
        form(skpId, version, [{ kind: 'utama', text: 'Dirusak oleh rekan', indicators: [ind('x x x')] }]),
        ON,
      ),
    ).rejects.toMatchObject({ messageKey: 'errors.notFound' });
    await expect(submitSkp(t.db, v.staffB!, skpId, version, ON)).rejects.toMatchObject({
      messageKey: 'errors.notFound',
    });
    expect(await snapshot(skpId)).toBe(before);
    // The supervisor sees it; so does the atasan pejabat penilai.
    expect(await getSkpDocument(t.db, v.kabid!, skpId, ON)).not.toBeNull();
    expect(await getSkpDocument(t.db, v.kadisdik!, skpId, ON)).not.toBeNull();
  });

  it('refuses a submit while the supervisor’s SKP is not approved, keeping the draft', async () => {
    await t.db
      .updateTable('skps')
      .set({ status: 'submitted' })
      .where('employee_id', '=', v.kabid!.employeeId)
      .execute();
    await expect(submitSkp(t.db, v.staffA!, skpId, version, ON)).rejects.toMatchObject({
      messageKey: 'skp.errors.supervisorNotApproved',
    });
    const editor = await getSkpEditor(t.db, v.staffA!, skpId, ON);
    expect(editor?.parentSkpStatus).toBe('submitted');
    expect(editor?.parentOptions).toEqual([]);
    expect(editor?.doc.status).toBe('draft');
    expect(editor?.doc.rhks).toHaveLength(2);
    await t.db
      .updateTable('skps')
      .set({ status: 'approved' })
      .where('employee_id', '=', v.kabid!.employeeId)
      .execute();
  });

  it('enforces cascading: a main RHK without intervensi is a field error on submit', async () => {
    await expect(submitSkp(t.db, v.staffA!, skpId, version, ON)).rejects.toMatchObject({
      messageKey: 'skp.validation.cascadeIncomplete',
      fieldErrors: { 'rhks.0.parentRhkId': 'skp.validation.intervensiRequired' },
    });
    // Pointing at an RHK that is not the supervisor's is refused too.
    const foreign = await t.db
      .selectFrom('skp_rhks')
      .select('id')
      .where('id', 'not in', kabidRhks)
      .executeTakeFirst();
    if (foreign) {
      await expect(
        saveSkp(
          t.db,
          v.staffA!,
          form(skpId, version, [
            {
              kind: 'utama',
              text: 'RHK dengan induk asing',
              parentRhkId: foreign.id,
              indicators: [ind('Jumlah laporan')],
            },
          ]),
          ON,
        ),
      ).rejects.toMatchObject({ fieldErrors: { 'rhks.0.parentRhkId': 'skp.validation.invalidChoice' } });
    }
    const doc = await getSkpDocument(t.db, v.staffA!, skpId, ON);
    version = await saveSkp(
      t.db,
      v.staffA!,
      form(
        skpId,
        version,
        doc!.rhks.map((r) => ({
          rhkId: r.id,
          kind: r.kind,
          text: r.text,
          parentRhkId: r.kind === 'utama' ? kabidRhks[0] : undefined,
          indicators: r.indicators.map((i) => ({
            indicatorId: i.id,
            aspek: i.aspek,
            text: i.text,
            targetValue: i.targetValue,
            targetUnit: i.targetUnit,
          })),
        })),
      ),
      ON,
    );
    const after = await getSkpDocument(t.db, v.staffA!, skpId, ON);
    expect(after!.rhks.map((r) => r.id)).toEqual(doc!.rhks.map((r) => r.id));
  });

  it('a stale version is a conflict, not a silent overwrite', async () => {
    const before = await snapshot(skpId);
    await expect(
      saveSkp(
        t.db,
        v.staffA!,
        form(skpId, version - 1, [{ kind: 'utama', text: 'Versi lama', indicators: [ind('x x x')] }]),
        ON,
      ),
    ).rejects.toMatchObject({ messageKey: 'errors.conflict' });
    expect(await snapshot(skpId)).toBe(before);
  });

  it('submits, notifies the supervisor, and then refuses edits and a second submit', async () => {
    await submitSkp(t.db, v.staffA!, skpId, version, ON);
    version++;
    const note = await t.db
      .selectFrom('notifications')
      .select(['kind', 'link'])
      .where('recipient_id', '=', v.kabid!.employeeId)
      .execute();
    expect(note).toContainEqual({ kind: 'skp.submitted', link: `/skp/${skpId}` });
    await expect(submitSkp(t.db, v.staffA!, skpId, version, ON)).rejects.toMatchObject({
      messageKey: 'skp.errors.illegalTransition',
    });
    await expect(
      saveSkp(
        t.db,
        v.staffA!,
        form(skpId, version, [
          { kind: 'utama', text: 'Diubah setelah diajukan', indicators: [ind('x x x')] },
        ]),
        ON,
      ),
    ).rejects.toMatchObject({ messageKey: 'skp.errors.illegalTransition' });
    const team = await listTeamSkps(t.db, v.kabid!, 2026, ON);
    expect(team.find((m) => m.employeeId === v.staffA!.employeeId)?.skp?.status).toBe('submitted');
  });

  it('only the current pejabat penilai decides: peer, atasan and owner get 404', async () => {
    const before = await snapshot(skpId);
    for (const who of [v.staffB!, v.kadisdik!, v.staffA!, v.admin!]) {
      await expect(decideSkp(t.db, who, { skpId, version, decision: 'approve' }, ON)).rejects.toMatchObject({
        messageKey: 'errors.notFound',
      });
    }
    expect(await snapshot(skpId)).toBe(before);
  });

  it('returning needs a comment; the owner edits and resubmits; approval after 31 January is late', async () => {
    expect(
      decideSkpSchema.safeParse({
        skpId: String(skpId),
        version: String(version),
        decision: 'return',
        comment: '',
      }).success,
    ).toBe(false);
    await decideSkp(
      t.db,
      v.kabid!,
      { skpId, version, decision: 'return', comment: 'Target indikator 2 belum terukur.' },
      ON,
    );
    version++;
    const returned = await getSkpDocument(t.db, v.staffA!, skpId, ON);
    expect(returned).toMatchObject({
      status: 'returned',
      returnComment: 'Target indikator 2 belum terukur.',
    });
    expect(
      await t.db
        .selectFrom('notifications')
        .select('kind')
        .where('recipient_id', '=', v.staffA!.employeeId)
        .execute(),
    ).toContainEqual({ kind: 'skp.returned' });
    await submitSkp(t.db, v.staffA!, skpId, version, ON);
    version++;
    await decideSkp(t.db, v.kabid!, { skpId, version, decision: 'approve' }, ON);
    version++;
    const approved = await getSkpDocument(t.db, v.staffA!, skpId, ON);
    expect(approved).toMatchObject({ status: 'approved', approvedLate: true, returnComment: null });
    const actions = await t.db
      .selectFrom('audit_log')
      .select('action')
      .where('entity', '=', 'skp')
      .where('entity_id', '=', String(skpId))
      .orderBy('id')
      .execute();
    expect(actions.map((a) => a.action)).toEqual([
      'skp.create',
      'skp.save',
      'skp.save',
      'skp.submit',
      'skp.return',
      'skp.submit',
      'skp.approve',
    ]);
  });

  it('an approval by 31 January is on time', async () => {
    const id = await createSkp(t.db, v.staffB!, 'kuantitatif', ON);
    const ver = await saveSkp(
      t.db,
      v.staffB!,
      form(id, 1, [
        {
          kind: 'utama',
          text: 'Terkelolanya data sekolah dasar',
          parentRhkId: kabidRhks[1],
          indicators: [ind('Jumlah data sekolah')],
        },
      ]),
      ON,
    );
    await submitSkp(t.db, v.staffB!, id, ver, '2026-01-20');
    await decideSkp(t.db, v.kabid!, { skpId: id, version: ver + 1, decision: 'approve' }, '2026-01-31');
    expect((await getSkpDocument(t.db, v.staffB!, id, ON))?.approvedLate).toBe(false);
  });

  it('editing an approved SKP makes a new revision; the approved one stays readable', async () => {
    await reviseSkp(t.db, v.staffA!, skpId, version, ON);
    version++;
    const draft = await getSkpDocument(t.db, v.staffA!, skpId, ON);
    expect(draft).toMatchObject({ status: 'draft', revision: 2 });
    const first = await getRevision(t.db, v.staffA!, skpId, 1, ON);
    expect(first?.rhks.map((r) => r.text)).toContain('Tersusunnya laporan pembinaan SD');
    expect(await getRevision(t.db, v.staffB!, skpId, 1, ON)).toBeNull();
    version = await saveSkp(
      t.db,
      v.staffA!,
      form(skpId, version, [
        {
          kind: 'utama',
          text: 'RHK revisi kedua',
          parentRhkId: kabidRhks[1],
          indicators: [ind('Jumlah dokumen revisi')],
        },
      ]),
      ON,
    );
    await submitSkp(t.db, v.staffA!, skpId, version, ON);
    await decideSkp(t.db, v.kabid!, { skpId, version: version + 1, decision: 'approve' }, ON);
    expect((await listRevisions(t.db, v.staffA!, skpId, ON)).map((r) => r.revision)).toEqual([2, 1]);
    expect((await getRevision(t.db, v.staffA!, skpId, 1, ON))?.rhks[0]?.text).toBe(
      'Tersusunnya laporan pembinaan SD',
    );
  });

  it('only the owner discards an unsubmitted or returned revision; the approved one applies again', async () => {
    const state = () =>
      t.db
        .selectFrom('skps')
        .select(['status', 'revision', 'version', 'decided_by'])
        .where('id', '=', skpId)
        .executeTakeFirstOrThrow();
    const content = async () =>
      (await getSkpDocument(t.db, v.staffA!, skpId, ON))?.rhks.map((r) => ({
        id: r.id,
        text: r.text,
        indicators: r.indicators.map((i) => `${i.text}: ${i.targetValue} ${i.targetUnit}`),
      }));
    const approved = await content();
    await expect(discardRevision(t.db, v.staffA!, skpId, (await state()).version, ON)).rejects.toMatchObject({
      messageKey: 'skp.errors.illegalTransition',
    });

    await reviseSkp(t.db, v.staffA!, skpId, (await state()).version, ON);
    const kept = approved?.[0]?.id;
    await saveSkp(
      t.db,
      v.staffA!,
      form(skpId, (await state()).version, [
        {
          rhkId: kept,
          kind: 'utama',
          text: 'RHK revisi ketiga',
          parentRhkId: kabidRhks[1],
          indicators: [ind('Jumlah dokumen revisi ketiga', '20')],
        },
        { kind: 'tambahan', text: 'Tugas tambahan baru', indicators: [ind('Jumlah kegiatan')] },
      ]),
      ON,
    );
    await saveExpectations(t.db, v.kabid!, skpId, { kolaboratif: 'Berbagi data lebih awal' }, ON);
    const draft = await snapshot(skpId);
    const { version: draftVersion } = await state();
    for (const other of [v.staffB!, v.kabid!, v.kadisdik!, v.admin!]) {
      await expect(discardRevision(t.db, other, skpId, draftVersion, ON)).rejects.toMatchObject({
        messageKey: 'errors.notFound',
      });
    }
    await expect(discardRevision(t.db, v.staffA!, skpId, draftVersion - 1, ON)).rejects.toMatchObject({
      messageKey: 'errors.conflict',
    });
    expect(await snapshot(skpId)).toBe(draft);

    await discardRevision(t.db, v.staffA!, skpId, draftVersion, ON);
    expect(await state()).toMatchObject({ status: 'approved', revision: 2, decided_by: v.kabid!.employeeId });
    expect(await content()).toEqual(approved);
    expect((await getSkpDocument(t.db, v.staffA!, skpId, ON))?.expectations.every((e) => !e.text)).toBe(true);
    const audit = await t.db
      .selectFrom('audit_log')
      .select(['actor_id', 'after'])
      .where('action', '=', 'skp.discard_revision')
      .where('entity_id', '=', String(skpId))
      .execute();
    expect(audit).toEqual([
      { actor_id: v.staffA!.employeeId, after: { status: 'approved', revision: 2, discarded: 3 } },
    ]);
    const notes = await t.db
      .selectFrom('notifications')
      .select('kind')
      .where('recipient_id', '=', v.kabid!.employeeId)
      .where('link', '=', `/skp/${skpId}`)
      .execute();
    expect(notes.map((n) => n.kind)).toContain('skp.revision_discarded');
  });

  it('a submitted revision cannot be discarded, a returned one can; a first draft has nothing to go back to', async () => {
    const version = async () =>
      (await t.db.selectFrom('skps').select('version').where('id', '=', skpId).executeTakeFirstOrThrow())
        .version;
    await reviseSkp(t.db, v.staffA!, skpId, await version(), ON);
    await submitSkp(t.db, v.staffA!, skpId, await version(), ON);
    await expect(discardRevision(t.db, v.staffA!, skpId, await version(), ON)).rejects.toMatchObject({
      messageKey: 'skp.errors.illegalTransition',
    });
    await decideSkp(
      t.db,
      v.kabid!,
      { skpId, version: await version(), decision: 'return', comment: 'Tidak jadi diubah' },
      ON,
    );
    await discardRevision(t.db, v.staffA!, skpId, await version(), ON);
    expect((await getSkpDocument(t.db, v.staffA!, skpId, ON))?.status).toBe('approved');

    const first = await createSkp(t.db, v.pppk!, 'kuantitatif', ON);
    await expect(discardRevision(t.db, v.pppk!, first, 1, ON)).rejects.toMatchObject({
      messageKey: 'skp.errors.illegalTransition',
    });
  });

  it('the matrix shows subordinate RHK under the supervisor RHK they support, and flags unsupported ones', async () => {
    const matrix = await getMatrix(t.db, v.kabid!, 2026);
    const second = matrix?.find((m) => m.rhk.id === kabidRhks[1]);
    expect(second?.supporters.map((s) => s.text)).toEqual(
      expect.arrayContaining(['RHK revisi kedua', 'Terkelolanya data sekolah dasar']),
    );
    const first = matrix?.find((m) => m.rhk.id === kabidRhks[0]);
    expect(first?.supporters).toEqual([]);
  });

  it('a removed RHK that a subordinate supports cannot be deleted from the supervisor’s SKP', async () => {
    await t.db
      .updateTable('skps')
      .set({ status: 'draft' })
      .where('employee_id', '=', v.kabid!.employeeId)
      .where('year', '=', 2026)
      .execute();
    const kabidSkp = await t.db
      .selectFrom('skps')
      .select(['id', 'version'])
      .where('employee_id', '=', v.kabid!.employeeId)
      .where('year', '=', 2026)
      .executeTakeFirstOrThrow();
    await expect(
      saveSkp(
        t.db,
        v.kabid!,
        form(kabidSkp.id, kabidSkp.version, [
          {
            rhkId: kabidRhks[0],
            kind: 'utama',
            text: 'Terlaksananya pembinaan SD',
            indicators: [ind('Indikator')],
          },
        ]),
        ON,
      ),
    ).rejects.toMatchObject({ messageKey: 'skp.errors.rhkSupported' });
    await t.db
      .updateTable('skps')
      .set({ status: 'approved' })
      .where('employee_id', '=', v.kabid!.employeeId)
      .execute();
  });
});

describe('acting supervisors, expectations, JPT and closed periods', () => {
  it('a Plt approves the SKP of someone they act for', async () => {
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
    await dropSkp(member.employeeId);
    // Their definitive supervisor is the Kepala Dinas; cascade to her RHK.
    const kadisRhks = await approvedSkpFor(v.kadisdik!.employeeId, v.sekda!.employeeId, [
      'Meningkatnya pelestarian kebudayaan',
    ]);
    const id = await createSkp(t.db, member, 'kuantitatif', ON);
    const ver = await saveSkp(
      t.db,
      member,
      form(id, 1, [
        {
          kind: 'utama',
          text: 'Terdokumentasinya cagar budaya',
          parentRhkId: kadisRhks[0],
          indicators: [ind('Jumlah cagar budaya')],
        },
      ]),
      ON,
    );
    await submitSkp(t.db, member, id, ver, ON);
    await decideSkp(t.db, v.kabid!, { skpId: id, version: ver + 1, decision: 'approve' }, ON);
    expect((await getSkpDocument(t.db, member, id, ON))?.status).toBe('approved');
  });

  it('only the supervisor writes expectations; the owner cannot', async () => {
    const id = await createSkp(t.db, v.pppk!, 'kuantitatif', ON);
    await expect(
      saveExpectations(t.db, v.pppk!, id, { kolaboratif: 'Saya sendiri' }, ON),
    ).rejects.toMatchObject({ messageKey: 'errors.notFound' });
    await expect(saveExpectations(t.db, v.staffA!, id, { kolaboratif: 'Rekan' }, ON)).rejects.toMatchObject({
      messageKey: 'errors.notFound',
    });
    await saveExpectations(
      t.db,
      v.kabid!,
      id,
      { kolaboratif: 'Aktif berkoordinasi dengan sekolah binaan.' },
      ON,
    );
    const doc = await getSkpDocument(t.db, v.pppk!, id, ON);
    expect(doc?.expectations.find((e) => e.value === 'kolaboratif')?.text).toBe(
      'Aktif berkoordinasi dengan sekolah binaan.',
    );
  });

  it('a JPT’s main RHK must name a goal of their own unit', async () => {
    await dropSkp(v.kadisdik!.employeeId);
    const id = await createSkp(t.db, v.kadisdik!, 'kuantitatif', ON);
    const ver = await saveSkp(
      t.db,
      v.kadisdik!,
      form(id, 1, [
        {
          kind: 'utama',
          text: 'Meningkatnya mutu pendidikan',
          indicators: [ind('Angka partisipasi', '98', '%')],
        },
      ]),
      ON,
    );
    await expect(submitSkp(t.db, v.kadisdik!, id, ver, ON)).rejects.toMatchObject({
      fieldErrors: { 'rhks.0.unitGoalId': 'skp.validation.unitGoalRequired' },
    });
  });

  it('a closed period is read-only', async () => {
    await t.db.updateTable('periods').set({ status: 'closed' }).where('year', '=', 2026).execute();
    try {
      const id = await t.db
        .selectFrom('skps')
        .select(['id', 'version'])
        .where('employee_id', '=', v.pppk!.employeeId)
        .where('year', '=', 2026)
        .executeTakeFirstOrThrow();
      await expect(
        saveSkp(
          t.db,
          v.pppk!,
          form(id.id, id.version, [
            { kind: 'utama', text: 'Setelah tutup buku', indicators: [ind('x x x')] },
          ]),
          ON,
        ),
      ).rejects.toMatchObject({ messageKey: 'skp.errors.periodClosed' });
    } finally {
      await t.db.updateTable('periods').set({ status: 'open' }).where('year', '=', 2026).execute();
    }
  });
});
