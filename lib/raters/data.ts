import { sql } from 'kysely';
import type { Database } from '@/db';
import { type BerakhlakValue, isBerakhlakValue } from '@/lib/domain/berakhlak';
import { AGENCY_TIMEZONE } from '@/lib/domain/dates';
import {
  type Distribution,
  emptyDistribution,
  type FeedbackAnswer,
  type FeedbackGroup,
  summarise,
} from '@/lib/domain/feedback';
import type { DecisionObs, Level, RaterInput, RatingObs } from './signals';

/**
 * The rows rater analytics reads for one agency over a span (a period, or a year's periods): the ratings
 * with their anchors, every report decision with whether its evidence was opened first, and the opens.
 * No authorization here: callers (queries.ts) decide whose signals the viewer may see; the analysis
 * itself needs the whole agency for its baselines. Read by the background job (analysis.ts), outside
 * Next, so not `server-only`.
 */
export type Span = { from: string; to: string; periodIds: number[] };

const LEVEL: Record<string, Level> = { di_bawah: -1, sesuai: 0, di_atas: 1 };
const level = (v: string | null): Level | null => (v === null ? null : (LEVEL[v] ?? null));

export async function agencyRaterInputs(db: Database, agencyId: number, span: Span): Promise<RaterInput[]> {
  const [ratings, decisions, opens, others] = await Promise.all([
    ratingRows(db, agencyId, span),
    decisionRows(db, agencyId, span),
    openRows(db, agencyId, span),
    feedbackViews(db, agencyId, span),
  ]);
  const byRater = new Map<number, RaterInput>();
  const of = (raterId: number) => {
    let r = byRater.get(raterId);
    if (!r) {
      r = { raterId, ratings: [], decisions: [], opens: [] };
      byRater.set(raterId, r);
    }
    return r;
  };
  for (const r of ratings) {
    const rating = level(r.rating);
    if (rating === null) continue;
    const obs: RatingObs = {
      employeeId: r.employee_id,
      periodId: r.period_id,
      rating,
      anchor: level(r.anchor),
      justification: r.justification,
      behaviour: level(r.behaviour),
      others360: others.get(`${r.employee_id}:${r.period_id}`) ?? null,
    };
    of(r.rater_id).ratings.push(obs);
  }
  for (const d of decisions) {
    const obs: DecisionObs = {
      employeeId: d.employee_id,
      reportId: Number(d.report_id),
      at: d.at,
      outcome: d.outcome as DecisionObs['outcome'],
      hasEvidence: d.has_evidence,
      opened: d.opened,
    };
    of(d.rater_id).decisions.push(obs);
  }
  for (const o of opens) byRater.get(o.viewer_id)?.opens.push(o.opened_at);
  return [...byRater.values()].sort((a, b) => a.raterId - b.raterId);
}

/** Delivered appraisals of the span, with the rater's own ratings (before an objection changed them). */
function ratingRows(db: Database, agencyId: number, span: Span) {
  if (span.periodIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('appraisals as a')
    .innerJoin('employees as e', 'e.id', 'a.employee_id')
    .leftJoin('objections as o', 'o.appraisal_id', 'a.id')
    .select([
      'a.evaluator_id as rater_id',
      'a.employee_id',
      'a.period_id',
      sql<string | null>`coalesce(o.original_hasil, a.rating_hasil)`.as('rating'),
      'a.suggested_hasil as anchor',
      'a.justification',
      sql<string | null>`coalesce(o.original_perilaku, a.rating_perilaku)`.as('behaviour'),
    ])
    .where('e.agency_id', '=', agencyId)
    .where('a.period_id', 'in', span.periodIds)
    .where('a.status', '<>', 'draft')
    .execute();
}

const spanStart = (span: Span) => sql`(${span.from}::date::timestamp AT TIME ZONE ${AGENCY_TIMEZONE})`;
const spanEnd = (span: Span) => sql`((${span.to}::date + 1)::timestamp AT TIME ZONE ${AGENCY_TIMEZONE})`;

type DecisionRow = {
  rater_id: number;
  employee_id: number;
  report_id: string;
  at: number;
  outcome: string;
  has_evidence: boolean;
  opened: boolean;
};

/**
 * Every decision on a daily report in the span: the current one on the report, and earlier returns or
 * rejections the audit log keeps for reports filed again since; with whether the report had evidence and
 * whether the deciding supervisor had opened it before. Four plain queries joined here, so the plan does
 * not hinge on table statistics.
 */
async function decisionRows(db: Database, agencyId: number, span: Span): Promise<DecisionRow[]> {
  const inSpan = (col: string) =>
    sql<boolean>`${sql.ref(col)} >= ${spanStart(span)} AND ${sql.ref(col)} < ${spanEnd(span)}`;
  const [current, earlier, files, opens] = await Promise.all([
    db
      .selectFrom('daily_reports as d')
      .innerJoin('employees as e', 'e.id', 'd.employee_id')
      .select([
        'd.reviewed_by as rater_id',
        'd.employee_id',
        sql<string>`d.id::text`.as('report_id'),
        sql<number>`(extract(epoch FROM d.reviewed_at) * 1000)::float8`.as('at'),
        'd.status as outcome',
        sql<boolean>`d.evidence_link IS NOT NULL`.as('link'),
      ])
      .where('e.agency_id', '=', agencyId)
      .where('d.status', '<>', 'pending')
      .where('d.reviewed_by', 'is not', null)
      .where(inSpan('d.reviewed_at'))
      .execute(),
    db
      .selectFrom('audit_log as l')
      .innerJoin('daily_reports as d', (j) => j.on(sql<boolean>`d.id = l.entity_id::bigint`))
      .innerJoin('employees as e', 'e.id', 'd.employee_id')
      .select([
        'l.actor_id as rater_id',
        'd.employee_id',
        sql<string>`d.id::text`.as('report_id'),
        sql<number>`(extract(epoch FROM l.at) * 1000)::float8`.as('at'),
        sql<string>`CASE l.action WHEN 'report.return' THEN 'returned' ELSE 'rejected' END`.as('outcome'),
        sql<boolean>`d.evidence_link IS NOT NULL`.as('link'),
      ])
      .where('e.agency_id', '=', agencyId)
      .where('l.entity', '=', 'daily_report')
      .where('l.action', 'in', ['report.return', 'report.reject'])
      .where('l.actor_id', 'is not', null)
      .where(inSpan('l.at'))
      .where(sql<boolean>`l.at IS DISTINCT FROM d.reviewed_at`)
      .execute(),
    db
      .selectFrom('evidence_files as f')
      .innerJoin('daily_reports as d', 'd.id', 'f.report_id')
      .innerJoin('employees as e', 'e.id', 'd.employee_id')
      .select(sql<string>`f.report_id::text`.as('report_id'))
      .distinct()
      .where('e.agency_id', '=', agencyId)
      .where(inSpan('d.reviewed_at'))
      .execute(),
    db
      .selectFrom('report_opens as o')
      .innerJoin('employees as e', 'e.id', 'o.viewer_id')
      .select([
        sql<string>`o.report_id::text`.as('report_id'),
        'o.viewer_id',
        sql<number>`(extract(epoch FROM min(o.opened_at)) * 1000)::float8`.as('first'),
      ])
      .where('e.agency_id', '=', agencyId)
      .where(sql<boolean>`o.opened_at < ${spanEnd(span)}`)
      .groupBy(['o.report_id', 'o.viewer_id'])
      .execute(),
  ]);
  const withFiles = new Set(files.map((f) => f.report_id));
  const firstOpen = new Map(opens.map((o) => [`${o.report_id}:${o.viewer_id}`, o.first]));
  return [...current, ...earlier].map((x) => {
    const rater = x.rater_id as number;
    const first = firstOpen.get(`${x.report_id}:${rater}`);
    return {
      rater_id: rater,
      employee_id: x.employee_id,
      report_id: x.report_id,
      at: x.at,
      outcome: x.outcome,
      has_evidence: x.link || withFiles.has(x.report_id),
      opened: first !== undefined && first <= x.at,
    };
  });
}

function openRows(db: Database, agencyId: number, span: Span) {
  return db
    .selectFrom('report_opens as o')
    .innerJoin('employees as e', 'e.id', 'o.viewer_id')
    .select(['o.viewer_id', sql<number>`(extract(epoch FROM o.opened_at) * 1000)::float8`.as('opened_at')])
    .where('e.agency_id', '=', agencyId)
    .where(sql<boolean>`o.opened_at >= ${spanStart(span)} AND o.opened_at < ${spanEnd(span)}`)
    .execute();
}

/**
 * The 360° view of peers and subordinates per ratee and period (mean level −1…1 over the values), built by
 * the results page's own rule (summarise): a group below the minimum contributes nothing.
 */
async function feedbackViews(db: Database, agencyId: number, span: Span): Promise<Map<string, number>> {
  if (span.periodIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('feedback_requests as r')
    .innerJoin('feedback_rounds as o', 'o.id', 'r.round_id')
    .leftJoin('feedback_answers as a', 'a.request_id', 'r.id')
    .select([
      'o.id as round_id',
      'o.period_id',
      'o.min_group_responses as min_group',
      'r.ratee_id',
      'r.group',
      'a.value',
      'a.answer',
      sql<number>`count(a.request_id)::int`.as('n'),
    ])
    .where('o.agency_id', '=', agencyId)
    .where('o.status', '=', 'closed')
    .where('o.period_id', 'in', span.periodIds)
    .where('r.status', '=', 'submitted')
    .where('r.group', 'in', ['peer', 'subordinate'])
    .groupBy(['o.id', 'o.period_id', 'o.min_group_responses', 'r.ratee_id', 'r.group', 'a.value', 'a.answer'])
    .execute();
  type Acc = {
    period: number;
    minGroup: number;
    responses: Record<FeedbackGroup, number>;
    counts: Record<'peer' | 'subordinate', Partial<Record<BerakhlakValue, Distribution>>>;
  };
  const acc = new Map<string, Acc>();
  for (const r of rows) {
    const key = `${r.round_id}:${r.ratee_id}`;
    let a = acc.get(key);
    if (!a) {
      a = {
        period: r.period_id,
        minGroup: r.min_group,
        responses: { self: 0, supervisor: 0, peer: 0, subordinate: 0 },
        counts: { peer: {}, subordinate: {} },
      };
      acc.set(key, a);
    }
    const group = r.group as 'peer' | 'subordinate';
    if (!r.value || !isBerakhlakValue(r.value)) continue;
    const d = a.counts[group][r.value] ?? emptyDistribution();
    d[r.answer as FeedbackAnswer] += r.n;
    a.counts[group][r.value] = d;
  }
  const out = new Map<string, number>();
  for (const [key, a] of acc) {
    // Every submitted questionnaire answers every value, so a group's largest per-value total is its count.
    for (const group of ['peer', 'subordinate'] as const)
      a.responses[group] = Math.max(
        0,
        ...Object.values(a.counts[group]).map((d) => d.di_bawah + d.sesuai + d.di_atas + d.cannot_judge),
      );
    const s = summarise({
      minGroup: a.minGroup,
      responses: a.responses,
      counts: a.counts,
      self: {},
      supervisor: {},
    });
    const means = s.values.map((v) => v.othersMean).filter((m): m is number => m !== null);
    if (means.length === 0) continue;
    const rateeId = key.split(':')[1];
    // Levels 1–3 → −1…1, like the ratings.
    out.set(`${rateeId}:${a.period}`, means.reduce((x, y) => x + y, 0) / means.length - 2);
  }
  return out;
}
