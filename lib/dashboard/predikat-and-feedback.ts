import 'server-only';
import { sql } from 'kysely';
import { type Database, PREPARED } from '@/db';
import type { Predikat } from '@/lib/domain/appraisal';

export type LatestPredikat = {
  predikat: Predikat;
  status: string;
  period: { year: number; kind: string; seq: number };
};

export type FeedbackStatus = {
  roundId: number;
  roundStatus: 'open' | 'closed';
  deadline: string;
  /** The viewer's own request about this person (the supervisor's feedback), if any. */
  mine: { requestId: number; status: string } | null;
};

/**
 * For dashboard rows: each person's latest given predikat, and the state of the latest 360° round they are
 * rated in — round status and the viewer's own request only, never who else has answered.
 */
export async function predikatAndFeedback(db: Database, employeeIds: number[], viewerId: number | null) {
  if (employeeIds.length === 0)
    return { predikat: new Map<number, LatestPredikat>(), feedback: new Map<number, FeedbackStatus>() };
  const [predikat, feedback] = await Promise.all([
    sql<{ employee_id: number; predikat: Predikat; status: string; year: number; kind: string; seq: number }>`
      SELECT DISTINCT ON (a.employee_id) a.employee_id, a.predikat, a.status, p.year, p.kind, p.seq
      FROM appraisals a JOIN periods p ON p.id = a.period_id
      WHERE a.employee_id = ANY(${employeeIds}::int[]) AND a.status <> 'draft' AND a.predikat IS NOT NULL
      ORDER BY a.employee_id, p.ends_on DESC, (p.kind = 'annual') DESC ${PREPARED}`.execute(db),
    sql<{
      ratee_id: number;
      round_id: number;
      status: 'open' | 'closed';
      deadline: string;
      mine_id: number | null;
      mine_status: string | null;
    }>`
      SELECT DISTINCT ON (r.ratee_id) r.ratee_id, o.id AS round_id, o.status, to_char(o.deadline, 'YYYY-MM-DD') AS deadline,
             m.id AS mine_id, m.status AS mine_status
      FROM feedback_requests r
      JOIN feedback_rounds o ON o.id = r.round_id AND o.status <> 'draft'
      LEFT JOIN feedback_requests m ON m.round_id = o.id AND m.ratee_id = r.ratee_id AND m.rater_id = ${viewerId ?? 0}
      WHERE r.ratee_id = ANY(${employeeIds}::int[])
      ORDER BY r.ratee_id, (o.status = 'open') DESC, o.created_at DESC ${PREPARED}`.execute(db),
  ]);
  return {
    predikat: new Map(
      predikat.rows.map((r) => [
        r.employee_id,
        { predikat: r.predikat, status: r.status, period: { year: r.year, kind: r.kind, seq: r.seq } },
      ]),
    ),
    feedback: new Map(
      feedback.rows.map((r) => [
        r.ratee_id,
        {
          roundId: r.round_id,
          roundStatus: r.status,
          deadline: r.deadline,
          mine: r.mine_id === null ? null : { requestId: r.mine_id, status: r.mine_status ?? 'pending' },
        },
      ]),
    ),
  };
}
