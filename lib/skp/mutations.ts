import 'server-only';
import { sql, type Transaction } from 'kysely';
import type { Database } from '@/db';
import type { DB } from '@/db/types';
import { audit } from '@/lib/audit';
import { pejabatPenilaiOf, supervises } from '@/lib/auth/supervision';
import type { Viewer } from '@/lib/auth/viewer';
import { isYearOpen } from '@/lib/calendar/periods';
import { BERAKHLAK, isBerakhlakValue } from '@/lib/domain/berakhlak';
import { isJpt, type JabatanKind } from '@/lib/domain/pangkat';
import {
  type Approach,
  canTransition,
  isLateApproval,
  type SkpStatus,
  type SkpTransition,
} from '@/lib/domain/skp';
import { ActionError } from '@/lib/errors';
import { type NotificationKind, notify } from '@/lib/notifications/notify';
import { lockEmployeeRollups, refreshRealisation } from '@/lib/reports/rollups';
import { cascadeSupervisorOf, loadRhks, unitGoalsForEmployee } from './queries';
import type { SkpFormValues } from './schema';
import { restoreRhks, syncRhks } from './sync';
import type { SkpSnapshot } from './types';

type Tx = Transaction<DB>;
const link = (skpId: number) => `/skp/${skpId}`;

/** Locks the SKP row; anyone but the owner gets "not found". */
async function lockOwn(trx: Tx, viewer: Viewer, skpId: number) {
  const skp = await trx
    .selectFrom('skps')
    .selectAll()
    .where('id', '=', skpId)
    .where('employee_id', '=', viewer.employeeId)
    .forUpdate()
    .executeTakeFirst();
  if (!skp) throw new ActionError('errors.notFound');
  return skp;
}

function assertTransition(status: string, transition: SkpTransition, version: number, expected?: number) {
  if (!canTransition(status as SkpStatus, transition)) throw new ActionError('skp.errors.illegalTransition');
  if (expected !== undefined && version !== expected) throw new ActionError('errors.conflict');
}

async function assertOpen(trx: Tx, viewer: Viewer, year: number) {
  if (!(await isYearOpen(trx, viewer.agencyId, year))) throw new ActionError('skp.errors.periodClosed');
}

type SkpRow = { id: number; status: string; year: number; revision: number };

/**
 * Every workflow step goes through here: the new state, the audit row and the notice to the other party
 * are written in the caller's transaction, so none can exist without the others.
 */
async function recordTransition(
  trx: Tx,
  viewer: Viewer,
  skp: SkpRow,
  step: {
    set: Record<string, unknown>;
    action: string;
    after: Record<string, unknown>;
    notify: { to: readonly (number | null)[]; kind: NotificationKind };
  },
) {
  await trx
    .updateTable('skps')
    .set({ ...step.set, version: sql`version + 1`, updated_at: sql`now()` })
    .where('id', '=', skp.id)
    .execute();
  await audit(trx, {
    actorId: viewer.employeeId,
    action: step.action,
    entity: 'skp',
    entityId: skp.id,
    before: { status: skp.status, revision: skp.revision },
    after: step.after,
  });
  await notify(trx, step.notify.to, step.notify.kind, link(skp.id), { name: viewer.name, year: skp.year });
}

/** Locks an SKP for its owner's current pejabat penilai (or Plt/Plh); anyone else gets "not found". */
async function lockAsSupervisor(trx: Tx, viewer: Viewer, skpId: number, on: string) {
  const skp = await trx.selectFrom('skps').selectAll().where('id', '=', skpId).forUpdate().executeTakeFirst();
  if (
    !skp ||
    skp.employee_id === viewer.employeeId ||
    !(await supervises(trx, viewer.employeeId, skp.employee_id, on))
  ) {
    throw new ActionError('errors.notFound');
  }
  return skp;
}

export async function createSkp(
  db: Database,
  viewer: Viewer,
  approach: Approach,
  on: string,
): Promise<number> {
  const year = Number(on.slice(0, 4));
  return db.transaction().execute(async (trx) => {
    await assertOpen(trx, viewer, year);
    const existing = await trx
      .selectFrom('skps')
      .select('id')
      .where('employee_id', '=', viewer.employeeId)
      .where('year', '=', year)
      .executeTakeFirst();
    if (existing) return existing.id;
    const { id } = await trx
      .insertInto('skps')
      .values({ employee_id: viewer.employeeId, year, approach })
      .returning('id')
      .executeTakeFirstOrThrow();
    await audit(trx, {
      actorId: viewer.employeeId,
      action: 'skp.create',
      entity: 'skp',
      entityId: id,
      after: { year, approach },
    });
    return id;
  });
}

/** Saves the editor's content (Draft/Dikembalikan only), checking the version the form was loaded with. */
export async function saveSkp(
  db: Database,
  viewer: Viewer,
  input: SkpFormValues,
  on: string,
): Promise<number> {
  return db.transaction().execute(async (trx) => {
    // The realisation rollup is rewritten below: its lock comes before the SKP row's, as in report filing.
    await lockEmployeeRollups(trx, [viewer.employeeId]);
    const skp = await lockOwn(trx, viewer, input.skpId);
    assertTransition(skp.status, 'edit', skp.version, input.version);
    await assertOpen(trx, viewer, skp.year);
    const before = await loadRhks(trx, skp.id);
    await syncRhks(trx, skp.id, input.rhks, await allowedLinks(trx, viewer, skp.year, on)).catch((error) => {
      // An indicator that daily reports count towards cannot be removed from the SKP.
      if ((error as { code?: string }).code === '23503')
        throw new ActionError('skp.errors.indicatorHasReports');
      throw error;
    });
    await refreshRealisation(trx, [skp.id]);
    const { version } = await trx
      .updateTable('skps')
      .set({ approach: input.approach, version: sql`version + 1`, updated_at: sql`now()` })
      .where('id', '=', skp.id)
      .returning('version')
      .executeTakeFirstOrThrow();
    await audit(trx, {
      actorId: viewer.employeeId,
      action: 'skp.save',
      entity: 'skp',
      entityId: skp.id,
      before: { approach: skp.approach, rhks: before.length },
      after: { approach: input.approach, rhks: input.rhks.length },
    });
    return version;
  });
}

/** What RHK may point at: the supervisor's approved RHK (non-JPT) or the own OPD's goals (JPT). */
async function allowedLinks(trx: Tx, viewer: Viewer, year: number, on: string) {
  const supervisorId = await cascadeSupervisorOf(trx, viewer.employeeId, on);
  const parents = supervisorId
    ? await trx
        .selectFrom('skp_rhks as r')
        .innerJoin('skps as s', 's.id', 'r.skp_id')
        .select('r.id')
        .where('s.employee_id', '=', supervisorId)
        .where('s.year', '=', year)
        .where('s.status', '=', 'approved')
        .execute()
    : [];
  const goals = await unitGoalsForEmployee(trx, viewer.employeeId, year);
  return {
    supervisorId,
    parentIds: new Set(parents.map((p) => p.id)),
    goalIds: new Set(goals.map((g) => g.id)),
  };
}

/** Diajukan: refused with reasons (and the draft kept) while the cascade is incomplete. */
export async function submitSkp(db: Database, viewer: Viewer, skpId: number, version: number, on: string) {
  return db.transaction().execute(async (trx) => {
    const skp = await lockOwn(trx, viewer, skpId);
    assertTransition(skp.status, 'submit', skp.version, version);
    await assertOpen(trx, viewer, skp.year);
    const position = await trx
      .selectFrom('employees as e')
      .innerJoin('positions as p', 'p.id', 'e.position_id')
      .select('p.kind')
      .where('e.id', '=', viewer.employeeId)
      .executeTakeFirstOrThrow();
    const links = await allowedLinks(trx, viewer, skp.year, on);
    await checkCascade(await loadRhks(trx, skp.id), isJpt(position.kind as JabatanKind), links);
    await recordTransition(trx, viewer, skp, {
      set: { status: 'submitted', submitted_at: sql`now()` },
      action: 'skp.submit',
      after: { status: 'submitted' },
      notify: { to: [await pejabatPenilaiOf(trx, viewer.employeeId, on)], kind: 'skp.submitted' },
    });
  });
}

async function checkCascade(
  rhks: Awaited<ReturnType<typeof loadRhks>>,
  jpt: boolean,
  links: Awaited<ReturnType<typeof allowedLinks>>,
) {
  if (!rhks.some((r) => r.kind === 'utama')) throw new ActionError('skp.validation.utamaRequired');
  if (rhks.some((r) => r.indicators.length === 0)) throw new ActionError('skp.validation.indicatorRequired');
  if (!jpt) {
    if (!links.supervisorId) throw new ActionError('skp.errors.noSupervisor');
    if (links.parentIds.size === 0) throw new ActionError('skp.errors.supervisorNotApproved');
  }
  const errors: Record<string, string> = {};
  rhks.forEach((r, i) => {
    if (r.kind !== 'utama') return;
    if (!jpt && !(r.parent && links.parentIds.has(r.parent.id)))
      errors[`rhks.${i}.parentRhkId`] = 'skp.validation.intervensiRequired';
    if (jpt && !(r.unitGoal && links.goalIds.has(r.unitGoal.id)))
      errors[`rhks.${i}.unitGoalId`] = 'skp.validation.unitGoalRequired';
  });
  if (Object.keys(errors).length > 0) throw ActionError.fields('skp.validation.cascadeIncomplete', errors);
}

/** Disetujui or Dikembalikan, by the current pejabat penilai (or Plt/Plh) only. */
export async function decideSkp(
  db: Database,
  viewer: Viewer,
  input: { skpId: number; version: number; decision: 'approve' | 'return'; comment?: string },
  on: string,
) {
  return db.transaction().execute(async (trx) => {
    const skp = await lockAsSupervisor(trx, viewer, input.skpId, on);
    assertTransition(skp.status, input.decision, skp.version, input.version);
    await assertOpen(trx, viewer, skp.year);
    const approve = input.decision === 'approve';
    const late = approve && isLateApproval(skp.year, on);
    const status = approve ? 'approved' : 'returned';
    await recordTransition(trx, viewer, skp, {
      set: {
        status,
        decided_at: sql`now()`,
        decided_by: viewer.employeeId,
        return_comment: approve ? null : (input.comment ?? null),
        approved_late: late,
      },
      action: approve ? 'skp.approve' : 'skp.return',
      after: { status, late, comment: input.comment ?? null },
      notify: { to: [skp.employee_id], kind: approve ? 'skp.approved' : 'skp.returned' },
    });
    if (approve) await freezeRevision(trx, skp.id, skp.revision, viewer.employeeId, late);
  });
}

async function freezeRevision(trx: Tx, skpId: number, revision: number, approvedBy: number, late: boolean) {
  const skp = await trx
    .selectFrom('skps')
    .select('approach')
    .where('id', '=', skpId)
    .executeTakeFirstOrThrow();
  const rhks = await loadRhks(trx, skpId);
  const expectations = await trx
    .selectFrom('skp_expectations')
    .select(['value_code', 'text'])
    .where('skp_id', '=', skpId)
    .execute();
  const content = {
    approach: skp.approach,
    rhks: rhks.map((r) => ({
      id: r.id,
      kind: r.kind,
      text: r.text,
      parentRhkId: r.parent?.id ?? null,
      parentText: r.parent?.text ?? null,
      unitGoalId: r.unitGoal?.id ?? null,
      unitGoalText: r.unitGoal?.text ?? null,
      indicators: r.indicators,
    })),
    expectations: expectations.map((e) => ({ value: e.value_code, text: e.text })),
  };
  await trx
    .insertInto('skp_revisions')
    .values({
      skp_id: skpId,
      revision,
      content: JSON.stringify(content),
      approved_at: sql`now()`,
      approved_by: approvedBy,
      approved_late: late,
    })
    .execute();
}

/** Changing an approved SKP starts a new revision (Draft again); the approved one stays readable. */
export async function reviseSkp(db: Database, viewer: Viewer, skpId: number, version: number, on: string) {
  return db.transaction().execute(async (trx) => {
    const skp = await lockOwn(trx, viewer, skpId);
    assertTransition(skp.status, 'revise', skp.version, version);
    await assertOpen(trx, viewer, skp.year);
    await recordTransition(trx, viewer, skp, {
      set: {
        status: 'draft',
        revision: sql`revision + 1`,
        submitted_at: null,
        decided_at: null,
        decided_by: null,
        return_comment: null,
        approved_late: false,
      },
      action: 'skp.revise',
      after: { status: 'draft', revision: skp.revision + 1 },
      notify: { to: [await pejabatPenilaiOf(trx, viewer.employeeId, on)], kind: 'skp.revision_started' },
    });
  });
}

/**
 * Drops a revision that was not submitted (or was returned): the SKP's content, status and approval go back
 * to the approved revision before it, which never stopped applying. Only the owner; audited.
 */
export async function discardRevision(
  db: Database,
  viewer: Viewer,
  skpId: number,
  version: number,
  on: string,
) {
  return db.transaction().execute(async (trx) => {
    await lockEmployeeRollups(trx, [viewer.employeeId]);
    const skp = await lockOwn(trx, viewer, skpId);
    assertTransition(skp.status, 'discard', skp.version, version);
    await assertOpen(trx, viewer, skp.year);
    const approved = await trx
      .selectFrom('skp_revisions')
      .select(['revision', 'content', 'approved_at', 'approved_by', 'approved_late'])
      .where('skp_id', '=', skp.id)
      .where('revision', '=', skp.revision - 1)
      .executeTakeFirst();
    // A first draft has no approved revision to go back to.
    if (!approved) throw new ActionError('skp.errors.illegalTransition');
    const content = approved.content as unknown as SkpSnapshot;
    await restoreRhks(trx, skp.id, content.rhks).catch((error) => {
      // A new indicator that daily reports already count towards keeps the revision.
      if ((error as { code?: string }).code === '23503')
        throw new ActionError('skp.errors.discardHasReports');
      throw error;
    });
    await restoreExpectations(trx, skp.id, content.expectations, approved.approved_by);
    await refreshRealisation(trx, [skp.id]);
    await recordTransition(trx, viewer, skp, {
      set: {
        status: 'approved',
        revision: approved.revision,
        approach: content.approach,
        submitted_at: await lastSubmittedBefore(trx, skp.id, approved.approved_at),
        decided_at: approved.approved_at,
        decided_by: approved.approved_by,
        return_comment: null,
        approved_late: approved.approved_late,
      },
      action: 'skp.discard_revision',
      after: { status: 'approved', revision: approved.revision, discarded: skp.revision },
      notify: { to: [await pejabatPenilaiOf(trx, viewer.employeeId, on)], kind: 'skp.revision_discarded' },
    });
  });
}

async function restoreExpectations(
  trx: Tx,
  skpId: number,
  frozen: SkpSnapshot['expectations'],
  approvedBy: number,
) {
  const current = await trx
    .selectFrom('skp_expectations')
    .select(['value_code', 'text'])
    .where('skp_id', '=', skpId)
    .execute();
  const same = (e: { value: string; text: string }) =>
    current.some((c) => c.value_code === e.value && c.text === e.text);
  if (current.length === frozen.length && frozen.every(same)) return;
  await trx.deleteFrom('skp_expectations').where('skp_id', '=', skpId).execute();
  if (frozen.length === 0) return;
  // The approving supervisor is the one who stood behind these texts at approval.
  await trx
    .insertInto('skp_expectations')
    .values(frozen.map((e) => ({ skp_id: skpId, value_code: e.value, text: e.text, written_by: approvedBy })))
    .execute();
}

/** When the approved revision had been submitted: its last submission in the audit trail. */
async function lastSubmittedBefore(trx: Tx, skpId: number, approvedAt: Date) {
  const row = await trx
    .selectFrom('audit_log')
    .select('at')
    .where('entity', '=', 'skp')
    .where('entity_id', '=', String(skpId))
    .where('action', '=', 'skp.submit')
    .where('at', '<=', approvedAt)
    .orderBy('at', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row?.at ?? null;
}

/** Ekspektasi khusus pimpinan: written only by the current pejabat penilai, before approval. */
export async function saveExpectations(
  db: Database,
  viewer: Viewer,
  skpId: number,
  texts: Record<string, string>,
  on: string,
) {
  return db.transaction().execute(async (trx) => {
    const skp = await lockAsSupervisor(trx, viewer, skpId, on);
    if (skp.status === 'approved') throw new ActionError('skp.errors.illegalTransition');
    await assertOpen(trx, viewer, skp.year);
    const before = await trx
      .selectFrom('skp_expectations')
      .select(['value_code', 'text'])
      .where('skp_id', '=', skp.id)
      .execute();
    const entries = Object.entries(texts).filter(([k]) => isBerakhlakValue(k));
    for (const [value, text] of entries) {
      if (text.trim() === '') {
        await trx
          .deleteFrom('skp_expectations')
          .where('skp_id', '=', skp.id)
          .where('value_code', '=', value)
          .execute();
      } else {
        await trx
          .insertInto('skp_expectations')
          .values({ skp_id: skp.id, value_code: value, text: text.trim(), written_by: viewer.employeeId })
          .onConflict((oc) =>
            oc
              .columns(['skp_id', 'value_code'])
              .doUpdateSet({ text: text.trim(), written_by: viewer.employeeId, updated_at: sql`now()` }),
          )
          .execute();
      }
    }
    await audit(trx, {
      actorId: viewer.employeeId,
      action: 'skp.expectations',
      entity: 'skp',
      entityId: skp.id,
      before,
      after: Object.fromEntries(entries.filter(([k]) => BERAKHLAK.includes(k as never))),
    });
    await notify(trx, [skp.employee_id], 'skp.expectations_updated', link(skp.id), {
      name: viewer.name,
      year: skp.year,
    });
  });
}
