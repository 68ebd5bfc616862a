// Not server-only: the rater job's default year (lib/raters/analysis.ts, run by the seed and the bench) asks it.
import { type Kysely, sql } from 'kysely';
import type { DB } from '@/db/types';

/**
 * The periods among `ids` in which some appraisal is past draft. One EXISTS per period with its id bound,
 * so PostgreSQL plans each from that period's statistics (with the (period_id, status) statistics of
 * migration 71): a period without given appraisals is one look in appraisals_given_idx. Asked per period
 * through a join or a correlated subquery instead, it read every appraisal of the agency (94 ms at 10,000
 * employees, more at 50,000).
 */
export async function givenPeriods(db: Kysely<DB>, ids: readonly number[]): Promise<Set<number>> {
  if (ids.length === 0) return new Set();
  const { rows } = await sql<{ id: number }>`${sql.join(
    ids.map(
      (id) => sql`SELECT ${id}::int AS id WHERE EXISTS (SELECT 1 FROM appraisals a
        WHERE a.period_id = ${id}::int AND a.status <> 'draft')`,
    ),
    sql` UNION ALL `,
  )}`.execute(db);
  return new Set(rows.map((r) => r.id));
}
