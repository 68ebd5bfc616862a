import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NIP, viewerFor } from '@/db/test-fixtures';
import { createTestDatabase, type TestDatabase } from '@/db/testing';
import type { Viewer } from '@/lib/auth/viewer';
import { appraiserOf } from '../appraiser';
import { saveAppraisal } from '../mutations';
import { appraisalPermissions, getAppraisal, listTeamAppraisals } from '../queries';
import { appraisalFormSchema } from '../schema';
import { decideRaterRequest, declareConflict, designateRater, requestOtherRater } from './mutations';
import { listDeclarations, listRequestsToDecide, listRoutedToViewer } from './queries';

const ON = '2026-11-28';
let t: TestDatabase;
const v: Record<string, Viewer> = {};
let q4 = 0;

const draftOf = async (employeeId: number) =>
  t.db
    .selectFrom('appraisals')
    .selectAll()
    .where('employee_id', '=', employeeId)
    .where('period_id', '=', q4)
    .executeTakeFirstOrThrow();
const audits = (action: string) =>
  t.db.selectFrom('audit_log').selectAll().where('action', '=', action).execute();
const routes = () => t.db.selectFrom('appraisal_reassignments').selectAll().orderBy('id').execute();

beforeAll(async () => {
  t = await createTestDatabase({ seeded: true });
  for (const [key, nip] of Object.entries(NIP)) v[key] = await viewerFor(t.db, nip);
  q4 = (
    await t.db
      .selectFrom('periods')
      .select('id')
      .where('year', '=', 2026)
      .where('kind', '=', 'quarterly')
      .where('seq', '=', 4)
      .executeTakeFirstOrThrow()
  ).id;
});
afterAll(() => t.drop());

describe('a declared conflict of interest routes the appraisal', () => {
  it('only the pejabat penilai declares; "other" needs a reason; nothing is written otherwise', async () => {
    const staffA = v.staffA!.employeeId;
    const input = { employeeId: staffA, periodId: q4, reasonKind: 'family' as const, reason: null };
    for (const who of [v.staffB!, v.staffA!, v.kadisdik!, v.admin!])
      await expect(declareConflict(t.db, who, input, ON)).rejects.toThrow('errors.notFound');
    await expect(
      declareConflict(t.db, v.kabid!, { ...input, reasonKind: 'other', reason: ' ' }, ON),
    ).rejects.toThrow('conflict.validation.reasonRequired');
    expect(await routes()).toEqual([]);
  });

  it('after the declaration the atasan appraises and the original rater can neither see nor edit', async () => {
    const staffA = v.staffA!.employeeId;
    const draft = await draftOf(staffA);
    expect(await getAppraisal(t.db, v.kabid!, draft.id, ON)).not.toBeNull();
    await declareConflict(
      t.db,
      v.kabid!,
      { employeeId: staffA, periodId: q4, reasonKind: 'family', reason: null },
      ON,
    );
    expect(await appraiserOf(t.db, staffA, q4, ON)).toBe(v.kadisdik!.employeeId);
    const [declared] = await audits('appraisal.conflict.declare');
    expect(declared?.actor_id).toBe(v.kabid!.employeeId);

    // The original rater: 404 on the page, refused on save, the draft untouched.
    expect(await getAppraisal(t.db, v.kabid!, draft.id, ON)).toBeNull();
    const before = await draftOf(staffA);
    const form = appraisalFormSchema.parse({
      appraisalId: String(draft.id),
      version: String(before.version),
      ratingHasil: 'sesuai',
      ratingPerilaku: 'sesuai',
      justification: 'Kinerja sesuai dengan target yang disepakati bersama.',
    });
    await expect(saveAppraisal(t.db, v.kabid!, form, ON)).rejects.toThrow('errors.notFound');
    expect(await draftOf(staffA)).toEqual(before);
    const team = await listTeamAppraisals(t.db, v.kabid!, { id: q4 } as never, ON);
    expect(team.find((r) => r.employeeId === staffA)).toMatchObject({
      appraisal: null,
      routed: { rater: v.kadisdik!.name },
    });

    // The atasan: sees it routed to them, edits and delivers it.
    expect((await listRoutedToViewer(t.db, v.kadisdik!, q4, ON)).map((r) => r.employeeId)).toEqual([staffA]);
    const doc = await getAppraisal(t.db, v.kadisdik!, draft.id, ON);
    expect(doc?.role).toBe('evaluator');
    expect((await appraisalPermissions(t.db, v.kadisdik!, doc!, ON)).canEdit).toBe(true);
    await saveAppraisal(t.db, v.kadisdik!, { ...form, intent: 'deliver' }, ON);
    expect(await draftOf(staffA)).toMatchObject({
      status: 'delivered',
      evaluator_id: v.kadisdik!.employeeId,
    });

    // The employee reads in "why" that the appraisal was routed.
    const own = await getAppraisal(t.db, v.staffA!, draft.id, ON);
    expect(own?.reassignment).toMatchObject({
      kind: 'declaration',
      reasonKind: 'family',
      originalRater: v.kabid!.name,
      rater: v.kadisdik!.name,
    });
    expect(await getAppraisal(t.db, v.staffB!, draft.id, ON)).toBeNull();
  });

  it('BKPSDM sees the declarations and designates another rater; nobody else does', async () => {
    expect(await listDeclarations(t.db, v.kadisdik!)).toBeNull();
    const list = await listDeclarations(t.db, v.admin!);
    expect(list?.map((r) => r.employeeName)).toContain(v.staffA!.name);
    const pppk = v.pppk!.employeeId;
    const id = await declareConflict(
      t.db,
      v.kabid!,
      {
        employeeId: pppk,
        periodId: q4,
        reasonKind: 'other',
        reason: 'Kami berbisnis bersama di luar kantor.',
      },
      ON,
    );
    await expect(
      designateRater(t.db, v.kadisdik!, { reassignmentId: id, nip: NIP.sekda }, ON),
    ).rejects.toThrow('errors.notFound');
    await expect(designateRater(t.db, v.admin!, { reassignmentId: id, nip: NIP.kabid }, ON)).rejects.toThrow(
      'conflict.validation.invalidRater',
    );
    await designateRater(t.db, v.admin!, { reassignmentId: id, nip: NIP.sekda }, ON);
    expect(await appraiserOf(t.db, pppk, q4, ON)).toBe(v.sekda!.employeeId);
    expect((await draftOf(pppk)).evaluator_id).toBe(v.sekda!.employeeId);
    expect(await audits('appraisal.conflict.designate')).toHaveLength(1);
  });
});

describe("an employee's request for a different rater", () => {
  it('is decided by the atasan only: refused keeps the rater, accepted routes to the atasan', async () => {
    const staffB = v.staffB!.employeeId;
    const reason = 'Atasan langsung saya adalah saudara ipar saya.';
    const first = await requestOtherRater(t.db, v.staffB!, { periodId: q4, reason }, ON);
    await expect(requestOtherRater(t.db, v.staffB!, { periodId: q4, reason }, ON)).rejects.toThrow(
      'conflict.errors.alreadyOpen',
    );
    expect((await listRequestsToDecide(t.db, v.kadisdik!, ON)).map((r) => r.id)).toEqual([first]);
    expect(await listRequestsToDecide(t.db, v.kabid!, ON)).toEqual([]);
    for (const who of [v.kabid!, v.staffB!, v.staffA!, v.admin!])
      await expect(
        decideRaterRequest(t.db, who, { requestId: first, decision: 'accept', note: 'Setuju.' }, ON),
      ).rejects.toThrow('errors.notFound');
    await decideRaterRequest(
      t.db,
      v.kadisdik!,
      { requestId: first, decision: 'refuse', note: 'Tidak ada hubungan keluarga tercatat.' },
      ON,
    );
    expect(await appraiserOf(t.db, staffB, q4, ON)).toBe(v.kabid!.employeeId);

    const second = await requestOtherRater(t.db, v.staffB!, { periodId: q4, reason }, ON);
    await decideRaterRequest(
      t.db,
      v.kadisdik!,
      { requestId: second, decision: 'accept', note: 'Diterima, saya menilai sendiri.' },
      ON,
    );
    expect(await appraiserOf(t.db, staffB, q4, ON)).toBe(v.kadisdik!.employeeId);
    await expect(
      decideRaterRequest(
        t.db,
        v.kadisdik!,
        { requestId: second, decision: 'refuse', note: 'Berubah pikiran.' },
        ON,
      ),
    ).rejects.toThrow('conflict.errors.decided');
    expect((await audits('appraisal.conflict.accept')).length).toBe(1);
    expect((await audits('appraisal.conflict.refuse')).length).toBe(1);
  });
});
