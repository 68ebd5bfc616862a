import 'server-only';
import { sql, type Transaction } from 'kysely';
import type { Database } from '@/db';
import type { DB } from '@/db/types';
import { audit } from '@/lib/audit';
import { canManageOrganisation, mayManageRaters } from '@/lib/auth/policy';
import { supervises } from '@/lib/auth/supervision';
import type { Viewer } from '@/lib/auth/viewer';
import { config } from '@/lib/config';
import { effectiveMinimum, type FeedbackGroup } from '@/lib/domain/feedback';
import { ActionError } from '@/lib/errors';
import { notify } from '@/lib/notifications/notify';
import type { CreateRoundInput, RaterChangeInput } from '../schema';
import { proposeRequests } from './propose';

type Tx = Transaction<DB>;

/** Opens a new round in Draft with a proposed list of raters for every active employee in scope. */
export async function createRound(db: Database, viewer: Viewer, input: CreateRoundInput, on: string) {
  if (!canManageOrganisation(viewer)) throw new ActionError('errors.notFound');
  return db.transaction().execute(async (trx) => {
    const period = await trx
      .selectFrom('periods')
      .selectAll()
      .where('id', '=', input.periodId)
      .where('agency_id', '=', viewer.agencyId)
      .executeTakeFirst();
    if (!period || period.status !== 'open') throw new ActionError('feedback.validation.period', 'periodId');
    if (input.deadline < on) throw new ActionError('feedback.validation.deadlinePast', 'deadline');
    const { unitIds } = input;
    if (unitIds.length > 0) {
      const found = await trx
        .selectFrom('units')
        .select('id')
        .where('id', 'in', unitIds)
        .where('agency_id', '=', viewer.agencyId)
        .execute();
      if (found.length !== new Set(unitIds).size) throw new ActionError('validation.invalid', 'unitIds');
    }
    await refuseOverlap(trx, viewer.agencyId, period.id, unitIds);
    const round = await trx
      .insertInto('feedback_rounds')
      .values({
        agency_id: viewer.agencyId,
        period_id: period.id,
        name: input.name,
        deadline: input.deadline,
        min_group_responses: effectiveMinimum(config.feedbackMinGroupResponses),
        created_by: viewer.employeeId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    if (unitIds.length > 0)
      await trx
        .insertInto('feedback_round_units')
        .values(unitIds.map((unit_id) => ({ round_id: round.id, unit_id })))
        .execute();
    const requests = await proposeRequests(trx, round.id, viewer.agencyId, unitIds, on);
    await audit(trx, {
      actorId: viewer.employeeId,
      action: 'feedback.round_create',
      entity: 'feedback_round',
      entityId: round.id,
      after: { name: input.name, periodId: period.id, deadline: input.deadline, unitIds, requests },
    });
    return round.id;
  });
}

/**
 * A period holds at most one unfinished (draft or open) round for any employee: an agency-wide round
 * overlaps every other round of the period, unit rounds overlap when one unit lies within the other's
 * subtree. Creations for one period wait for each other (a transaction lock), so two at once cannot
 * both pass the check.
 */
async function refuseOverlap(trx: Tx, agencyId: number, periodId: number, unitIds: number[]) {
  await sql`SELECT pg_advisory_xact_lock(${0x360}, ${periodId})`.execute(trx);
  const overlapping = await trx
    .selectFrom('feedback_rounds as o')
    .select('o.id')
    .where('o.agency_id', '=', agencyId)
    .where('o.period_id', '=', periodId)
    .where('o.status', 'in', ['draft', 'open'])
    .where((eb) => {
      const agencyWide = eb.not(
        eb.exists(
          eb.selectFrom('feedback_round_units as x').select('x.unit_id').whereRef('x.round_id', '=', 'o.id'),
        ),
      );
      if (unitIds.length === 0) return eb.lit(true);
      return eb.or([
        agencyWide,
        eb.exists(
          eb
            .selectFrom('feedback_round_units as x')
            .innerJoin('units as old', 'old.id', 'x.unit_id')
            .innerJoin('units as new', (j) => j.on('new.id', 'in', unitIds))
            .select('x.unit_id')
            .whereRef('x.round_id', '=', 'o.id')
            .where(sql<boolean>`(new.path LIKE old.path || '%' OR old.path LIKE new.path || '%')`),
        ),
      ]);
    })
    .executeTakeFirst();
  if (overlapping) throw new ActionError('feedback.validation.roundOverlap', 'unitIds');
}

async function lockRound(trx: Tx | Database, viewer: Viewer, roundId: number) {
  const round = await trx
    .selectFrom('feedback_rounds')
    .selectAll()
    .where('id', '=', roundId)
    .where('agency_id', '=', viewer.agencyId)
    .forUpdate()
    .executeTakeFirst();
  if (!round) throw new ActionError('errors.notFound');
  return round;
}

/** Admin steps on a round: open (raters are asked), close (results become visible), remind. */
export async function stepRound(
  db: Database,
  viewer: Viewer,
  roundId: number,
  version: number,
  step: 'open' | 'close' | 'remind',
) {
  if (!canManageOrganisation(viewer)) throw new ActionError('errors.notFound');
  await db.transaction().execute(async (trx) => {
    const round = await lockRound(trx, viewer, roundId);
    if (round.version !== version) throw new ActionError('errors.conflict');
    const expected = step === 'open' ? 'draft' : 'open';
    if (round.status !== expected) throw new ActionError(`feedback.errors.cannot_${step}`);
    const params = { round: round.name, deadline: round.deadline };
    if (step === 'remind') {
      const pending = await trx
        .selectFrom('feedback_requests')
        .select('rater_id')
        .distinct()
        .where('round_id', '=', roundId)
        .where('status', 'in', ['pending', 'draft'])
        .execute();
      await notify(
        trx,
        pending.map((r) => r.rater_id),
        'feedback.reminder',
        '/feedback',
        params,
      );
    } else if (step === 'open') {
      await trx
        .updateTable('feedback_rounds')
        .set({ status: 'open', opened_at: sql`now()`, version: sql`version + 1` })
        .where('id', '=', roundId)
        .execute();
      const raters = await trx
        .selectFrom('feedback_requests')
        .select('rater_id')
        .distinct()
        .where('round_id', '=', roundId)
        .execute();
      await notify(
        trx,
        raters.map((r) => r.rater_id),
        'feedback.requested',
        '/feedback',
        params,
      );
    } else {
      await trx
        .updateTable('feedback_rounds')
        .set({ status: 'closed', closed_at: sql`now()`, version: sql`version + 1` })
        .where('id', '=', roundId)
        .execute();
      // Ratees and their pejabat penilai learn that results are ready.
      const people = await trx
        .selectFrom('feedback_requests')
        .select(['ratee_id', 'rater_id', 'group'])
        .where('round_id', '=', roundId)
        .where('group', 'in', ['self', 'supervisor'])
        .execute();
      await notify(
        trx,
        people.map((p) => (p.group === 'self' ? p.ratee_id : p.rater_id)),
        'feedback.results',
        '/feedback',
        params,
      );
    }
    await audit(trx, {
      actorId: viewer.employeeId,
      action: `feedback.round_${step}`,
      entity: 'feedback_round',
      entityId: roundId,
      before: { status: round.status },
    });
  });
}

/**
 * Adds or removes a rater for one ratee. Removing is only possible before the round opens; adding also
 * while it is open (a replacement for someone who declined). Audited with the reason.
 */
export async function changeRaters(db: Database, viewer: Viewer, input: RaterChangeInput, on: string) {
  const roundId = input.roundId;
  const rateeId = input.rateeId;
  await db.transaction().execute(async (trx) => {
    if (!(await mayManageRaters(trx, viewer, rateeId, on))) throw new ActionError('errors.notFound');
    const round = await lockRound(trx, viewer, roundId);
    const inRound = await trx
      .selectFrom('feedback_requests')
      .select('id')
      .where('round_id', '=', roundId)
      .where('ratee_id', '=', rateeId)
      .executeTakeFirst();
    if (!inRound) throw new ActionError('errors.notFound');
    if (round.status === 'closed') throw new ActionError('feedback.errors.roundClosed');
    if (input.change === 'remove') {
      if (round.status !== 'draft') throw new ActionError('feedback.errors.removeAfterOpen');
      if (input.requestId === undefined) throw new ActionError('errors.notFound');
      const req = await trx
        .deleteFrom('feedback_requests')
        .where('id', '=', input.requestId)
        .where('round_id', '=', roundId)
        .where('ratee_id', '=', rateeId)
        .where('group', 'in', ['peer', 'subordinate'])
        .returning(['id', 'rater_id', 'group'])
        .executeTakeFirst();
      if (!req) throw new ActionError('errors.notFound');
      await audit(trx, {
        actorId: viewer.employeeId,
        action: 'feedback.rater_remove',
        entity: 'feedback_round',
        entityId: roundId,
        before: { rateeId, raterId: req.rater_id, group: req.group },
        after: { reason: input.reason },
      });
      return;
    }
    const rater = await trx
      .selectFrom('employees')
      .select(['id', 'name'])
      .where('nip', '=', input.raterNip ?? '')
      .where('agency_id', '=', viewer.agencyId)
      .where('active', '=', true)
      .executeTakeFirst();
    if (!rater) throw new ActionError('feedback.validation.raterUnknown', 'raterNip');
    if (rater.id === rateeId) throw new ActionError('feedback.validation.raterSelf', 'raterNip');
    const already = await trx
      .selectFrom('feedback_requests')
      .select('id')
      .where('round_id', '=', roundId)
      .where('ratee_id', '=', rateeId)
      .where('rater_id', '=', rater.id)
      .executeTakeFirst();
    if (already) throw new ActionError('feedback.validation.raterTwice', 'raterNip');
    // A direct subordinate of the ratee gives upward feedback; anyone else counts as a peer.
    const group: FeedbackGroup = (await supervises(trx, rateeId, rater.id, on)) ? 'subordinate' : 'peer';
    const declined = await trx
      .selectFrom('feedback_requests')
      .select('id')
      .where('round_id', '=', roundId)
      .where('ratee_id', '=', rateeId)
      .where('status', '=', 'declined')
      .where('group', '=', group)
      .where(({ not, exists, selectFrom }) =>
        not(
          exists(
            selectFrom('feedback_requests as r2')
              .select('r2.id')
              .whereRef('r2.replaces_id', '=', 'feedback_requests.id'),
          ),
        ),
      )
      .orderBy('id')
      .executeTakeFirst();
    const { id } = await trx
      .insertInto('feedback_requests')
      .values({
        round_id: roundId,
        ratee_id: rateeId,
        rater_id: rater.id,
        group,
        replaces_id: declined?.id ?? null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await audit(trx, {
      actorId: viewer.employeeId,
      action: 'feedback.rater_add',
      entity: 'feedback_round',
      entityId: roundId,
      after: {
        rateeId,
        raterId: rater.id,
        group,
        requestId: id,
        replaces: declined?.id ?? null,
        reason: input.reason,
      },
    });
    if (round.status === 'open')
      await notify(trx, [rater.id], 'feedback.requested', '/feedback', {
        round: round.name,
        deadline: round.deadline,
      });
  });
}
