/**
 * `--pg-stats`: what each scenario asked of PostgreSQL, from pg_stat_statements (shipped with the embedded
 * server; loaded only for the bench). Per statement: calls, mean execution and planning time and its share
 * of the scenario's database time. This is how the costs named in the README were found: a slow page's
 * statements, ranked, with planning and execution apart.
 */
import { sql } from 'kysely';
import type { Database } from '../db/pool';

export const PG_STATS_FLAGS = [
  '-c',
  'shared_preload_libraries=pg_stat_statements',
  '-c',
  'pg_stat_statements.track_planning=on',
  '-c',
  'pg_stat_statements.max=2000',
];

export type StatementCost = {
  calls: number;
  execMs: number;
  planMs: number;
  /** Share of all statements' execution plus planning time in the scenario, in %. */
  share: number;
  query: string;
};

export async function enablePgStats(db: Database): Promise<void> {
  await sql`CREATE EXTENSION IF NOT EXISTS pg_stat_statements`.execute(db);
}

export async function resetPgStats(db: Database): Promise<void> {
  await sql`SELECT pg_stat_statements_reset()`.execute(db);
}

/** The `limit` statements that took the most time since the last reset (the bench's own queries left out). */
export async function topStatements(db: Database, limit = 8): Promise<StatementCost[]> {
  const { rows } = await sql<{
    calls: string;
    exec_ms: number | null;
    plan_ms: number | null;
    share: number;
    query: string;
  }>`
    WITH s AS (
      SELECT calls, total_exec_time, total_plan_time, query FROM pg_stat_statements
      WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
        AND userid <> (SELECT oid FROM pg_roles WHERE rolname = current_user)
    )
    SELECT calls, total_exec_time / nullif(calls, 0) AS exec_ms, total_plan_time / nullif(calls, 0) AS plan_ms,
           100 * (total_exec_time + total_plan_time) / nullif(sum(total_exec_time + total_plan_time) OVER (), 0) AS share,
           left(regexp_replace(query, '[[:space:]]+', ' ', 'g'), 160) AS query
    FROM s ORDER BY total_exec_time + total_plan_time DESC LIMIT ${limit}`.execute(db);
  return rows.map((r) => ({
    calls: Number(r.calls),
    // A statement planned but never run to the end (cancelled, failed) has no calls.
    execMs: Math.round((r.exec_ms ?? 0) * 100) / 100,
    planMs: Math.round((r.plan_ms ?? 0) * 100) / 100,
    share: Math.round((r.share ?? 0) * 10) / 10,
    query: r.query,
  }));
}

export function printStatements(label: string, rows: StatementCost[]): void {
  console.log(`  PostgreSQL behind ${label} (calls, mean run + plan ms, share of its database time):`);
  for (const r of rows)
    console.log(
      `    ${String(r.calls).padStart(6)}  ${r.execMs.toFixed(2).padStart(7)} + ${r.planMs.toFixed(2).padStart(6)} ms  ${r.share.toFixed(1).padStart(5)} %  ${r.query}`,
    );
}
