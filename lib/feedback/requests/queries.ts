import 'server-only';
import { sql } from 'kysely';
import type { Database } from '@/db';
import type { Viewer } from '@/lib/auth/viewer';
import type { BerakhlakValue } from '@/lib/domain/berakhlak';
import type { DeclineKind, FeedbackAnswer, FeedbackGroup } from '@/lib/domain/feedback';
import type { RequestStatus, RoundStatus } from '../types';

export type Task = {
  id: number;
  roundName: string;
  deadline: string;
  rateeName: string;
  rateePosition: string;
  group: FeedbackGroup;
  status: RequestStatus;
  answered: number;
  roundStatus: RoundStatus;
};

/** The viewer's feedback requests in open rounds: what they still owe, and what they gave. */
export async function myTasks(db: Database, viewer: Viewer): Promise<Task[]> {
  const rows = await db
    .selectFrom('feedback_requests as r')
    .innerJoin('feedback_rounds as o', 'o.id', 'r.round_id')
    .innerJoin('employees as e', 'e.id', 'r.ratee_id')
    .innerJoin('positions as p', 'p.id', 'e.position_id')
    .select([
      'r.id',
      'o.name as round_name',
      'o.deadline',
      'o.status as round_status',
      'e.name',
      'p.name as position',
      'r.group',
      'r.status',
      (eb) =>
        eb
          .selectFrom('feedback_answers as a')
          .select(eb.fn.countAll<number>().as('n'))
          .whereRef('a.request_id', '=', 'r.id')
          .as('answered'),
    ])
    .where('r.rater_id', '=', viewer.employeeId)
    .where('o.status', '=', 'open')
    .orderBy('o.deadline')
    .orderBy(sql`CASE r."group" WHEN 'self' THEN 0 WHEN 'supervisor' THEN 1 WHEN 'peer' THEN 2 ELSE 3 END`)
    .orderBy('e.name')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    roundName: r.round_name,
    deadline: r.deadline,
    rateeName: r.name,
    rateePosition: r.position,
    group: r.group as FeedbackGroup,
    status: r.status as RequestStatus,
    answered: Number(r.answered ?? 0),
    roundStatus: r.round_status as RoundStatus,
  }));
}

export type RequestForm = {
  id: number;
  version: number;
  status: RequestStatus;
  group: FeedbackGroup;
  roundName: string;
  deadline: string;
  open: boolean;
  ratee: { name: string; position: string; unit: string };
  answers: Partial<Record<BerakhlakValue, FeedbackAnswer>>;
  strengths: string;
  improvements: string;
  declineKind: DeclineKind | null;
};

/** One request with its answers — only for the rater who was asked. */
export async function getRequestForRater(
  db: Database,
  viewer: Viewer,
  requestId: number,
  on: string,
): Promise<RequestForm | null> {
  const r = await db
    .selectFrom('feedback_requests as r')
    .innerJoin('feedback_rounds as o', 'o.id', 'r.round_id')
    .innerJoin('employees as e', 'e.id', 'r.ratee_id')
    .innerJoin('positions as p', 'p.id', 'e.position_id')
    .innerJoin('units as u', 'u.id', 'e.unit_id')
    .select([
      'r.id',
      'r.version',
      'r.status',
      'r.group',
      'r.strengths',
      'r.improvements',
      'r.decline_kind',
      'o.name as round_name',
      'o.deadline',
      'o.status as round_status',
      'e.name',
      'p.name as position',
      'u.name as unit',
    ])
    .where('r.id', '=', requestId)
    .where('r.rater_id', '=', viewer.employeeId)
    .executeTakeFirst();
  if (!r) return null;
  const answers = await db
    .selectFrom('feedback_answers')
    .select(['value', 'answer'])
    .where('request_id', '=', r.id)
    .execute();
  return {
    id: r.id,
    version: r.version,
    status: r.status as RequestStatus,
    group: r.group as FeedbackGroup,
    roundName: r.round_name,
    deadline: r.deadline,
    open: r.round_status === 'open' && r.deadline >= on,
    ratee: { name: r.name, position: r.position, unit: r.unit },
    answers: Object.fromEntries(answers.map((a) => [a.value, a.answer as FeedbackAnswer])),
    strengths: r.strengths ?? '',
    improvements: r.improvements ?? '',
    declineKind: (r.decline_kind as DeclineKind | null) ?? null,
  };
}

/**
 * Requests the viewer still owes in open rounds (the nav badge), as a count query. Its statuses are
 * literals: it is part of the prepared badge statement (lib/nav/counts.ts), whose generic plan can use a
 * partial index only on a constant.
 */
export function pendingTaskQuery(db: Database, viewer: Viewer, on: string) {
  return db
    .selectFrom('feedback_requests as r')
    .innerJoin('feedback_rounds as o', 'o.id', 'r.round_id')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('r.rater_id', '=', viewer.employeeId)
    .where('r.status', 'in', [sql.lit('pending'), sql.lit('draft')])
    .where('o.status', '=', sql.lit('open'))
    .where('o.deadline', '>=', on);
}
