import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NIP, viewerFor } from '@/db/test-fixtures';
import { createTestDatabase, type TestDatabase } from '@/db/testing';
import { saveAppraisal } from '@/lib/appraisal/mutations';
import { getAppraisal } from '@/lib/appraisal/queries';
import { appraisalFormSchema } from '@/lib/appraisal/schema';
import { subordinatesOf } from '@/lib/auth/supervision';
import { loadViewer, type Viewer } from '@/lib/auth/viewer';
import { raterInsights, resolveSpan } from '@/lib/raters/queries';
import { adjustPredikat, closeCalibration, openCalibration } from './mutations';
import { getCalibration, listCalibrations } from './queries';
import { calibrationRaterSignals } from './signals';

const ON = '2026-11-28';
let t: TestDatabase;
const v: Record<string, Viewer> = {};
let q4 = 0;
let unit = 0;
let staffB = 0;
let draftId = 0;
let otherLeader: Viewer;

const draft = () =>
  t.db.selectFrom('appraisals').selectAll().where('id', '=', draftId).executeTakeFirstOrThrow();
const adjustments = () => t.db.selectFrom('calibration_adjustments').selectAll().execute();

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
  staffB = v.staffB!.employeeId;
  unit = v.staffB!.unitId;
  // The Kepala Bidang proposed Baik for staff B in this quarter's draft.
  const row = await t.db
    .updateTable('appraisals')
    .set({ rating_hasil: 'sesuai', rating_perilaku: 'sesuai', predikat: 'baik' })
    .where('employee_id', '=', staffB)
    .where('period_id', '=', q4)
    .returning('id')
    .executeTakeFirstOrThrow();
  draftId = row.id;
  // The head of another OPD: leadership, but not over this unit.
  const other = await t.db
    .selectFrom('users as u')
    .innerJoin('employees as e', 'e.id', 'u.employee_id')
    .select(['u.employee_id', 'u.session_version'])
    .where(sql<boolean>`'leadership' = ANY(u.roles)`)
    .where('u.scope_unit_id', 'is not', null)
    .where('u.scope_unit_id', '<>', v.kadisdik!.scopeUnitId)
    .where('e.nip', '<>', NIP.sekda)
    .executeTakeFirstOrThrow();
  otherLeader = (await loadViewer(t.db, { uid: other.employee_id, sv: other.session_version, lat: 0 }))!;
});
afterAll(() => t.drop());

describe('calibration per unit and period', () => {
  let id = 0;
  const justification = 'Capaian kuantitas melampaui target dan diakui oleh tim lintas bidang.';

  it('is opened by leadership over the unit only; everyone else gets "not found"', async () => {
    for (const who of [v.staffA!, v.kabid!, v.admin!, otherLeader])
      await expect(openCalibration(t.db, who, { unitId: unit, periodId: q4 })).rejects.toThrow(
        'errors.notFound',
      );
    id = await openCalibration(t.db, v.kadisdik!, { unitId: unit, periodId: q4 });
    await expect(openCalibration(t.db, v.sekda!, { unitId: unit, periodId: q4 })).rejects.toThrow(
      'calibration.errors.alreadyOpen',
    );
    for (const who of [v.staffA!, v.staffB!, v.kabid!, v.admin!, otherLeader]) {
      expect(await getCalibration(t.db, who, id)).toBeNull();
      await expect(
        adjustPredikat(t.db, who, {
          calibrationId: id,
          appraisalId: draftId,
          version: 1,
          ratingHasil: 'di_atas',
          ratingPerilaku: 'sesuai',
          justification,
        }),
      ).rejects.toThrow('errors.notFound');
    }
    expect(await listCalibrations(t.db, v.kabid!)).toBeNull();
    const view = await getCalibration(t.db, v.sekda!, id);
    expect(view?.rows.find((r) => r.appraisalId === draftId)).toMatchObject({
      predikat: 'baik',
      adjustable: true,
      signals: [],
    });
    expect(view?.counts.baik).toBeGreaterThanOrEqual(1);
  });

  it('an adjustment needs a justification, changes the predikat and is audited', async () => {
    const before = await draft();
    const input = {
      calibrationId: id,
      appraisalId: draftId,
      version: before.version,
      ratingHasil: 'di_atas' as const,
      ratingPerilaku: 'di_atas' as const,
    };
    await expect(
      adjustPredikat(t.db, v.kadisdik!, { ...input, justification: 'terlalu singkat' }),
    ).rejects.toThrow('calibration.validation.justificationRequired');
    await expect(
      adjustPredikat(t.db, v.kadisdik!, { ...input, version: before.version - 1, justification }),
    ).rejects.toThrow('errors.conflict');
    expect(await draft()).toEqual(before);
    expect(await adjustments()).toEqual([]);

    await adjustPredikat(t.db, v.kadisdik!, { ...input, justification });
    expect(await draft()).toMatchObject({
      rating_hasil: 'di_atas',
      rating_perilaku: 'di_atas',
      predikat: 'sangat_baik',
      status: 'draft',
    });
    const audit = await t.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'calibration.adjust')
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actor_id: v.kadisdik!.employeeId, entity_id: String(draftId) });
    expect(audit[0]?.after).toMatchObject({ predikat: 'sangat_baik', justification });
  });

  it('results cannot go out while the calibration is open, nor with other ratings than calibrated', async () => {
    const a = await draft();
    const form = (over: Record<string, string>) =>
      appraisalFormSchema.parse({
        appraisalId: String(draftId),
        version: String(a.version),
        intent: 'deliver',
        ...over,
      });
    await expect(
      saveAppraisal(t.db, v.kabid!, form({ ratingHasil: 'di_atas', ratingPerilaku: 'di_atas' }), ON),
    ).rejects.toThrow('calibration.errors.openCalibration');
    await expect(
      saveAppraisal(t.db, v.kabid!, form({ ratingHasil: 'sesuai', ratingPerilaku: 'sesuai' }), ON),
    ).rejects.toThrow('calibration.errors.calibratedRatings');
    expect(await draft()).toEqual(a);

    await expect(closeCalibration(t.db, v.staffB!, { calibrationId: id, version: 1 })).rejects.toThrow(
      'errors.notFound',
    );
    await closeCalibration(t.db, v.kadisdik!, { calibrationId: id, version: 1 });
    await expect(
      adjustPredikat(t.db, v.kadisdik!, {
        calibrationId: id,
        appraisalId: draftId,
        version: a.version,
        ratingHasil: 'sesuai',
        ratingPerilaku: 'sesuai',
        justification,
      }),
    ).rejects.toThrow('calibration.errors.closed');
    await saveAppraisal(t.db, v.kabid!, form({ ratingHasil: 'di_atas', ratingPerilaku: 'di_atas' }), ON);
    expect((await draft()).status).toBe('delivered');
  });

  it('the employee reads the calibration step in "why this predikat"', async () => {
    const doc = await getAppraisal(t.db, v.staffB!, draftId, ON);
    expect(doc?.predikat).toBe('sangat_baik');
    expect(doc?.calibration).toEqual([
      expect.objectContaining({
        by: v.kadisdik!.name,
        from: { hasil: 'sesuai', perilaku: 'sesuai', predikat: 'baik' },
        to: { hasil: 'di_atas', perilaku: 'di_atas', predikat: 'sangat_baik' },
        justification,
      }),
    ]);
  });
});

describe('calibration: rater signals beside the proposed predikat', () => {
  it('shows leadership the seeded lenient rater’s flag over the year, and a ratee nothing', async () => {
    const span = await resolveSpan(t.db, v.sekda!.agencyId, { year: '2026' }, ON);
    const rows = await raterInsights(t.db, v.sekda!, span!.span, ON);
    const lenient = rows?.find((r) => r.signals.some((s) => s.kind === 'lenient' && s.flagged))?.id;
    expect(lenient).toBeDefined();
    const { byRater: shown } = await calibrationRaterSignals(
      t.db,
      v.sekda!,
      [lenient!, v.kabid!.employeeId],
      2026,
      ON,
    );
    expect(shown.get(lenient!)?.map((s) => s.kind)).toContain('lenient');
    expect(shown.get(lenient!)?.every((s) => s.flagged)).toBe(true);
    const ratee = (await subordinatesOf(t.db, lenient!, ON))[0] as number;
    const nip = await t.db
      .selectFrom('employees')
      .select('nip')
      .where('id', '=', ratee)
      .executeTakeFirstOrThrow();
    const { byRater: asRatee } = await calibrationRaterSignals(
      t.db,
      await viewerFor(t.db, nip.nip),
      [lenient!],
      2026,
      ON,
    );
    expect(asRatee.size).toBe(0);
  });
});
