/**
 * Rater analytics as a background job. Analysing an agency's raters over a year reads every decision of
 * the year (2.9M rows at 10,000 employees: ~11 s of reading and ~7 s of tests), far too much for a page
 * request. So pages never compute it: they read the stored result (`rater_analysis_rows`), and a span that
 * has no result yet, or whose result is stale, is marked requested. The jobs process (server.ts) takes
 * requested spans one at a time and replaces their rows in one transaction.
 *
 * Stale: the agency's data version (the sum of its `dashboard_versions`, bumped by every write to
 * appraisals, report figures and the organisation) moved since the result was computed, and the result is
 * older than RATER_ANALYSIS_REFRESH_MINUTES; or it is older than a day (report opens and 360° answers do not
 * move the version). Pages say when the result they show was computed.
 *
 * Not `server-only`: server.ts runs the job outside Next.
 */
import { type Kysely, sql } from 'kysely';
import type { DB } from '@/db/types';
import { givenPeriods } from '@/lib/calendar/given';
import { agencyRaterInputs, type Span } from './data';
import { analyseRaters, type RaterInput, type Signal } from './signals';

type Db = Kysely<DB>;

export const spanKey = (span: Span) =>
  `${span.from}/${span.to}/${[...span.periodIds].sort((a, b) => a - b).join(',')}`;

export type AnalysisSettings = {
  /** A result whose agency changed since is recomputed once it is older than this (0: at once). */
  refreshMinutes: number;
  /** How often the jobs process looks for requested spans. */
  pollMs: number;
};

export function analysisSettingsFromEnv(
  env: Record<string, string | undefined> = process.env,
): AnalysisSettings {
  const raw = env.RATER_ANALYSIS_REFRESH_MINUTES;
  const refreshMinutes = raw === undefined || raw === '' ? 15 : Number(raw);
  if (!Number.isFinite(refreshMinutes) || refreshMinutes < 0)
    throw new Error(`RATER_ANALYSIS_REFRESH_MINUTES must be a number ≥ 0, got "${raw}"`);
  return { refreshMinutes, pollMs: 2000 };
}

/**
 * The year rater insights open on by default: that of the latest period (other than the annual one) with
 * delivered appraisals, since a year holds enough ratings per rater for the tests to say something about
 * small teams; without any, `fallbackYear`.
 */
export async function defaultAnalysisYear(db: Db, agencyId: number, fallbackYear: number): Promise<number> {
  const periods = await db
    .selectFrom('periods')
    .select(['id', 'year'])
    .where('agency_id', '=', agencyId)
    .where('kind', '<>', 'annual')
    .orderBy('ends_on', 'desc')
    .execute();
  const given = await givenPeriods(
    db,
    periods.map((p) => p.id),
  );
  return periods.find((p) => given.has(p.id))?.year ?? fallbackYear;
}

/** A whole year as a span, given its periods other than the annual one. */
export const yearSpanOf = (year: number, periodIds: number[]): Span => ({
  from: `${year}-01-01`,
  to: `${year}-12-31`,
  periodIds,
});

/**
 * Computes the default span at once: for the demo seed (the demo opens with its analysis ready) and the
 * bench (with `onlyIfMissing`, the pages measured as they serve day to day). Null when nothing was computed.
 */
export async function analyseDefaultSpan(
  db: Db,
  agencyId: number,
  today: string,
  { onlyIfMissing = false } = {},
): Promise<{ year: number; raters: number; seconds: number } | null> {
  const year = await defaultAnalysisYear(db, agencyId, Number(today.slice(0, 4)));
  const periods = await db
    .selectFrom('periods')
    .select('id')
    .where('agency_id', '=', agencyId)
    .where('year', '=', year)
    .where('kind', '<>', 'annual')
    .execute();
  if (periods.length === 0) return null;
  const span = yearSpanOf(
    year,
    periods.map((p) => p.id),
  );
  if (onlyIfMissing) {
    const stored = await db
      .selectFrom('rater_analyses')
      .select('computed_at')
      .where('agency_id', '=', agencyId)
      .where('span_key', '=', spanKey(span))
      .executeTakeFirst();
    if (stored?.computed_at) return null;
  }
  const started = performance.now();
  const { raters } = await computeAnalysis(db, agencyId, span);
  return { year, raters, seconds: (performance.now() - started) / 1000 };
}

/** A drill-down row of the rater's team, without the name (read at view time). */
export type StoredMember = {
  id: number;
  ratings: { periodId: number; rating: number; anchor: number | null; justification: string | null }[];
  decisions: number;
  returned: number;
  withEvidence: number;
  opened: number;
};

export type AnalysisStatus = { computedAt: Date; seconds: number | null } | null;

const agencyVersion = async (db: Db, agencyId: number) =>
  Number(
    (
      await sql<{ v: string | null }>`SELECT sum(version)::text AS v FROM dashboard_versions
        WHERE agency_id = ${agencyId}`.execute(db)
    ).rows[0]?.v ?? 0,
  );

/** The span's row in `rater_analyses` (a new one is requested: its computed_at is empty). */
async function ensureSpanRow(db: Db, agencyId: number, span: Span): Promise<void> {
  await db
    .insertInto('rater_analyses')
    .values({
      agency_id: agencyId,
      span_key: spanKey(span),
      span_from: span.from,
      span_to: span.to,
      period_ids: span.periodIds,
    })
    .onConflict((c) => c.columns(['agency_id', 'span_key']).doNothing())
    .execute();
}

/**
 * When the stored analysis of the span was computed (null: none yet). Marks the span requested when it has
 * no result or a stale one, so the jobs process picks it up; with `waitMs`, waits that long for a first
 * result (the demo agency's takes well under a second, a 10,000-person agency's half a minute).
 */
export async function analysisStatus(
  db: Db,
  agencyId: number,
  span: Span,
  { waitMs = 0, settings = analysisSettingsFromEnv() }: { waitMs?: number; settings?: AnalysisSettings } = {},
): Promise<AnalysisStatus> {
  const key = spanKey(span);
  const row = await db
    .selectFrom('rater_analyses')
    .select(['computed_at', 'seconds', 'requested_at', 'source_version'])
    .where('agency_id', '=', agencyId)
    .where('span_key', '=', key)
    .executeTakeFirst();
  if (!row) await ensureSpanRow(db, agencyId, span);
  else if (row.computed_at && new Date(row.requested_at) <= new Date(row.computed_at)) {
    const age = Date.now() - new Date(row.computed_at).getTime();
    const moved = async () => (await agencyVersion(db, agencyId)) !== Number(row.source_version);
    if (age > 86_400_000 || (age >= settings.refreshMinutes * 60_000 && (await moved())))
      await db
        .updateTable('rater_analyses')
        .set({ requested_at: sql`now()` })
        .where('agency_id', '=', agencyId)
        .where('span_key', '=', key)
        .where(sql<boolean>`requested_at <= computed_at`)
        .execute();
  }
  if (row?.computed_at) return { computedAt: new Date(row.computed_at), seconds: row.seconds };
  kickInDevelopment(db);
  const until = Date.now() + waitMs;
  while (Date.now() < until) {
    await new Promise((r) => setTimeout(r, Math.min(250, Math.max(0, until - Date.now()))));
    const done = await db
      .selectFrom('rater_analyses')
      .select(['computed_at', 'seconds'])
      .where('agency_id', '=', agencyId)
      .where('span_key', '=', key)
      .executeTakeFirst();
    if (done?.computed_at) return { computedAt: new Date(done.computed_at), seconds: done.seconds };
  }
  return null;
}

/** `next dev` has no jobs process: there, the request's own process runs the job after answering. */
let devRun: Promise<unknown> | null = null;
function kickInDevelopment(db: Db) {
  if (process.env.NODE_ENV !== 'development' || devRun) return;
  devRun = runDueAnalyses(db, console.log).finally(() => {
    devRun = null;
  });
}

/** Team drill-down rows from the analysis input: per person, their ratings and decision counts. */
function teamOf(input: RaterInput): StoredMember[] {
  const ids = new Set([...input.ratings, ...input.decisions].map((x) => x.employeeId));
  const byId = new Map<number, StoredMember>(
    [...ids].map((id) => [id, { id, ratings: [], decisions: 0, returned: 0, withEvidence: 0, opened: 0 }]),
  );
  for (const r of input.ratings)
    byId.get(r.employeeId)?.ratings.push({
      periodId: r.periodId,
      rating: r.rating,
      anchor: r.anchor,
      justification: r.justification,
    });
  for (const d of input.decisions) {
    const m = byId.get(d.employeeId) as StoredMember;
    m.decisions += 1;
    if (d.outcome !== 'approved') m.returned += 1;
    else if (d.hasEvidence) {
      m.withEvidence += 1;
      if (d.opened) m.opened += 1;
    }
  }
  for (const m of byId.values()) m.ratings.sort((a, b) => a.periodId - b.periodId);
  return [...byId.values()];
}

/**
 * Computes one span's analysis and stores it: the rows replaced and the span marked computed in one
 * transaction, with the data version read before the inputs (a write during the computation leaves the
 * result stale, not wrongly fresh).
 */
export async function computeAnalysis(db: Db, agencyId: number, span: Span): Promise<{ raters: number }> {
  const started = performance.now();
  const version = await agencyVersion(db, agencyId);
  const inputs = await agencyRaterInputs(db, agencyId, span);
  const results = analyseRaters(inputs);
  const key = spanKey(span);
  const rows = results.map((r, i) => {
    const input = inputs[i] as RaterInput;
    const team = teamOf(input);
    return {
      agency_id: agencyId,
      span_key: key,
      rater_id: r.raterId,
      ratings: r.ratings,
      decisions: r.decisions,
      team_size: team.length,
      flagged: r.flagged,
      signals: JSON.stringify(r.signals satisfies Signal[]),
      team: JSON.stringify(team),
    };
  });
  const seconds = (performance.now() - started) / 1000;
  await db.transaction().execute(async (trx) => {
    await ensureSpanRow(trx, agencyId, span);
    await trx
      .deleteFrom('rater_analysis_rows')
      .where('agency_id', '=', agencyId)
      .where('span_key', '=', key)
      .execute();
    for (let i = 0; i < rows.length; i += 200)
      await trx
        .insertInto('rater_analysis_rows')
        .values(rows.slice(i, i + 200))
        .execute();
    await trx
      .updateTable('rater_analyses')
      .set({
        computed_at: sql`now()`,
        source_version: version,
        seconds,
        claimed_at: null,
        error: null,
      })
      .where('agency_id', '=', agencyId)
      .where('span_key', '=', key)
      .execute();
  });
  return { raters: rows.length };
}

/** A claim older than this is taken to be a crashed job's, and the span is taken again. */
const CLAIM_MINUTES = 30;

/**
 * Computes every requested span, one at a time, each claimed first so that several instances (or a job
 * that died) never leave a span uncomputed or compute it twice at once. Returns how many it computed.
 */
export async function runDueAnalyses(db: Db, log: (line: string) => void = () => {}): Promise<number> {
  let done = 0;
  for (;;) {
    const claimed = await sql<{
      agency_id: number;
      span_key: string;
      span_from: string;
      span_to: string;
      period_ids: number[];
    }>`
      UPDATE rater_analyses SET claimed_at = now()
      WHERE (agency_id, span_key) = (
        SELECT agency_id, span_key FROM rater_analyses
        WHERE (computed_at IS NULL OR requested_at > computed_at)
          AND (claimed_at IS NULL OR claimed_at < now() - make_interval(mins => ${CLAIM_MINUTES}))
        ORDER BY computed_at NULLS FIRST, requested_at
        LIMIT 1 FOR UPDATE SKIP LOCKED)
      RETURNING agency_id, span_key, span_from::text, span_to::text, period_ids`.execute(db);
    const job = claimed.rows[0];
    if (!job) return done;
    const span = { from: job.span_from, to: job.span_to, periodIds: job.period_ids };
    const started = performance.now();
    try {
      const { raters } = await computeAnalysis(db, job.agency_id, span);
      log(
        `rater analysis of agency ${job.agency_id}, ${span.from}…${span.to}: ${raters} raters in ` +
          `${((performance.now() - started) / 1000).toFixed(1)} s`,
      );
      done += 1;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      log(`rater analysis of agency ${job.agency_id}, ${span.from}…${span.to} failed: ${message}`);
      // Left requested: tried again once the claim has expired.
      await db
        .updateTable('rater_analyses')
        .set({ error: message })
        .where('agency_id', '=', job.agency_id)
        .where('span_key', '=', job.span_key)
        .execute()
        .catch(() => {});
      return done;
    }
  }
}

/**
 * The jobs loop of server.ts: every few seconds, compute what pages have requested. One run at a time;
 * a failed connection is logged and retried on the next tick.
 */
export function startAnalysisJobs(
  db: Db,
  log: (line: string) => void,
  settings: AnalysisSettings = analysisSettingsFromEnv(),
): () => void {
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      await runDueAnalyses(db, log);
    } catch (error) {
      log(`rater analysis jobs: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      running = false;
    }
  };
  const timer = setInterval(tick, settings.pollMs);
  void tick();
  return () => clearInterval(timer);
}
