import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NIP, viewerFor } from '@/db/test-fixtures';
import { createTestDatabase, type TestDatabase } from '@/db/testing';
import { anchorOf, appraisalRhks } from '@/lib/appraisal/anchor';
import type { Viewer } from '@/lib/auth/viewer';
import { loadPeriod } from '@/lib/calendar/periods';
import type { PeriodRef } from '@/lib/calendar/types';
import { rebuildReportRollups } from '@/lib/reports/rollups';
import { getSkpDocument } from '@/lib/skp/queries';
import { reviewEntry, saveEntry } from './mutations';
import { pendingEntries, skpRealisation } from './queries';
import type { EntryFormValues } from './schema';

const ON = '2026-11-28';
const NARRATIVE =
  'Pembinaan sekolah berjalan sesuai rencana; semua sekolah binaan menerima umpan balik tertulis.';
let t: TestDatabase;
const v: Record<string, Viewer> = {};
let acting: Viewer;
let q4: PeriodRef;
const mine: Record<string, { skpId: number; narrative: number }> = {};

/** A fresh approved SKP whose one Utama indicator is a narrative judged by the pejabat penilai. */
async function qualitativeSkp(employeeId: number, approver: number) {
  await t.db.deleteFrom('appraisals').where('employee_id', '=', employeeId).execute();
  await t.db.deleteFrom('daily_reports').where('employee_id', '=', employeeId).execute();
  await t.db.deleteFrom('realisation_entries').where('employee_id', '=', employeeId).execute();
  await t.db.deleteFrom('skps').where('employee_id', '=', employeeId).where('year', '=', 2026).execute();
  const skp = await t.db
    .insertInto('skps')
    .values({
      employee_id: employeeId,
      year: 2026,
      approach: 'kualitatif',
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
  const ind = await t.db
    .insertInto('skp_indicators')
    .values({
      rhk_id: rhk.id,
      position: 0,
      aspek: 'kualitas',
      measure: 'qualitative',
      text: 'Mutu pembinaan sekolah menurut pengamatan atasan',
      target_value: '1',
      target_unit: 'Laporan',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { skpId: skp.id, narrative: ind.id };
}

const narrative = (who: string, over: Partial<EntryFormValues> = {}): EntryFormValues => ({
  indicatorId: mine[who]!.narrative,
  periodId: q4.id,
  entryId: undefined,
  version: undefined,
  kind: 'narrative',
  value: '',
  evidenceLink: '',
  note: NARRATIVE,
  ...over,
});

const entryOf = (employeeId: number) =>
  t.db.selectFrom('realisation_entries').selectAll().where('employee_id', '=', employeeId).executeTakeFirst();
const actions = (entryId: number) =>
  t.db
    .selectFrom('audit_log')
    .select(['action', 'after'])
    .where('entity', '=', 'realisation_entry')
    .where('entity_id', '=', String(entryId))
    .orderBy('id')
    .execute();
const rolledPct = async (skpId: number) => {
  const row = await t.db
    .selectFrom('employee_realisation')
    .select('pct')
    .where('skp_id', '=', skpId)
    .executeTakeFirst();
  return row ? Number(row.pct) : null;
};

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
  const row = await t.db
    .selectFrom('periods')
    .select('id')
    .where('agency_id', '=', v.staffA!.agencyId)
    .where('year', '=', 2026)
    .where('kind', '=', 'quarterly')
    .where('seq', '=', 4)
    .executeTakeFirstOrThrow();
  q4 = (await loadPeriod(t.db, v.staffA!.agencyId, row.id))!;
  mine.staffA = await qualitativeSkp(v.staffA!.employeeId, v.kabid!.employeeId);
  mine.acting = await qualitativeSkp(acting.employeeId, v.kabid!.employeeId);
  // The SKPs above were written straight into the tables: bring the dashboards' rollup up to date once.
  await rebuildReportRollups(t.ownerDb);
});
afterAll(() => t?.drop());

describe('a qualitative indicator: a narrative judged by the pejabat penilai', () => {
  it('only the owner enters a narrative (no value); a peer gets not found and nothing is stored', async () => {
    await expect(saveEntry(t.db, v.staffB!, narrative('staffA'), [], ON)).rejects.toMatchObject({
      messageKey: 'errors.notFound',
    });
    // A value form (say, from before the SKP changed) does not fit a narrative indicator.
    await expect(
      saveEntry(t.db, v.staffA!, narrative('staffA', { kind: 'value', value: '90', note: '' }), [], ON),
    ).rejects.toMatchObject({ messageKey: 'realisation.errors.measureChanged' });
    expect(await entryOf(v.staffA!.employeeId)).toBeUndefined();

    const { entryId } = await saveEntry(t.db, v.staffA!, narrative('staffA'), [], ON);
    expect(await entryOf(v.staffA!.employeeId)).toMatchObject({
      id: entryId,
      status: 'pending',
      value: null,
      judgement: null,
      note: NARRATIVE,
    });
    expect((await actions(entryId)).map((a) => a.action)).toEqual(['realisation.create']);
    const queued = await pendingEntries(t.db, v.kabid!, ON);
    expect(queued.find((e) => e.id === entryId)).toMatchObject({ measure: 'qualitative', note: NARRATIVE });
  });

  it('a peer cannot judge it; the pejabat penilai must choose a judgement, which gives the Capaian', async () => {
    const before = await entryOf(v.staffA!.employeeId);
    const entryId = before!.id;
    const pctBefore = await rolledPct(mine.staffA!.skpId);
    await expect(
      reviewEntry(t.db, v.staffB!, { entryId, version: 1, decision: 'validate', judgement: 'exceeds' }, ON),
    ).rejects.toMatchObject({ messageKey: 'errors.notFound' });
    await expect(
      reviewEntry(t.db, v.kabid!, { entryId, version: 1, decision: 'validate' }, ON),
    ).rejects.toMatchObject({ messageKey: 'realisation.errors.judgementRequired' });
    expect(await entryOf(v.staffA!.employeeId)).toEqual(before);
    expect(pctBefore).toBeNull(); // nothing validated: the indicator is left out, not 0 %

    await reviewEntry(
      t.db,
      v.kabid!,
      { entryId, version: 1, decision: 'validate', judgement: 'exceeds' },
      ON,
    );
    expect(await entryOf(v.staffA!.employeeId)).toMatchObject({
      status: 'validated',
      judgement: 'exceeds',
      value: '120.00',
    });
    const audit = await actions(entryId);
    expect(audit.map((a) => a.action)).toEqual(['realisation.create', 'realisation.validate']);
    expect(audit[1]!.after).toMatchObject({ status: 'validated', judgement: 'exceeds' });

    const doc = (await getSkpDocument(t.db, v.staffA!, mine.staffA!.skpId, ON))!;
    const [item] = await skpRealisation(t.db, v.staffA!, doc, ON);
    expect(item).toMatchObject({ measure: 'qualitative', realisation: 120, achievementPct: 120 });
    expect(item!.slots.find((s) => s.period.id === q4.id)!.entry).toMatchObject({ judgement: 'exceeds' });
    const anchor = anchorOf(await appraisalRhks(t.db, mine.staffA!.skpId, q4, [], true), q4);
    expect(anchor).toMatchObject({ rating: 'di_atas', meanPct: 120, missing: [] });
    // The dashboards count it (capped at 100 % there), in the same transaction.
    expect(await rolledPct(mine.staffA!.skpId)).toBe(100);
  });

  it('the acting (Plt) supervisor judges; the definitive one may not; returning needs no judgement', async () => {
    const { entryId } = await saveEntry(t.db, acting, narrative('acting'), [], ON);
    await expect(
      reviewEntry(t.db, v.kadisdik!, { entryId, version: 1, decision: 'validate', judgement: 'meets' }, ON),
    ).rejects.toMatchObject({ messageKey: 'errors.notFound' });
    await reviewEntry(
      t.db,
      v.kabid!,
      {
        entryId,
        version: 1,
        decision: 'return',
        comment: 'Sebutkan sekolah yang dibina.',
        judgement: 'meets',
      },
      ON,
    );
    expect(await entryOf(acting.employeeId)).toMatchObject({
      status: 'returned',
      judgement: null,
      value: null,
    });
    await saveEntry(t.db, acting, narrative('acting', { entryId, version: 2 }), [], ON);
    await reviewEntry(t.db, v.kabid!, { entryId, version: 3, decision: 'validate', judgement: 'below' }, ON);
    expect(await entryOf(acting.employeeId)).toMatchObject({
      status: 'validated',
      judgement: 'below',
      value: '70.00',
    });
    const anchor = anchorOf(await appraisalRhks(t.db, mine.acting!.skpId, q4, [], true), q4);
    expect(anchor).toMatchObject({ rating: 'di_bawah', meanPct: 70 });
    expect(await rolledPct(mine.acting!.skpId)).toBe(70);
  });
});
