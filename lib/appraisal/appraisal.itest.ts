import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { NIP, viewerFor } from '@/db/test-fixtures';
import { createTestDatabase, type TestDatabase } from '@/db/testing';
import type { Viewer } from '@/lib/auth/viewer';
import { addPlanItem, setPlanItemStatus } from './career/mutations';
import { careerOf, predikatHistory } from './career/queries';
import {
  acceptAppraisal,
  decideObjection,
  objectAppraisal,
  saveAppraisal,
  startAppraisal,
} from './mutations';
import { setOrgResult } from './org-results';
import { appraisalPermissions, getAppraisal } from './queries';
import { type AppraisalFormValues, appraisalFormSchema } from './schema';

const ON = '2026-11-28';
let t: TestDatabase;
const v: Record<string, Viewer> = {};
let q3 = 0;
let annual2025 = 0;

const periodId = async (year: number, kind: string, seq: number) =>
  (
    await t.db
      .selectFrom('periods')
      .select('id')
      .where('year', '=', year)
      .where('kind', '=', kind)
      .where('seq', '=', seq)
      .executeTakeFirstOrThrow()
  ).id;

const row = (id: number) =>
  t.db.selectFrom('appraisals').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
const snapshot = async (id: number) =>
  JSON.stringify({
    a: await row(id),
    o: await t.db.selectFrom('objections').selectAll().where('appraisal_id', '=', id).execute(),
  });

/** The form as the browser posts it (strings), parsed as the action would. */
const form = (
  id: number,
  version: number,
  over: Partial<z.input<typeof appraisalFormSchema>> = {},
): AppraisalFormValues =>
  appraisalFormSchema.parse({ appraisalId: String(id), version: String(version), ...over });

/** The rating that differs from whatever the evidence anchor suggested. */
const other = (r: string | null) => (r === 'sesuai' ? 'di_atas' : 'sesuai');

beforeAll(async () => {
  t = await createTestDatabase({ seeded: true });
  for (const [key, nip] of Object.entries(NIP)) v[key] = await viewerFor(t.db, nip);
  q3 = await periodId(2026, 'quarterly', 3);
  annual2025 = await periodId(2025, 'annual', 0);
  // Start from no appraisal for the demo staff in Q3, whatever the seed holds.
  await t.db.deleteFrom('appraisals').where('period_id', '=', q3).execute();
});
afterAll(() => t.drop());

describe('appraisal workflow and who may act', () => {
  let id = 0;

  it('only the current pejabat penilai starts an appraisal; a peer or the atasan gets "not found"', async () => {
    const staffA = v.staffA!.employeeId;
    await expect(startAppraisal(t.db, v.staffB!, staffA, q3, ON)).rejects.toThrow('errors.notFound');
    await expect(startAppraisal(t.db, v.kadisdik!, staffA, q3, ON)).rejects.toThrow('errors.notFound');
    await expect(startAppraisal(t.db, v.staffA!, staffA, q3, ON)).rejects.toThrow('errors.notFound');
    expect(
      await t.db
        .selectFrom('appraisals')
        .select('id')
        .where('period_id', '=', q3)
        .where('employee_id', '=', staffA)
        .execute(),
    ).toEqual([]);
    id = await startAppraisal(t.db, v.kabid!, staffA, q3, ON);
    // A second click lands on the same draft.
    expect(await startAppraisal(t.db, v.kabid!, staffA, q3, ON)).toBe(id);
    const items = await t.db
      .selectFrom('appraisal_items')
      .selectAll()
      .where('appraisal_id', '=', id)
      .execute();
    expect(items.length).toBeGreaterThan(0);
  });

  it('a draft is the appraiser’s alone: employee, peer, atasan and other supervisors get null (404)', async () => {
    expect(await getAppraisal(t.db, v.kabid!, id, ON)).not.toBeNull();
    for (const who of ['staffA', 'staffB', 'kadisdik', 'sekda', 'admin']) {
      expect(await getAppraisal(t.db, v[who]!, id, ON), who).toBeNull();
    }
  });

  it('realisation comes from approved reports in the quarter only; none is missing, not 0', async () => {
    const doc = (await getAppraisal(t.db, v.kabid!, id, ON))!;
    const indicatorIds = doc.rhks.flatMap((r) => r.items.map((i) => i.indicatorId));
    const sums = await t.db
      .selectFrom('daily_reports')
      .select((eb) => ['indicator_id', eb.fn.sum<string>('quantity').as('total')])
      .where('indicator_id', 'in', indicatorIds)
      .where('status', '=', 'approved')
      .where('report_date', '>=', '2026-07-01')
      .where('report_date', '<=', '2026-09-30')
      .groupBy('indicator_id')
      .execute();
    const expected = new Map(sums.map((s) => [s.indicator_id, Number(s.total)]));
    for (const item of doc.rhks.flatMap((r) => r.items).filter((i) => i.measure === 'daily'))
      expect(item.computed).toBe(expected.get(item.indicatorId) ?? null);
    expect(doc.suggestion?.rating).toMatch(/^(di_bawah|sesuai|di_atas)$/);
  });

  it('a rating away from the suggestion needs a written justification; the DB is unchanged without one', async () => {
    const doc = (await getAppraisal(t.db, v.kabid!, id, ON))!;
    const before = await snapshot(id);
    const diverging = other(doc.suggestion!.rating);
    await expect(
      saveAppraisal(
        t.db,
        v.kabid!,
        form(id, doc.version, { ratingHasil: diverging, ratingPerilaku: 'sesuai' }),
        ON,
      ),
    ).rejects.toThrow('appraisal.validation.justificationRequired');
    expect(await snapshot(id)).toBe(before);
    // Agreeing with the anchor needs none.
    await saveAppraisal(
      t.db,
      v.kabid!,
      form(id, doc.version, { ratingHasil: doc.suggestion!.rating, ratingPerilaku: 'sesuai' }),
      ON,
    );
    expect((await row(id)).justification).toBeNull();
  });

  it('a stale version is refused as a conflict', async () => {
    const { version } = await row(id);
    await expect(saveAppraisal(t.db, v.kabid!, form(id, version - 1), ON)).rejects.toThrow('errors.conflict');
  });

  it('an overridden realisation needs a reason and is audited', async () => {
    const doc = (await getAppraisal(t.db, v.kabid!, id, ON))!;
    const item = doc.rhks[0]!.items[0]!;
    expect(
      appraisalFormSchema.safeParse({
        appraisalId: String(id),
        version: String(doc.version),
        items: [{ indicatorId: String(item.indicatorId), override: '5', reason: '' }],
      }).success,
    ).toBe(false);
    await saveAppraisal(
      t.db,
      v.kabid!,
      form(id, doc.version, {
        items: [
          {
            indicatorId: String(item.indicatorId),
            override: '5',
            reason: 'Dua laporan belum divalidasi tepat waktu',
          },
        ],
      }),
      ON,
    );
    const stored = await t.db
      .selectFrom('appraisal_items')
      .selectAll()
      .where('appraisal_id', '=', id)
      .where('indicator_id', '=', item.indicatorId)
      .executeTakeFirstOrThrow();
    expect(Number(stored.realisation_override)).toBe(5);
    const log = await t.db
      .selectFrom('audit_log')
      .select('after')
      .where('entity', '=', 'appraisal')
      .where('entity_id', '=', String(id))
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(JSON.stringify(log.after)).toContain('Dua laporan belum divalidasi');
  });

  it('delivering needs both ratings, records the date and predikat, and tells the employee', async () => {
    const { version } = await row(id);
    expect(
      appraisalFormSchema.safeParse({ appraisalId: String(id), version: String(version), intent: 'deliver' })
        .success,
    ).toBe(false);
    const doc = (await getAppraisal(t.db, v.kabid!, id, ON))!;
    await saveAppraisal(
      t.db,
      v.kabid!,
      form(id, version, {
        ratingHasil: 'di_bawah',
        ratingPerilaku: 'di_bawah',
        justification:
          doc.suggestion?.rating === 'di_bawah'
            ? ''
            : 'Target triwulan tidak tercapai tanpa alasan yang dapat diterima.',
        intent: 'deliver',
      }),
      ON,
    );
    const a = await row(id);
    expect(a).toMatchObject({ status: 'delivered', delivered_on: ON, predikat: 'sangat_kurang' });
    const notes = await t.db
      .selectFrom('notifications')
      .select('kind')
      .where('recipient_id', '=', v.staffA!.employeeId)
      .execute();
    expect(notes.map((n) => n.kind)).toContain('appraisal.delivered');
    expect(await getAppraisal(t.db, v.staffA!, id, ON)).toMatchObject({
      role: 'employee',
      predikat: 'sangat_kurang',
    });
    expect(await getAppraisal(t.db, v.staffB!, id, ON)).toBeNull();
  });

  it('once delivered the appraiser cannot change it', async () => {
    const { version } = await row(id);
    await expect(
      saveAppraisal(t.db, v.kabid!, form(id, version, { ratingHasil: 'sesuai' }), ON),
    ).rejects.toThrow('appraisal.errors.illegalTransition');
  });

  it('only the employee acknowledges or objects, and only within the window', async () => {
    const { version } = await row(id);
    const before = await snapshot(id);
    const reasons = {
      appraisalId: id,
      version,
      reasons: 'Realisasi triwulan belum memuat laporan yang tertunda validasinya.',
    };
    await expect(acceptAppraisal(t.db, v.kabid!, id, version, ON)).rejects.toThrow('errors.notFound');
    await expect(objectAppraisal(t.db, v.staffB!, reasons, [], ON)).rejects.toThrow('errors.notFound');
    await expect(objectAppraisal(t.db, v.kabid!, reasons, [], ON)).rejects.toThrow('errors.notFound');
    await expect(objectAppraisal(t.db, v.staffA!, reasons, [], '2026-12-13')).rejects.toThrow(
      'appraisal.errors.objectionWindowClosed',
    );
    expect(await snapshot(id)).toBe(before);
    const doc = (await getAppraisal(t.db, v.staffA!, id, ON))!;
    expect(doc.objectionDeadline).toBe('2026-12-12');
    expect(await appraisalPermissions(t.db, v.staffA!, doc, ON)).toMatchObject({
      canAccept: true,
      canObject: true,
      canEdit: false,
    });
    const pdf = new File(['%PDF-1.4\n%bukti\n'], 'bukti.pdf', { type: 'application/pdf' });
    await objectAppraisal(t.db, v.staffA!, reasons, [pdf], '2026-12-12');
    expect(await row(id)).toMatchObject({ status: 'objected' });
    const kadisNotes = await t.db
      .selectFrom('notifications')
      .select('kind')
      .where('recipient_id', '=', v.kadisdik!.employeeId)
      .execute();
    expect(kadisNotes.map((n) => n.kind)).toContain('appraisal.objected');
  });

  it('only the atasan pejabat penilai decides: the appraiser, the employee and another leader cannot', async () => {
    const { version } = await row(id);
    const before = await snapshot(id);
    const decision = {
      appraisalId: id,
      version,
      decision: 'change' as const,
      ratingHasil: 'sesuai' as const,
      ratingPerilaku: 'di_atas' as const,
      reasons: 'Bukti laporan yang tertunda menunjukkan target tercapai.',
    };
    for (const who of ['kabid', 'staffA', 'staffB', 'sekda', 'admin']) {
      await expect(decideObjection(t.db, v[who]!, decision, ON), who).rejects.toThrow('errors.notFound');
    }
    expect(await snapshot(id)).toBe(before);
    const doc = (await getAppraisal(t.db, v.kadisdik!, id, ON))!;
    expect(doc.role).toBe('atasan');
    expect(doc.objection?.files).toHaveLength(1);
    expect((await appraisalPermissions(t.db, v.kadisdik!, doc, ON)).canDecide).toBe(true);
    await decideObjection(t.db, v.kadisdik!, decision, ON);
    expect(await row(id)).toMatchObject({
      status: 'final',
      predikat: 'baik',
      rating_hasil: 'sesuai',
      rating_perilaku: 'di_atas',
    });
    const objection = await t.db
      .selectFrom('objections')
      .selectAll()
      .where('appraisal_id', '=', id)
      .executeTakeFirstOrThrow();
    expect(objection).toMatchObject({
      decision: 'change',
      original_predikat: 'sangat_kurang',
      decided_by: v.kadisdik!.employeeId,
    });
  });

  it('a final appraisal is immutable: no save, answer or second decision', async () => {
    const { version } = await row(id);
    const before = await snapshot(id);
    await expect(
      saveAppraisal(t.db, v.kabid!, form(id, version, { ratingHasil: 'di_atas' }), ON),
    ).rejects.toThrow('appraisal.errors.illegalTransition');
    await expect(acceptAppraisal(t.db, v.staffA!, id, version, ON)).rejects.toThrow(
      'appraisal.errors.illegalTransition',
    );
    await expect(
      objectAppraisal(
        t.db,
        v.staffA!,
        { appraisalId: id, version, reasons: 'Sekali lagi mengajukan keberatan atas hasil.' },
        [],
        ON,
      ),
    ).rejects.toThrow('appraisal.errors.illegalTransition');
    await expect(
      decideObjection(
        t.db,
        v.kadisdik!,
        { appraisalId: id, version, decision: 'uphold', reasons: 'Tetap seperti semula.' },
        ON,
      ),
    ).rejects.toThrow('appraisal.errors.illegalTransition');
    expect(await snapshot(id)).toBe(before);
  });

  it('a closed period is read-only: nothing new is started in it', async () => {
    await t.db
      .deleteFrom('appraisals')
      .where('period_id', '=', annual2025)
      .where('employee_id', '=', v.staffB!.employeeId)
      .execute();
    await expect(startAppraisal(t.db, v.kabid!, v.staffB!.employeeId, annual2025, ON)).rejects.toThrow(
      'appraisal.errors.periodClosed',
    );
  });
});

describe('organisational result and the unit head', () => {
  it('leadership sets it within scope only, never for its own unit; a unit head’s Rating Hasil Kerja follows it', async () => {
    const kabidUnit = v.kabid!.unitId;
    await expect(
      setOrgResult(t.db, v.staffA!, { unitId: kabidUnit, periodId: q3, predikat: 'baik' }),
    ).rejects.toThrow('errors.notFound');
    await expect(
      setOrgResult(t.db, v.kadisdik!, { unitId: v.kadisdik!.unitId, periodId: q3, predikat: 'istimewa' }),
    ).rejects.toThrow('errors.notFound');
    const outside = await t.db
      .selectFrom('units')
      .select('id')
      .where('kind', '=', 'opd')
      .where('id', '<>', v.kadisdik!.unitId)
      .executeTakeFirstOrThrow();
    await expect(
      setOrgResult(t.db, v.kadisdik!, { unitId: outside.id, periodId: q3, predikat: 'baik' }),
    ).rejects.toThrow('errors.notFound');
    expect(
      await setOrgResult(t.db, v.kadisdik!, { unitId: kabidUnit, periodId: q3, predikat: 'istimewa' }),
    ).toBe(1);
    await expect(
      setOrgResult(t.db, v.kadisdik!, { unitId: kabidUnit, periodId: q3, predikat: 'baik' }),
    ).rejects.toThrow('errors.conflict');

    const id = await startAppraisal(t.db, v.kadisdik!, v.kabid!.employeeId, q3, ON);
    const doc = (await getAppraisal(t.db, v.kadisdik!, id, ON))!;
    expect(doc.orgResult).toBe('istimewa');
    await expect(
      saveAppraisal(
        t.db,
        v.kadisdik!,
        form(id, doc.version, {
          ratingHasil: 'sesuai',
          justification: 'Menurut saya hasil kerja sesuai ekspektasi saja.',
        }),
        ON,
      ),
    ).rejects.toThrow('appraisal.errors.followsOrgResult');
    await saveAppraisal(
      t.db,
      v.kadisdik!,
      form(id, doc.version, { ratingHasil: 'di_atas', ratingPerilaku: 'sesuai', intent: 'deliver' }),
      ON,
    );
    expect(await row(id)).toMatchObject({ predikat: 'baik', suggested_hasil: 'di_atas' });
  });
});

describe('career follow-up', () => {
  it('history takes settled annual appraisals over imported predikat; the plan is shared by employee and supervisor only', async () => {
    const staffB = v.staffB!.employeeId;
    await t.db.deleteFrom('predikat_imports').where('employee_id', '=', staffB).execute();
    await t.db
      .insertInto('predikat_imports')
      .values([
        { employee_id: staffB, year: 2023, predikat: 'baik' },
        { employee_id: staffB, year: 2024, predikat: 'butuh_perbaikan' },
      ])
      .execute();
    const history = await predikatHistory(t.db, staffB);
    expect(history.find((h) => h.year === 2024)).toMatchObject({
      predikat: 'butuh_perbaikan',
      source: 'import',
    });
    const career = (await careerOf(t.db, v.staffB!, staffB, ON))!;
    expect(career.promotion.eligible).toBe(false);
    expect(career.promotion.reasons).toContainEqual({
      code: 'predikat_below_baik',
      year: 2024,
      predikat: 'butuh_perbaikan',
    });
    expect(await careerOf(t.db, v.staffA!, staffB, ON)).toBeNull();
    expect(await careerOf(t.db, v.kabid!, staffB, ON)).not.toBeNull();

    const input = {
      employeeId: staffB,
      value: 'kolaboratif' as const,
      text: 'Ikut tim lintas bidang untuk data pokok',
      targetDate: '2027-03-31',
    };
    await expect(addPlanItem(t.db, v.staffA!, input, ON)).rejects.toThrow('errors.notFound');
    const itemId = await addPlanItem(t.db, v.staffB!, input, ON);
    await expect(
      setPlanItemStatus(t.db, v.staffA!, { itemId, version: 1, status: 'done' }, ON),
    ).rejects.toThrow('errors.notFound');
    await setPlanItemStatus(t.db, v.kabid!, { itemId, version: 1, status: 'in_progress' }, ON);
    await expect(
      setPlanItemStatus(t.db, v.staffB!, { itemId, version: 1, status: 'done' }, ON),
    ).rejects.toThrow('errors.conflict');
    const plan = (await careerOf(t.db, v.staffB!, staffB, ON))!.plan;
    expect(plan.find((p) => p.id === itemId)).toMatchObject({ status: 'in_progress', version: 2 });
  });
});
