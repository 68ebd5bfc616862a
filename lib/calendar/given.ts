// Not server-only: the rater job's default year (lib/raters/analysis.ts, run by the seed and the bench) asks it.
import { type Kysely, sql } from 'kysely';
import type { DB } from '@/db/types';

/**
 * The periods among `ids` in which some appraisal is past draft: a skip scan of appraisals_given_idx, one
 * index probe per period that has any ("the next given period after this one"), whatever the number of
 * appraisals. PostgreSQL's own plans for "does this period have one" guessed from the table's proportions:
 * a sequential scan expected to stop early read every appraisal of a period that had none, or every row
 * before a period stored late in the table (60–116 ms per view at 50,000 employees, 94 ms at 10,000).
 */
export async function givenPeriods(db: Kysely<DB>, ids: readonly number[]): Promise<Set<number>> {
  if (ids.length === 0) return new Set();
  const { rows } = await sql<{ id: number }>`
    WITH RECURSIVE g(id) AS (
      (SELECT a.period_id FROM appraisals a WHERE a.status <> 'draft' AND a.period_id >= ${Math.min(...ids)}
       ORDER BY a.period_id LIMIT 1)
      UNION ALL
      SELECT (SELECT a.period_id FROM appraisals a WHERE a.status <> 'draft' AND a.period_id > g.id
              ORDER BY a.period_id LIMIT 1)
      FROM g WHERE g.id < ${Math.max(...ids)}
    )
    SELECT id FROM g WHERE id = ANY(${[...ids]}::int[])`.execute(db);
  return new Set(rows.map((r) => r.id));
}
