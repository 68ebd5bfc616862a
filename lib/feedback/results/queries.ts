import 'server-only';
import { sql } from 'kysely';
import { type Database, PREPARED } from '@/db';
import { auditRead } from '@/lib/audit';
import { inRatingChain } from '@/lib/auth/policy';
import { supervises } from '@/lib/auth/supervision';
import type { Viewer } from '@/lib/auth/viewer';
import { type BerakhlakValue, isBerakhlakValue } from '@/lib/domain/berakhlak';
import { AGENCY_TIMEZONE, today } from '@/lib/domain/dates';
import {
  type Distribution,
  effectiveMinimum,
  emptyDistribution,
  type FeedbackAnswer,
  type FeedbackGroup,
  summarise,
} from '@/lib/domain/feedback';
import type { FeedbackResults } from '../types';

type RoundRow = {
  id: number;
  name: string;
  closedOn: string;
  minGroup: number;
  year: number;
  kind: string;
  seq: number;
};

/**
 * A closed round's results for one ratee, built only from aggregates: counts per group and value for
 * peers and subordinates (withheld below the minimum), the attributed self and supervisor answers, and
 * the free texts of the groups that may be shown, ordered by a hash of their text — never by rater,
 * time or id. No rater id, NIP or name of a peer or subordinate is read into this DTO.
 */
async function buildResults(db: Database, round: RoundRow, rateeId: number): Promise<FeedbackResults | null> {
  const responses = await db
    .selectFrom('feedback_requests')
    .select(['group', sql<number>`count(*)`.as('n')])
    .where('round_id', '=', round.id)
    .where('ratee_id', '=', rateeId)
    .where('status', '=', sql.lit('submitted'))
    .groupBy('group')
    .modifyEnd(PREPARED)
    .execute();
  const asked = await db
    .selectFrom('feedback_requests')
    .select(['group', sql<number>`count(*)`.as('n')])
    .where('round_id', '=', round.id)
    .where('ratee_id', '=', rateeId)
    .where('status', '<>', sql.lit('declined'))
    .groupBy('group')
    .modifyEnd(PREPARED)
    .execute();
  if (asked.length === 0) return null;
  const count: Record<FeedbackGroup, number> = { self: 0, supervisor: 0, peer: 0, subordinate: 0 };
  for (const r of responses) count[r.group as FeedbackGroup] = Number(r.n);
  const invited: Record<FeedbackGroup, number> = { self: 0, supervisor: 0, peer: 0, subordinate: 0 };
  for (const r of asked) invited[r.group as FeedbackGroup] = Number(r.n);

  const grouped = await db
    .selectFrom('feedback_requests as r')
    .innerJoin('feedback_answers as a', 'a.request_id', 'r.id')
    .select(['r.group', 'a.value', 'a.answer', sql<number>`count(*)`.as('n')])
    .where('r.round_id', '=', round.id)
    .where('r.ratee_id', '=', rateeId)
    .where('r.status', '=', sql.lit('submitted'))
    .where('r.group', 'in', [sql.lit('peer'), sql.lit('subordinate')])
    .groupBy(['r.group', 'a.value', 'a.answer'])
    .modifyEnd(PREPARED)
    .execute();
  const counts: Record<'peer' | 'subordinate', Partial<Record<BerakhlakValue, Distribution>>> = {
    peer: {},
    subordinate: {},
  };
  for (const g of grouped) {
    if (!isBerakhlakValue(g.value)) continue;
    const byValue = counts[g.group as 'peer' | 'subordinate'];
    const d = byValue[g.value] ?? emptyDistribution();
    d[g.answer as FeedbackAnswer] += Number(g.n);
    byValue[g.value] = d;
  }

  const attributed = await db
    .selectFrom('feedback_requests as r')
    .leftJoin('feedback_answers as a', 'a.request_id', 'r.id')
    .innerJoin('employees as e', 'e.id', 'r.rater_id')
    .select(['r.group', 'a.value', 'a.answer', 'e.name', 'r.strengths', 'r.improvements'])
    .where('r.round_id', '=', round.id)
    .where('r.ratee_id', '=', rateeId)
    .where('r.status', '=', sql.lit('submitted'))
    .where('r.group', 'in', [sql.lit('self'), sql.lit('supervisor')])
    .modifyEnd(PREPARED)
    .execute();
  const self: Partial<Record<BerakhlakValue, FeedbackAnswer>> = {};
  const supervisor: Partial<Record<BerakhlakValue, FeedbackAnswer>> = {};
  let supervisorComment: FeedbackResults['supervisorComment'] = null;
  for (const a of attributed) {
    if (a.group === 'supervisor')
      supervisorComment ??= { name: a.name, strengths: a.strengths, improvements: a.improvements };
    if (!a.value || !isBerakhlakValue(a.value)) continue;
    (a.group === 'self' ? self : supervisor)[a.value] = a.answer as FeedbackAnswer;
  }

  const summary = summarise({ minGroup: round.minGroup, responses: count, counts, self, supervisor });
  const shownGroups = [
    ...(summary.peersShown ? ['peer'] : []),
    ...(summary.subordinatesShown ? ['subordinate'] : []),
  ];
  const texts =
    shownGroups.length === 0
      ? []
      : await db
          .selectFrom('feedback_requests')
          .select(['strengths', 'improvements'])
          .where('round_id', '=', round.id)
          .where('ratee_id', '=', rateeId)
          .where('status', '=', 'submitted')
          .where('group', 'in', shownGroups)
          .execute();
  const shuffled = (list: (string | null)[]) =>
    list
      .filter((t): t is string => Boolean(t?.trim()))
      .map((t) => ({ t, k: hashText(`${round.id}:${t}`) }))
      .sort((a, b) => a.k - b.k || a.t.localeCompare(b.t))
      .map((x) => x.t);
  return {
    roundId: round.id,
    roundName: round.name,
    period: { year: round.year, kind: round.kind, seq: round.seq },
    closedOn: round.closedOn,
    minimum: effectiveMinimum(round.minGroup),
    responses: count,
    invited,
    peersShown: summary.peersShown,
    subordinatesShown: summary.subordinatesShown,
    values: summary.values,
    strengths: shuffled(texts.map((t) => t.strengths)),
    improvements: shuffled(texts.map((t) => t.improvements)),
    supervisorComment,
    topStrengths: summary.topStrengths,
    developmentAreas: summary.developmentAreas,
  };
}

function hashText(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

const roundSelect = (db: Database) =>
  db
    .selectFrom('feedback_rounds as o')
    .innerJoin('periods as pe', 'pe.id', 'o.period_id')
    .select([
      'o.id',
      'o.name',
      sql<string>`to_char(o.closed_at AT TIME ZONE ${AGENCY_TIMEZONE}, 'YYYY-MM-DD')`.as('closedOn'),
      'o.min_group_responses as minGroup',
      'pe.year',
      'pe.kind',
      'pe.seq',
    ])
    .where('o.status', '=', sql.lit('closed'));

/** Results are for the ratee and their pejabat penilai (definitive or acting), once the round is closed. */
export async function feedbackResults(
  db: Database,
  viewer: Viewer,
  roundId: number,
  rateeId: number,
  on: string,
): Promise<FeedbackResults | null> {
  if (rateeId !== viewer.employeeId && !(await supervises(db, viewer.employeeId, rateeId, on))) return null;
  const round = await roundSelect(db)
    .where('o.id', '=', roundId)
    .where('o.agency_id', '=', viewer.agencyId)
    .executeTakeFirst();
  if (!round) return null;
  await auditRead(db, viewer, { entity: 'feedback_results', entityId: round.id, ownerId: rateeId });
  return buildResults(db, round, rateeId);
}

/**
 * The latest closed round of `year` in which the employee was rated, for the appraisal page: the ratee,
 * their pejabat penilai, and the atasan pejabat penilai (who decides objections) may read it.
 */
export async function feedbackForAppraisal(
  db: Database,
  viewer: Viewer,
  employeeId: number,
  year: number,
  on: string = today(),
): Promise<FeedbackResults | null> {
  if (!(await inRatingChain(db, viewer, employeeId, on))) return null;
  const round = await roundSelect(db)
    .where('o.agency_id', '=', viewer.agencyId)
    .where('pe.year', '=', year)
    .where(({ exists, selectFrom }) =>
      exists(
        selectFrom('feedback_requests as r')
          .select('r.id')
          .whereRef('r.round_id', '=', 'o.id')
          .where('r.ratee_id', '=', employeeId),
      ),
    )
    .orderBy('o.closed_at', 'desc')
    .modifyEnd(PREPARED)
    .executeTakeFirst();
  if (!round) return null;
  await auditRead(db, viewer, { entity: 'feedback_results', entityId: round.id, ownerId: employeeId });
  return buildResults(db, round, employeeId);
}
