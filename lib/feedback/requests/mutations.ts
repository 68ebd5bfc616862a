import 'server-only';
import { sql, type Transaction } from 'kysely';
import type { Database } from '@/db';
import type { DB } from '@/db/types';
import { audit } from '@/lib/audit';
import { pejabatPenilaiOf } from '@/lib/auth/supervision';
import type { Viewer } from '@/lib/auth/viewer';
import { BERAKHLAK } from '@/lib/domain/berakhlak';
import { ActionError } from '@/lib/errors';
import { notify } from '@/lib/notifications/notify';
import type { AnswerInput, DeclineInput } from '../schema';

type Tx = Transaction<DB>;

/** The viewer's own request, locked, in a round that is still open; anyone else's is "not found". */
async function lockOwnRequest(trx: Tx, viewer: Viewer, requestId: number, on: string) {
  const req = await trx
    .selectFrom('feedback_requests as r')
    .innerJoin('feedback_rounds as o', 'o.id', 'r.round_id')
    .innerJoin('periods as p', 'p.id', 'o.period_id')
    .select([
      'p.status as period_status',
      'r.id',
      'r.round_id',
      'r.ratee_id',
      'r.group',
      'r.status',
      'r.version',
      'o.status as round_status',
      'o.deadline',
      'o.name as round_name',
    ])
    .where('r.id', '=', requestId)
    .where('r.rater_id', '=', viewer.employeeId)
    .forUpdate('r')
    .executeTakeFirst();
  if (!req) throw new ActionError('errors.notFound');
  if (req.period_status !== 'open') throw new ActionError('adminPeriods.closedError');
  if (req.round_status !== 'open' || req.deadline < on) throw new ActionError('feedback.errors.roundNotOpen');
  return req;
}

/**
 * Saves a draft or submits the questionnaire. Submitting is final: a second submit of the same form (a
 * double click, a resent POST) changes nothing and reports success, so there is always exactly one response.
 */
export async function saveAnswers(
  db: Database,
  viewer: Viewer,
  input: AnswerInput,
  on: string,
): Promise<{ outcome: 'saved' | 'submitted'; version: number }> {
  return db.transaction().execute(async (trx) => {
    const req = await lockOwnRequest(trx, viewer, input.requestId, on);
    if (req.status === 'submitted') {
      if (input.intent === 'submit') return { outcome: 'submitted', version: req.version };
      throw new ActionError('feedback.errors.alreadySubmitted');
    }
    if (req.status === 'declined') throw new ActionError('feedback.errors.declined');
    if (req.version !== input.version) throw new ActionError('errors.conflict');
    await trx.deleteFrom('feedback_answers').where('request_id', '=', req.id).execute();
    const answers = BERAKHLAK.flatMap((value) => {
      const answer = input.answers?.[value];
      return answer ? [{ request_id: req.id, value, answer }] : [];
    });
    if (answers.length > 0) await trx.insertInto('feedback_answers').values(answers).execute();
    const submitted = input.intent === 'submit';
    const { version } = await trx
      .updateTable('feedback_requests')
      .set({
        status: submitted ? 'submitted' : 'draft',
        strengths: input.strengths || null,
        improvements: input.improvements || null,
        submitted_at: submitted ? sql`now()` : null,
        version: sql`version + 1`,
      })
      .where('id', '=', req.id)
      .returning('version')
      .executeTakeFirstOrThrow();
    // The audit trail records that a response was given, not what it said.
    await audit(trx, {
      actorId: viewer.employeeId,
      action: submitted ? 'feedback.submit' : 'feedback.save_draft',
      entity: 'feedback_request',
      entityId: req.id,
      before: { status: req.status },
    });
    return { outcome: submitted ? 'submitted' : 'saved', version };
  });
}

/** A peer or subordinate declines (e.g. a conflict of interest); the ratee's pejabat penilai is told. */
export async function declineRequest(db: Database, viewer: Viewer, input: DeclineInput, on: string) {
  await db.transaction().execute(async (trx) => {
    const req = await lockOwnRequest(trx, viewer, input.requestId, on);
    if (req.group === 'self' || req.group === 'supervisor')
      throw new ActionError('feedback.errors.cannotDecline');
    if (req.status === 'submitted') throw new ActionError('feedback.errors.alreadySubmitted');
    if (req.status === 'declined') return;
    if (req.version !== input.version) throw new ActionError('errors.conflict');
    await trx.deleteFrom('feedback_answers').where('request_id', '=', req.id).execute();
    await trx
      .updateTable('feedback_requests')
      .set({
        status: 'declined',
        decline_kind: input.declineKind,
        decline_reason: input.declineReason || null,
        strengths: null,
        improvements: null,
        version: sql`version + 1`,
      })
      .where('id', '=', req.id)
      .execute();
    await audit(trx, {
      actorId: viewer.employeeId,
      action: 'feedback.decline',
      entity: 'feedback_request',
      entityId: req.id,
      before: { status: req.status },
      after: { kind: input.declineKind },
    });
    const supervisor = await pejabatPenilaiOf(trx, req.ratee_id, on);
    const ratee = await trx
      .selectFrom('employees')
      .select('name')
      .where('id', '=', req.ratee_id)
      .executeTakeFirstOrThrow();
    await notify(
      trx,
      [supervisor],
      'feedback.declined',
      `/feedback/rounds/${req.round_id}/raters/${req.ratee_id}`,
      { ratee: ratee.name, round: req.round_name },
    );
  });
}
