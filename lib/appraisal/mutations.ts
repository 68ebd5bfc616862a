import 'server-only';
import { createHash } from 'node:crypto';
import { sql, type Transaction } from 'kysely';
import type { Database } from '@/db';
import type { DB } from '@/db/types';
import { audit } from '@/lib/audit';
import { pejabatPenilaiOf, supervises } from '@/lib/auth/supervision';
import type { Viewer } from '@/lib/auth/viewer';
import { holidaySet } from '@/lib/calendar/holidays';
import { loadPeriod } from '@/lib/calendar/periods';
import { latestCalibration, openCalibrationCovering } from '@/lib/calibration/queries';
import { config } from '@/lib/config';
import {
  type AppraisalStatus,
  type AppraisalStep,
  canObjectOn,
  canStep,
  hasilFromOrgResult,
  predikatFor,
} from '@/lib/domain/appraisal';
import type { Rating } from '@/lib/domain/ratings';
import { ActionError } from '@/lib/errors';
import { readEvidence } from '@/lib/evidence';
import { type NotificationKind, notify } from '@/lib/notifications/notify';
import { anchorOf, appraisalRhks, orgResultForHead } from './anchor';
import { isAppraiser } from './appraiser';
import type { AppraisalFormValues } from './schema';

type Tx = Transaction<DB>;
type AppraisalRow = Awaited<ReturnType<typeof lock>>;
const link = (id: number) => `/appraisals/${id}`;

async function lock(trx: Tx, viewer: Viewer, appraisalId: number) {
  const a = await trx
    .selectFrom('appraisals as a')
    .innerJoin('employees as e', 'e.id', 'a.employee_id')
    .innerJoin('periods as p', 'p.id', 'a.period_id')
    .selectAll('a')
    .select(['p.status as period_status', 'p.year'])
    .where('a.id', '=', appraisalId)
    .where('e.agency_id', '=', viewer.agencyId)
    .forUpdate('a')
    .executeTakeFirst();
  if (!a) throw new ActionError('errors.notFound');
  return a;
}

function assertStep(a: AppraisalRow, step: AppraisalStep, version: number) {
  if (!canStep(a.status as AppraisalStatus, step))
    throw new ActionError('appraisal.errors.illegalTransition');
  if (a.period_status !== 'open') throw new ActionError('appraisal.errors.periodClosed');
  if (a.version !== version) throw new ActionError('errors.conflict');
}

/** Locks an appraisal for its appraiser (./appraiser.ts: the pejabat penilai unless a conflict routed it);
 * else "not found". */
async function lockAsAppraiser(trx: Tx, viewer: Viewer, appraisalId: number, on: string) {
  const a = await lock(trx, viewer, appraisalId);
  if (!(await isAppraiser(trx, viewer.employeeId, a.employee_id, a.period_id, on)))
    throw new ActionError('errors.notFound');
  return a;
}

async function step(
  trx: Tx,
  viewer: Viewer,
  a: AppraisalRow,
  set: Record<string, unknown>,
  action: string,
  after: Record<string, unknown>,
  notice: { to: readonly (number | null)[]; kind: NotificationKind },
) {
  await trx
    .updateTable('appraisals')
    .set({ ...set, version: sql`version + 1`, updated_at: sql`now()` })
    .where('id', '=', a.id)
    .execute();
  await audit(trx, {
    actorId: viewer.employeeId,
    action,
    entity: 'appraisal',
    entityId: a.id,
    before: {
      status: a.status,
      ratingHasil: a.rating_hasil,
      ratingPerilaku: a.rating_perilaku,
      predikat: a.predikat,
    },
    after,
  });
  await notify(trx, notice.to, notice.kind, link(a.id), { name: viewer.name, year: a.year });
}

/** Opens (or returns) the draft appraisal of a current subordinate for a period, on their approved SKP. */
export async function startAppraisal(
  db: Database,
  viewer: Viewer,
  employeeId: number,
  periodId: number,
  on: string,
): Promise<number> {
  return db.transaction().execute(async (trx) => {
    if (!(await isAppraiser(trx, viewer.employeeId, employeeId, periodId, on)))
      throw new ActionError('errors.notFound');
    const period = await loadPeriod(trx, viewer.agencyId, periodId);
    if (!period) throw new ActionError('errors.notFound');
    const existing = await trx
      .selectFrom('appraisals')
      .select('id')
      .where('employee_id', '=', employeeId)
      .where('period_id', '=', periodId)
      .executeTakeFirst();
    if (existing) return existing.id;
    if (!period.open) throw new ActionError('appraisal.errors.periodClosed');
    const skp = await trx
      .selectFrom('skps')
      .select('id')
      .where('employee_id', '=', employeeId)
      .where('year', '=', period.year)
      .where('status', '=', 'approved')
      .executeTakeFirst();
    if (!skp) throw new ActionError('appraisal.errors.noApprovedSkp');
    const inserted = await trx
      .insertInto('appraisals')
      .values({
        employee_id: employeeId,
        period_id: periodId,
        skp_id: skp.id,
        evaluator_id: viewer.employeeId,
      })
      .onConflict((oc) => oc.columns(['employee_id', 'period_id']).doNothing())
      .returning('id')
      .executeTakeFirst();
    if (!inserted) {
      // A double click raced this one: both land on the same draft.
      const row = await trx
        .selectFrom('appraisals')
        .select('id')
        .where('employee_id', '=', employeeId)
        .where('period_id', '=', periodId)
        .executeTakeFirstOrThrow();
      return row.id;
    }
    const rhks = await appraisalRhks(trx, skp.id, period, [], true);
    const items = rhks.flatMap((r) =>
      r.items.map((i) => ({
        appraisal_id: inserted.id,
        indicator_id: i.indicatorId,
        realisation_computed: i.computed === null ? null : String(i.computed),
      })),
    );
    if (items.length > 0) await trx.insertInto('appraisal_items').values(items).execute();
    await audit(trx, {
      actorId: viewer.employeeId,
      action: 'appraisal.start',
      entity: 'appraisal',
      entityId: inserted.id,
      after: { employeeId, periodId, skpId: skp.id },
    });
    return inserted.id;
  });
}

const sameAmount = (x: string | null, y: string | null) =>
  x === null || y === null ? x === y : Number(x) === Number(y);
const num = (v: string | undefined) => (v ? v.replace(',', '.') : null);

/**
 * Saves the appraiser's draft, or saves and delivers it (Dinilai). Realisation is recomputed from approved
 * reports and frozen at delivery; a rating away from the evidence anchor needs a written justification;
 * a unit head's Rating Hasil Kerja must follow the unit's organisational result when one is set.
 */
export async function saveAppraisal(db: Database, viewer: Viewer, input: AppraisalFormValues, on: string) {
  return db.transaction().execute(async (trx) => {
    const a = await lockAsAppraiser(trx, viewer, input.appraisalId, on);
    assertStep(a, 'edit', input.version);
    const period = await loadPeriod(trx, viewer.agencyId, a.period_id);
    if (!period) throw new ActionError('errors.notFound');
    const before = await trx
      .selectFrom('appraisal_items')
      .selectAll()
      .where('appraisal_id', '=', a.id)
      .execute();
    const overrides = new Map(
      (input.items ?? []).map((i) => [
        Number(i.indicatorId),
        {
          override: num(i.override),
          reason: i.override ? (i.reason ?? null) : null,
          feedback: i.feedback || null,
        },
      ]),
    );
    const current = await appraisalRhks(trx, a.skp_id, period, before, true);
    const rows = current.flatMap((r) =>
      r.items.map((i) => {
        const o = overrides.get(i.indicatorId);
        return {
          appraisal_id: a.id,
          indicator_id: i.indicatorId,
          realisation_computed: i.computed === null ? null : String(i.computed),
          realisation_override: o ? o.override : i.override === null ? null : String(i.override),
          override_reason: o ? o.reason : i.overrideReason,
          feedback: o ? o.feedback : i.feedback,
        };
      }),
    );
    const rhks = await appraisalRhks(trx, a.skp_id, period, rows, false);
    const orgResult = await orgResultForHead(trx, a.employee_id, a.period_id);
    const anchor = anchorOf(rhks, period);
    const suggested: Rating | null = orgResult ? hasilFromOrgResult(orgResult) : (anchor?.rating ?? null);
    const hasil = (input.ratingHasil || null) as Rating | null;
    const perilaku = (input.ratingPerilaku || null) as Rating | null;
    const justification = input.justification?.trim() || null;
    if (orgResult && hasil && hasil !== suggested)
      throw new ActionError('appraisal.errors.followsOrgResult', 'ratingHasil');
    // Calibration fixed these ratings with its own justification; the appraiser delivers them as they are.
    const calibrated = await latestCalibration(trx, a.id);
    if (calibrated && (hasil !== calibrated.hasil || perilaku !== calibrated.perilaku))
      throw new ActionError('calibration.errors.calibratedRatings', 'ratingHasil');
    if (!calibrated && hasil && suggested && hasil !== suggested && (justification ?? '').length < 20)
      throw new ActionError('appraisal.validation.justificationRequired', 'justification');
    if (input.intent === 'deliver' && (await openCalibrationCovering(trx, a.employee_id, a.period_id)))
      throw new ActionError('calibration.errors.openCalibration');

    await trx.deleteFrom('appraisal_items').where('appraisal_id', '=', a.id).execute();
    if (rows.length > 0) await trx.insertInto('appraisal_items').values(rows).execute();
    await trx.deleteFrom('appraisal_behaviours').where('appraisal_id', '=', a.id).execute();
    const behaviours = Object.entries(input.behaviours ?? {}).filter(([, t]) => t && t.trim() !== '');
    if (behaviours.length > 0)
      await trx
        .insertInto('appraisal_behaviours')
        .values(
          behaviours.map(([value, t]) => ({
            appraisal_id: a.id,
            value_code: value,
            feedback: String(t).trim(),
          })),
        )
        .execute();

    const deliver = input.intent === 'deliver';
    const predikat = hasil && perilaku ? predikatFor(hasil, perilaku) : null;
    const basis = orgResult ? { rule: 'org_result', orgResult } : anchor;
    const set = {
      rating_hasil: hasil,
      rating_perilaku: perilaku,
      predikat,
      suggested_hasil: suggested,
      suggestion_basis: basis ? JSON.stringify(basis) : null,
      justification,
      evaluator_id: viewer.employeeId,
      ...(deliver ? { status: 'delivered', delivered_on: on } : {}),
    };
    const changedOverrides = rows.filter(
      (r) =>
        !sameAmount(
          before.find((x) => x.indicator_id === r.indicator_id)?.realisation_override ?? null,
          r.realisation_override,
        ),
    );
    await trx
      .updateTable('appraisals')
      .set({ ...set, version: sql`version + 1`, updated_at: sql`now()` })
      .where('id', '=', a.id)
      .execute();
    await audit(trx, {
      actorId: viewer.employeeId,
      action: deliver ? 'appraisal.deliver' : 'appraisal.save',
      entity: 'appraisal',
      entityId: a.id,
      before: {
        status: a.status,
        ratingHasil: a.rating_hasil,
        ratingPerilaku: a.rating_perilaku,
        overrides: changedOverrides.map((r) => ({
          indicatorId: r.indicator_id,
          value: before.find((x) => x.indicator_id === r.indicator_id)?.realisation_override ?? null,
        })),
      },
      after: {
        status: deliver ? 'delivered' : a.status,
        ratingHasil: hasil,
        ratingPerilaku: perilaku,
        predikat,
        suggested,
        overrides: changedOverrides.map((r) => ({
          indicatorId: r.indicator_id,
          value: r.realisation_override,
          reason: r.override_reason,
        })),
      },
    });
    if (deliver)
      await notify(trx, [a.employee_id], 'appraisal.delivered', link(a.id), {
        name: viewer.name,
        year: a.year,
      });
  });
}

/** Locks the viewer's own delivered appraisal; anyone else (and a draft) is "not found". */
async function lockOwn(trx: Tx, viewer: Viewer, appraisalId: number) {
  const a = await lock(trx, viewer, appraisalId);
  if (a.employee_id !== viewer.employeeId || a.status === 'draft') throw new ActionError('errors.notFound');
  return a;
}

/** Diterima: the employee acknowledges the result. */
export async function acceptAppraisal(
  db: Database,
  viewer: Viewer,
  appraisalId: number,
  version: number,
  on: string,
) {
  return db.transaction().execute(async (trx) => {
    const a = await lockOwn(trx, viewer, appraisalId);
    assertStep(a, 'accept', version);
    await step(
      trx,
      viewer,
      a,
      { status: 'accepted', accepted_on: on },
      'appraisal.accept',
      { status: 'accepted' },
      {
        to: [a.evaluator_id],
        kind: 'appraisal.accepted',
      },
    );
  });
}

/** Keberatan: written reasons (and optional files) within the window after delivery; goes to the atasan. */
export async function objectAppraisal(
  db: Database,
  viewer: Viewer,
  input: { appraisalId: number; version: number; reasons: string },
  uploads: readonly File[],
  on: string,
) {
  return db.transaction().execute(async (trx) => {
    const a = await lockOwn(trx, viewer, input.appraisalId);
    assertStep(a, 'object', input.version);
    const delivered = a.delivered_on ?? on;
    const holidays =
      config.objectionWindowKind === 'working'
        ? await holidaySet(trx, viewer.agencyId, delivered, on)
        : new Set<string>();
    if (!canObjectOn(delivered, on, config.objectionWindowDays, config.objectionWindowKind, holidays))
      throw new ActionError('appraisal.errors.objectionWindowClosed');
    const files = await readEvidence(uploads);
    const { id } = await trx
      .insertInto('objections')
      .values({
        appraisal_id: a.id,
        reasons: input.reasons,
        filed_on: on,
        original_hasil: a.rating_hasil ?? 'sesuai',
        original_perilaku: a.rating_perilaku ?? 'sesuai',
        original_predikat: a.predikat ?? 'baik',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    if (files.length > 0)
      await trx
        .insertInto('objection_files')
        .values(
          files.map((f) => ({
            objection_id: id,
            file_name: f.name,
            mime: f.mime,
            size_bytes: f.bytes.length,
            sha256: createHash('sha256').update(f.bytes).digest('hex'),
            content: f.bytes,
          })),
        )
        .execute();
    await step(
      trx,
      viewer,
      a,
      { status: 'objected' },
      'appraisal.object',
      { status: 'objected', files: files.length },
      {
        to: [await pejabatPenilaiOf(trx, a.evaluator_id, on), a.evaluator_id],
        kind: 'appraisal.objected',
      },
    );
  });
}

/**
 * The atasan pejabat penilai decides an objection: uphold, or change the ratings (the predikat follows the
 * matrix). Final. The appraiser can never decide on their own rating.
 */
export async function decideObjection(
  db: Database,
  viewer: Viewer,
  input: {
    appraisalId: number;
    version: number;
    decision: 'uphold' | 'change';
    ratingHasil?: Rating;
    ratingPerilaku?: Rating;
    reasons: string;
  },
  on: string,
) {
  return db.transaction().execute(async (trx) => {
    const a = await lock(trx, viewer, input.appraisalId);
    if (
      a.evaluator_id === viewer.employeeId ||
      a.employee_id === viewer.employeeId ||
      !(await supervises(trx, viewer.employeeId, a.evaluator_id, on))
    )
      throw new ActionError('errors.notFound');
    assertStep(a, 'decide', input.version);
    const change = input.decision === 'change';
    if (change && (!input.ratingHasil || !input.ratingPerilaku))
      throw new ActionError('appraisal.validation.ratingRequired', 'ratingHasil');
    const hasil = change ? (input.ratingHasil as Rating) : (a.rating_hasil as Rating);
    const perilaku = change ? (input.ratingPerilaku as Rating) : (a.rating_perilaku as Rating);
    const predikat = predikatFor(hasil, perilaku);
    await trx
      .updateTable('objections')
      .set({
        decided_by: viewer.employeeId,
        decision: input.decision,
        new_hasil: change ? hasil : null,
        new_perilaku: change ? perilaku : null,
        decision_reasons: input.reasons,
        decided_on: on,
      })
      .where('appraisal_id', '=', a.id)
      .execute();
    await step(
      trx,
      viewer,
      a,
      { status: 'final', finalised_on: on, rating_hasil: hasil, rating_perilaku: perilaku, predikat },
      'appraisal.decide',
      { status: 'final', decision: input.decision, ratingHasil: hasil, ratingPerilaku: perilaku, predikat },
      { to: [a.employee_id, a.evaluator_id], kind: 'appraisal.decided' },
    );
  });
}
